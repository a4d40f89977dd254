// One line of what a benchmark process holds: resident now and at its peak
// (the kernel's high-water mark, so no sampling misses a spike), and the heap.
import { readFileSync } from 'node:fs';

export function memoryLine(): string {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  const m = process.memoryUsage();
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  return `memory: resident ${mb(kb('VmRSS') * 1024)} at the end, peak ${mb(kb('VmHWM') * 1024)}; heap ${mb(m.heapUsed)} used of ${mb(m.heapTotal)}, ${mb(m.external)} outside it`;
}
