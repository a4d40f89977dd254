// `npm run bench:memory`: what `npm start` holds in memory on the demo. Runs
// the real command (bin/newsroom.js start) twice on one temporary data
// folder: first on a fresh folder (the database is created, the demo loaded
// and the whole pipeline runs), then reopening it (the work is done). Each
// time it samples, from /proc, the server's resident memory and peak, and the
// resident memory of any child it has then (the picture process, while it
// draws), and its JavaScript heap from /metrics: once it serves, after the
// pipeline's first pass (no new run for a while), after a reader's first pass
// over every edition's front page, feed and newest articles, and at idle.
// Target: ≤ 350 MB resident after the first pass and at idle.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine } from './machine.ts';

const bin = fileURLToPath(new URL('../bin/newsroom.js', import.meta.url));
const idleSeconds = (process.env.BENCH_IDLE_SECONDS ?? '20,60').split(',').map(Number);
const targetMb = 350;

interface Sample { rss: number; peak: number; children: number; heapUsed: number; heapTotal: number }

/** kB fields of /proc/<pid>/status */
function status(pid: number): Record<string, number> {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Object.fromEntries([...text.matchAll(/^(\w+):\s+(\d+) kB/gm)].map((m) => [m[1], Number(m[2])]));
  } catch {
    return {}; // gone meanwhile
  }
}

/** Every process under `pid`, at any depth. */
function descendants(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const task of tasks) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.split(/\s+/).filter(Boolean).map(Number)) out.push(child, ...descendants(child));
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A GET, tried again when a kept-alive connection was closed under it. */
async function get(url: string, headers: Record<string, string> = {}): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (await fetch(url, { headers })).text();
    } catch (e) {
      if (attempt >= 3) throw e;
      await sleep(500);
    }
  }
}

/** The server's heap, as its /metrics page reports it (prom-client's process metrics). */
async function heapOf(base: string): Promise<{ used: number; total: number }> {
  const text = await get(`${base}/metrics`).catch(() => '');
  const metric = (name: string) => Number(new RegExp(`^${name} ([\\d.e+]+)`, 'm').exec(text)?.[1] ?? NaN) / 1024;
  return { used: metric('nodejs_heap_size_used_bytes'), total: metric('nodejs_heap_size_total_bytes') };
}

/** Jobs waiting (due now) or running in the pipeline's queue, from /metrics; true when it does not answer. */
async function jobsPending(base: string): Promise<boolean> {
  const text = await get(`${base}/metrics`).catch(() => '');
  if (!text) return true;
  return [...text.matchAll(/^newsroom_queue_(?:depth|active)\{[^}]*\} (\d+)/gm)].some((m) => Number(m[1]) > 0);
}

async function sample(pid: number, base: string): Promise<Sample> {
  const heap = await heapOf(base);
  const own = status(pid);
  const children = descendants(pid).reduce((sum, child) => sum + (status(child).VmRSS ?? 0), 0);
  return { rss: own.VmRSS ?? 0, peak: own.VmHWM ?? 0, children, heapUsed: heap.used, heapTotal: heap.total };
}

const mb = (kb: number) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : '?');

/** One `newsroom start` on `dir`, sampled at each moment; the rows after serving count for the target. */
async function measure(dir: string): Promise<Array<[string, Sample]>> {
  const child = spawn(process.execPath, [bin, 'start'], {
    env: { ...process.env, NEWSROOM_DATA_DIR: dir, NEWSROOM_DEMO: '1', PORT: '0', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  try {
    const started = Date.now();
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        const m = /serving on http:\/\/localhost:(\d+)/.exec(String(d));
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', () => reject(new Error(`start exited: ${stderr}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const pid = child.pid!;
    const rows: Array<[string, Sample]> = [];
    rows.push([`serving (${((Date.now() - started) / 1000).toFixed(1)} s)`, await sample(pid, base)]);

    // the pipeline's first pass is over when no job waits or runs (polls due later aside), no run is
    // in progress and the status page's runs have not changed for a while
    let last = '';
    let quietSince = Date.now();
    while ((Date.now() - quietSince < 8000 || last.includes('<td>running</td>') || (await jobsPending(base))) && Date.now() - started < 900_000) {
      // a busy server may drop a poll (the pipeline holds its event loop): ask again
      const runs = await get(`${base}/status`).then((t) => t.split('id="runs"')[1] ?? '', () => last);
      if (runs !== last) {
        last = runs;
        quietSince = Date.now();
      }
      await sleep(1000);
    }
    rows.push([`after the pipeline's first pass (${((Date.now() - started) / 1000).toFixed(0)} s)`, await sample(pid, base)]);

    // a reader's first pass: every edition's front page, its feed and newest articles
    let pages = 0;
    for (const edition of ['ko', 'en', 'ja']) {
      const front = await get(`${base}/${edition}/`);
      const articles = [...new Set(front.match(new RegExp(`/${edition}/articles/\\d+`, 'g')) ?? [])];
      for (const path of [`/${edition}/feed.xml`, ...articles]) {
        await get(base + path, { 'accept-encoding': 'br' });
        pages++;
      }
    }
    rows.push([`after a reader's first pass (${pages} pages)`, await sample(pid, base)]);
    let waited = 0;
    for (const s of idleSeconds) {
      await sleep((s - waited) * 1000);
      waited = s;
      rows.push([`at idle, ${s} s later`, await sample(pid, base)]);
    }
    return rows;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

console.log(machineLine());
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other processes on the machine slow the pipeline, not the figures)`);
const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-memory-'));
try {
  let worst = 0;
  for (const run of ['fresh folder (database created, demo loaded)', 'reopened folder']) {
    const rows = await measure(dir);
    console.log(`\n${run}:`);
    console.log(`${''.padEnd(46)} ${'resident'.padStart(8)} ${'peak'.padStart(8)} ${'children'.padStart(9)} ${'heap used'.padStart(10)} ${'of'.padStart(7)}`);
    for (const [name, m] of rows) {
      console.log(`${name.padEnd(46)} ${mb(m.rss).padStart(8)} ${mb(m.peak).padStart(8)} ${mb(m.children).padStart(9)} ${mb(m.heapUsed).padStart(10)} ${mb(m.heapTotal).padStart(7)}`);
    }
    // from the first pass on, children included: memory moved to a child process still counts
    worst = Math.max(worst, ...rows.slice(1).map(([, m]) => m.rss + m.children));
  }
  console.log(`\nresident after the first pass and at idle, children included, worst of both runs: ${(worst / 1024).toFixed(0)} MB (target ≤ ${targetMb} MB)`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
