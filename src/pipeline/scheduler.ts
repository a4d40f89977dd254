// The in-process scheduler: runs every stage, then sleeps until the next
// source is due (or a short idle tick), until stopped. A pass that left work
// waiting (stages do bounded batches) is followed by another at once.
import type { Newsroom } from './context.ts';
import type { StageReport } from './runs.ts';
import { runAllStages } from './stages.ts';

const idleTickMs = 30_000;

/** Counts by which a stage says it stopped at its batch limit with more to do. */
const leftWaiting = ['more_waiting', 'deferred'];

/** Did a pass leave work for the next one? */
export function workLeft(results: Record<string, StageReport | Error>): boolean {
  return Object.values(results).some((r) => !(r instanceof Error) && leftWaiting.some((k) => (r.counts[k] ?? 0) > 0));
}

export interface Scheduler {
  /** resolves when the loop has stopped after its current pass */
  stop(): Promise<void>;
  /** run a pass now instead of waiting */
  wake(): void;
}

export function startScheduler(nr: Newsroom, opts: { onError?: (e: unknown) => void } = {}): Scheduler {
  let stopped = false;
  let wake: () => void = () => {};
  const loop = (async () => {
    while (!stopped) {
      let moreToDo = false;
      try {
        moreToDo = workLeft(await runAllStages(nr));
      } catch (e) {
        opts.onError?.(e);
      }
      if (stopped) break;
      const waitMs = moreToDo ? 0 : await msUntilNextDue(nr).catch(() => idleTickMs);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, waitMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake();
      await loop;
    },
    wake: () => wake(),
  };
}

async function msUntilNextDue(nr: Newsroom): Promise<number> {
  const [row] = await nr.db.query<{ ms: number | null }>(
    `SELECT extract(epoch FROM min(next_poll_at) - now()) * 1000 AS ms FROM sources WHERE enabled`);
  const ms = row?.ms === null || row?.ms === undefined ? idleTickMs : Number(row.ms);
  return Math.max(1000, Math.min(idleTickMs, ms));
}
