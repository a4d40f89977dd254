// `newsroom jobs list|retry <id>|retry-all`: the jobs whose retries ran out
// (the dead letters), with their last error, and putting them back.
import type { Newsroom } from '../pipeline/context.ts';
import { queueNames } from '../runner/jobs.ts';
import { JobQueue } from '../runner/queue.ts';
import { retryDeadJobs } from './desk-jobs.ts';
import { args, printJson, printTable, shortTime, UsageError, withNewsroom, say } from './util.ts';

async function withQueue<T>(fn: (q: JobQueue, nr: Newsroom) => Promise<T>): Promise<T> {
  return withNewsroom(async (nr) => {
    const q = new JobQueue(nr.db, nr.config.databaseUrl, { manage: false });
    await q.start(queueNames.map((name) => ({ name })));
    try {
      return await fn(q, nr);
    } finally {
      await q.stop();
    }
  });
}

export async function jobsCommand(argv: string[]) {
  const { values, positionals } = args(argv, { json: { type: 'boolean' } });
  const [sub, id, ...extra] = positionals;
  if (extra.length) throw new UsageError(`unexpected ${extra.join(' ')}`);
  if (sub === 'list') {
    return withQueue(async (q) => {
      const dead = await q.deadJobs();
      if (values.json) return printJson({ dead, queues: await q.depths() });
      if (!dead.length) return say('no dead jobs');
      printTable(['id', 'queue', 'data', 'retries', 'failed', 'last error'],
        dead.map((d) => [d.id, d.queue, JSON.stringify(d.data), d.retries, shortTime(d.failedAt), d.error.split('\n')[0].slice(0, 160)]));
    });
  }
  if (sub === 'retry' || sub === 'retry-all') {
    if (sub === 'retry' && !id) throw new UsageError('usage: newsroom jobs retry <id>');
    return withQueue(async (q, nr) => {
      // the desk's retry runs the same function (src/cli/desk-jobs.ts)
      const moved = await retryDeadJobs(nr, q, sub === 'retry' ? [id!] : undefined);
      if (sub === 'retry' && !moved) throw new UsageError(`no dead job ${id} (newsroom jobs list shows them)`);
      if (values.json) return printJson({ retried: moved });
      say(`${moved} job${moved === 1 ? '' : 's'} back in ${moved === 1 ? 'its queue' : 'their queues'}`);
    });
  }
  throw new UsageError('usage: newsroom jobs list [--json] | retry <id> | retry-all');
}
