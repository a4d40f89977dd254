// The desk's handle on the job queue (src/desk/operations/job-port.ts), made
// where the server is composed: the runner's own queue under `start`, or a
// send-only one under `serve` (the workers elsewhere run what it sends).
import type { DeskJobs } from '../desk/operations/job-port.ts';
import type { Newsroom } from '../pipeline/context.ts';
import { makeDue, queueNames } from '../runner/jobs.ts';
import { JobQueue } from '../runner/queue.ts';

/** Put dead jobs (these, or all) back: their work is made due again first, so each handler's state check lets it run. */
export async function retryDeadJobs(nr: Newsroom, q: JobQueue, ids?: string[]): Promise<number> {
  const dead = (await q.deadJobs(10_000)).filter((d) => !ids || ids.includes(d.id));
  if (!dead.length) return 0;
  for (const d of dead) await makeDue(nr, d.queue, d.data);
  return q.retryDead(ids ? dead.map((d) => d.id) : undefined);
}

/** A queue that only sends (no maintenance, no workers), for a process that runs no jobs. */
export async function sendOnlyQueue(nr: Newsroom): Promise<JobQueue> {
  const q = new JobQueue(nr.db, nr.config.databaseUrl, { manage: false });
  await q.start(queueNames.map((name) => ({ name })));
  return q;
}

export function deskJobs(nr: Newsroom, queue: () => Promise<JobQueue>): DeskJobs {
  return {
    retryDead: async (ids) => retryDeadJobs(nr, await queue(), ids),
    async pollNow(sourceId) {
      const q = await queue();
      // the poll handler runs only a due source; a poll already sent for its next time is brought forward
      await nr.db.query('UPDATE sources SET next_poll_at = least(next_poll_at, now()) WHERE id = $1 AND enabled', [sourceId]);
      const key = `poll:${sourceId}`;
      const waiting = await q.boss.findJobs('poll', { key, queued: true });
      if (waiting.length) await q.boss.cancel('poll', waiting.map((j) => j.id));
      await q.send('poll', { sourceId }, key);
    },
    async translateNow() {
      await (await queue()).send('translate', {}, 'translate');
    },
  };
}
