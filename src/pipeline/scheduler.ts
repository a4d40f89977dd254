// The in-process scheduler is now a thin caller of the job queue: it starts a
// runner that works every queue in this process (`newsroom start`). Sources
// are polled when due because each poll job sends the next one for the
// source's next_poll_at, and a sweep every few seconds sends what is due.
import type { Newsroom } from './context.ts';
import type { StageReport } from './runs.ts';
import { Runner, type RunnerOptions } from '../runner/jobs.ts';

/** Counts by which a stage says it stopped at its batch limit with more to do. */
const leftWaiting = ['more_waiting', 'deferred'];

/** Did a pass leave work for the next one? (for `run`-style loops over runAllStages) */
export function workLeft(results: Record<string, StageReport | Error>): boolean {
  return Object.values(results).some((r) => !(r instanceof Error) && leftWaiting.some((k) => (r.counts[k] ?? 0) > 0));
}

export interface Scheduler {
  /** resolves when running jobs have finished (or been handed back) and the queue is closed */
  stop(): Promise<void>;
  /** look for due work now instead of at the next sweep */
  wake(): void;
  /** resolves once the queue is up; rejects with why it could not start */
  ready: Promise<Runner>;
}

export function startScheduler(nr: Newsroom, opts: RunnerOptions = {}): Scheduler {
  const runner = new Runner(nr, opts);
  const ready = runner.start().then(() => runner);
  ready.catch((e) => opts.onError?.(e));
  return {
    ready,
    async stop() {
      await ready.catch(() => {});
      await runner.stop();
    },
    wake: () => void ready.then((r) => r.wake()).catch((e) => opts.onError?.(e)),
  };
}
