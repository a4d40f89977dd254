// The job queue: pg-boss over the configured database. On PostgreSQL it has
// its own small pool and LISTEN/NOTIFY, so a job sent by any process wakes the
// workers at once; on PGlite it speaks to the one embedded engine (fromPglite),
// whose NOTIFY is in-process. Polling stays on as the floor under NOTIFY.
import { fromPglite, PgBoss, type Db as IDatabase, type Job, type JobWithMetadata, type QueuePolicy } from 'pg-boss';
import type { Db, Queryable } from '../db/db.ts';
import { pgliteOf } from '../db/pglite.ts';

/** where jobs go when their retries are spent */
export const deadLetterQueue = 'dead-letter';

export interface QueueSpec {
  name: string;
  /** 'stately': one queued and one running job per key, so a unit of work is never run twice at once */
  policy?: QueuePolicy;
  /** seconds a job may run before it is taken to have died with its worker and is retried */
  expireInSeconds?: number;
}

export interface QueueOptions {
  /** tries after the first, with exponential backoff from retryDelaySeconds */
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryDelayMaxSeconds?: number;
  /** seconds between fetches when no NOTIFY arrives */
  pollingIntervalSeconds?: number;
  /** false for a short-lived caller (the jobs command): no maintenance, no cron, no queue updates */
  manage?: boolean;
  /**
   * A running job's worker touches it this often (in thirds of this); one not
   * touched for this long lost its worker (SIGKILL, a lost host) and is
   * retried. pg-boss needs at least 10.
   */
  heartbeatSeconds?: number;
}

export const defaultHeartbeatSeconds = 30;

export interface DeadJob {
  id: string;
  queue: string;
  data: unknown;
  error: string;
  retries: number;
  failedAt: Date;
}

/** A statement runner inside one of our transactions, for sending a job that commits with it. */
export const inTransaction = (tx: Queryable): IDatabase => ({
  executeSql: async (text, values) => ({ rows: await tx.query(text, values) }),
});

export class JobQueue {
  readonly boss: PgBoss;
  private readonly specs = new Map<string, QueueSpec>();
  private readonly workerIds: string[] = [];
  private stopped = false;

  constructor(db: Db, databaseUrl: string | undefined, readonly opts: QueueOptions = {}) {
    const heartbeat = opts.heartbeatSeconds ?? defaultHeartbeatSeconds;
    if (!Number.isInteger(heartbeat) || heartbeat < 10) throw new Error(`the job heartbeat must be a whole number of seconds, at least 10 (got ${heartbeat})`);
    // Lost jobs are looked for on a supervise pass whose monitor is due: both at a
    // third of the heartbeat, so a killed worker's job is retried within about
    // 1⅓ heartbeats plus its retry delay (30 s: under a minute), not after expireInSeconds.
    const supervise = Math.max(2, Math.round(heartbeat / 3));
    const common = {
      schema: 'pgboss',
      // workers of several hosts share queues: the schedule and maintenance run wherever pg-boss elects
      superviseIntervalSeconds: supervise,
      monitorIntervalSeconds: supervise,
      registerInstance: false,
      useListenNotify: opts.manage !== false,
      supervise: opts.manage !== false,
      schedule: opts.manage !== false,
      openTelemetry: { enabled: false },
    };
    const engine = pgliteOf(db);
    if (db.kind === 'postgres' && !databaseUrl) throw new Error('the job queue on PostgreSQL needs DATABASE_URL');
    this.boss = db.kind === 'postgres'
      ? new PgBoss({ ...common, connectionString: databaseUrl, max: 4, application_name: 'newsroom-queue' })
      : new PgBoss({ ...common, backend: 'pglite', db: fromPglite(engine!) });
  }

  async start(specs: QueueSpec[]): Promise<void> {
    await this.boss.start();
    const retry = {
      retryLimit: this.opts.retryLimit ?? 4,
      retryDelay: this.opts.retryDelaySeconds ?? 10,
      retryBackoff: true,
      retryDelayMax: this.opts.retryDelayMaxSeconds ?? 3600,
    };
    const existing = new Set((await this.boss.getQueues()).map((q) => q.name));
    if (!existing.has(deadLetterQueue)) await this.boss.createQueue(deadLetterQueue, { retentionSeconds: 30 * 24 * 3600 });
    for (const spec of specs) {
      this.specs.set(spec.name, spec);
      const options = {
        ...retry, notify: true, deadLetter: deadLetterQueue, expireInSeconds: spec.expireInSeconds ?? 900,
        heartbeatSeconds: this.opts.heartbeatSeconds ?? defaultHeartbeatSeconds,
      };
      if (existing.has(spec.name)) {
        if (this.opts.manage !== false) await this.boss.updateQueue(spec.name, options);
      } else await this.boss.createQueue(spec.name, { ...options, policy: spec.policy ?? 'stately' });
    }
  }

  /**
   * Send a unit of work. `key` names it (a source, a story): while one job of
   * that key waits, sending it again adds nothing. With `tx` the job commits
   * or rolls back with that transaction.
   */
  send(queue: string, data: object, key: string, tx?: Queryable, startAfter?: Date): Promise<string | null> {
    return this.boss.send(queue, data, { singletonKey: key, startAfter, db: tx ? inTransaction(tx) : undefined });
  }

  /**
   * Run `handler` for `queue`'s jobs, up to `concurrency` at a time in this
   * process: each fetch takes that many, and while fetches come back full the
   * worker fetches again at once instead of waiting for its polling interval.
   */
  async work<T extends object>(queue: string, concurrency: number, handler: (job: Job<T>) => Promise<void>): Promise<void> {
    const id = await this.boss.work<T>(
      queue,
      {
        batchSize: concurrency, burstWhenBatchFull: concurrency > 1, localConcurrency: 1, perJobResults: true,
        pollingIntervalSeconds: this.opts.pollingIntervalSeconds ?? 0.5, notifyPollingIntervalSeconds: 5,
        // a third, not pg-boss's half: a busy event loop may delay one touch without the job being taken away
        heartbeatRefreshSeconds: (this.opts.heartbeatSeconds ?? defaultHeartbeatSeconds) / 3,
      },
      // each job settles on its own: one failing job does not fail the others of its batch
      async (jobs) => Promise.all(jobs.map(async (job) => {
        try {
          await handler(job);
          return { id: job.id, status: 'completed' as const };
        } catch (e) {
          return { id: job.id, status: 'failed' as const, output: { message: (e as Error)?.message ?? String(e) } };
        }
      })),
    );
    this.workerIds.push(id);
  }

  /** Jobs waiting (queued, retrying), running and dead, per queue. */
  async depths(): Promise<Array<{ queue: string; queued: number; active: number }>> {
    const rows = await this.boss.getDb().executeSql(
      `SELECT name, count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued, count(*) FILTER (WHERE state = 'active')::int AS active
       FROM pgboss.job GROUP BY name`,
    );
    const by = new Map(rows.rows.map((r: { name: string; queued: number; active: number }) => [r.name, r]));
    return [...this.specs.keys(), deadLetterQueue].map((q) => ({ queue: q, queued: Number(by.get(q)?.queued ?? 0), active: Number(by.get(q)?.active ?? 0) }));
  }

  async deadJobs(limit = 100): Promise<DeadJob[]> {
    const jobs = await this.boss.findJobs<object>(deadLetterQueue, { queued: true, limit });
    return jobs.map((j: JobWithMetadata<object>) => ({
      id: j.id,
      queue: j.sourceName ?? '?',
      data: j.data,
      error: errorText(j.sourceOutput),
      retries: j.sourceRetryCount ?? 0,
      failedAt: j.createdOn,
    }));
  }

  /** Put dead jobs (these, or all) back in their queues; returns how many moved. */
  retryDead(ids?: string[]): Promise<number> {
    return this.boss.redrive(deadLetterQueue, ids ? { ids } : {});
  }

  /**
   * Stop taking jobs; running ones finish (up to `timeoutMs`). pg-boss then
   * fails what is still running so it is retried, and nothing stays claimed.
   */
  async stop(timeoutMs = 30_000): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.boss.stop({ graceful: true, timeout: timeoutMs, close: true });
  }
}

function errorText(output: unknown): string {
  if (!output) return '';
  if (typeof output === 'string') return output;
  const o = output as { message?: string; value?: unknown };
  if (o.message) return o.message;
  return JSON.stringify(o.value ?? output).slice(0, 2000);
}
