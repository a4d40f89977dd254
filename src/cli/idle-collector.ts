// A server's garbage, collected once it has gone quiet. After a burst of work
// (a pipeline pass, a reader's first pass over the site) the V8 heap holds
// some 100 MB of garbage, and the buffers of what the stages let go (the
// Japanese dictionary, page-cache entries pushed out), until the heap grows
// again or V8's own memory reducer runs, 30-60 s into idleness: measured by
// bench:memory, 490 MB resident after the first pass, 350 MB a minute later.
// A full collection when the event loop has been idle a few seconds after
// being busy (3 s) takes that back at once; it never runs while the server is busy.
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The engine's full collection (exposed at run time when node was not started with --expose-gc). */
function fullCollection(): () => void {
  if (typeof globalThis.gc === 'function') return globalThis.gc as () => void;
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export interface IdleCollectorOptions {
  /** how often the event loop's use is looked at */
  tickMs?: number;
  /** ticks in a row under `busyShare` that make the server quiet */
  quietTicks?: number;
  /**
   * share of a tick the event loop was busy above which the server counts as
   * working: a monitor asking for /status and /metrics every second keeps it
   * at 3-8 %, which is quiet; a pipeline pass keeps it near 100 %
   */
  busyShare?: number;
  /** told after each collection (tests, metrics) */
  onCollect?: () => void;
}

export function startIdleCollector(opts: IdleCollectorOptions = {}): { stop(): void } {
  const { tickMs = 1000, quietTicks = 3, busyShare = 0.15 } = opts;
  const collect = fullCollection();
  let last = performance.eventLoopUtilization();
  let worked = false;
  let quiet = 0;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, last).utilization > busyShare;
    last = now;
    if (busy) {
      worked = true;
      quiet = 0;
      return;
    }
    if (!worked || ++quiet < quietTicks) return;
    worked = false;
    collect();
    // the collection's own time is not work to collect after
    last = performance.eventLoopUtilization();
    opts.onCollect?.();
  }, tickMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
