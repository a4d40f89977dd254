// The pipeline as jobs. Each job is one unit of work with a key that names it
// (poll:<source>, write:<story>, translate:<article>:<version>:<lang>,
// illustrate:<article>, cluster …); its queue runs one job per key at a time
// and holds at most one more waiting. A handler first checks the rows' state,
// as the stages always have, so a job run twice has one effect.
//
// A written article's translations and pictures are sent inside the write's
// own transaction (Newsroom.followUp), so they exist exactly when the article
// does. Other successors are sent when a job's work has committed, and a sweep
// (every few seconds, on any worker) sends whatever the database says is due,
// so work a crash left between commit and send is never lost.
import type { Job } from 'pg-boss';
import client from 'prom-client';
import type { FollowUp, Newsroom } from '../pipeline/context.ts';
import { recordRun, type StageReport } from '../pipeline/runs.ts';
import { siteChanged } from '../pipeline/site-version.ts';
import { stages } from '../pipeline/stages.ts';
import { runPollStage } from '../ingest/poll.ts';
import { runExtractStage } from '../ingest/extract.ts';
import { runClusterStage } from '../stories/cluster-stage.ts';
import { writeStory } from '../write/write-stage.ts';
import type { Queryable } from '../db/db.ts';
import { dueWork, runTranslateStage, type WorkItem } from '../translate/translate-stage.ts';
import { articlesToIllustrate, runIllustrateStage } from '../illustrate/illustrate-stage.ts';
import { PictureProcess } from '../illustrate/picture-process.ts';
import { JobQueue, type QueueOptions, type QueueSpec } from './queue.ts';

export const queueNames = ['sweep', 'poll', 'extract', 'cluster', 'write', 'translate', 'illustrate'] as const;
export type QueueName = (typeof queueNames)[number];

const specs: QueueSpec[] = queueNames.map((name) => ({
  name,
  // picture drawing and page fetches can be slow; a job past this is taken to have lost its worker
  expireInSeconds: name === 'illustrate' || name === 'translate' ? 1800 : 600,
}));

// In prom-client's global registry: a server in this process shows them on /metrics.
const jobSeconds = new client.Histogram({
  name: 'newsroom_job_duration_seconds', help: 'time a job of this process ran, per queue and outcome',
  labelNames: ['queue', 'outcome'] as const, buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
});

/** How many items a sweep sends per pass for translations and pictures (the rest at the next pass). */
const sweepBatch = 2000;
/** The picture process is let go after this long without an illustrate job (its memory goes back). */
const picturesIdleMs = 20_000;

const translateKey = (w: { article_id: number; version: number; lang: string }) => `translate:${w.article_id}:${w.version}:${w.lang}`;

/** Stage reports that say the stage stopped at its batch limit with more to do. */
const moreWaiting = (r: StageReport) => ['more_waiting', 'deferred'].some((k) => (r.counts[k] ?? 0) > 0);

export interface RunnerOptions extends QueueOptions {
  /** the queues this process works (default: all) */
  queues?: readonly string[];
  /** jobs run side by side per queue (cluster always one) */
  concurrency?: number;
  /** seconds between sweeps */
  sweepSeconds?: number;
  onError?: (e: unknown) => void;
}

export class Runner {
  readonly queue: JobQueue;
  private sweepTimer?: NodeJS.Timeout;
  private lastSlowSweep = 0;
  readonly done = new Map<string, number>();
  // one picture process for this worker's illustrate jobs, kept while they keep coming
  private readonly pictures = new PictureProcess();
  private drawing = 0;
  private picturesIdle?: NodeJS.Timeout;
  private readonly followUp: FollowUp = { articleSaved: (tx, articleId) => this.sendArticleWork(articleId, tx) };

  constructor(readonly nr: Newsroom, readonly opts: RunnerOptions = {}) {
    this.queue = new JobQueue(nr.db, nr.config.databaseUrl, {
      heartbeatSeconds: nr.config.jobHeartbeatSeconds, retryDelaySeconds: nr.config.jobRetryDelaySeconds, ...opts,
    });
  }

  /** Create the queues (every process may send to any of them) and start working the chosen ones. */
  async start(): Promise<void> {
    const unknown = (this.opts.queues ?? []).filter((q) => !(queueNames as readonly string[]).includes(q));
    if (unknown.length) throw new Error(`unknown queue ${unknown.join(', ')} (queues: ${queueNames.join(', ')})`);
    await this.queue.start(specs);
    // from now on a write sends its article's translations and pictures in its own transaction
    this.nr.followUp = this.followUp;
    const mine = this.opts.queues ?? queueNames;
    const concurrency = this.opts.concurrency ?? 2;
    for (const name of mine) {
      const handler = this.handlers[name as QueueName];
      await this.queue.work<Record<string, number>>(name, name === 'cluster' || name === 'sweep' ? 1 : concurrency, async (job) => {
        const end = jobSeconds.startTimer({ queue: name });
        try {
          await handler(job);
          end({ outcome: 'completed' });
        } catch (e) {
          end({ outcome: 'failed' });
          throw e;
        }
        this.done.set(name, (this.done.get(name) ?? 0) + 1);
      });
    }
    if (mine.includes('sweep')) {
      const sweep = () => void this.queue.send('sweep', {}, 'sweep').catch((e) => this.opts.onError?.(e));
      sweep();
      this.sweepTimer = setInterval(sweep, (this.opts.sweepSeconds ?? 5) * 1000);
    }
  }

  /** SIGTERM: no new jobs; running ones finish or are handed back for a retry. */
  async stop(): Promise<void> {
    clearInterval(this.sweepTimer);
    if (this.nr.followUp === this.followUp) this.nr.followUp = undefined;
    await this.queue.stop();
    clearTimeout(this.picturesIdle);
    await this.pictures.close();
  }

  /** Run a sweep now (after `sources add`, or to wake a waiting pipeline). */
  wake(): Promise<unknown> {
    return this.queue.send('sweep', { at: Date.now() }, 'sweep');
  }

  private async afterStage(name: string, report: StageReport) {
    if (stages.find((s) => s.name === name)?.changesSite?.(report)) await siteChanged(this.nr.db);
    if (moreWaiting(report)) await this.queue.send(name, {}, name);
  }

  /**
   * A just-saved version that went live gets a job per edition to translate
   * it into (when a translator is configured) and one to draw its pictures.
   * `tx` is the write's transaction: the jobs commit with the article.
   */
  private async sendArticleWork(articleId: number, tx: Queryable) {
    const [a] = await tx.query<{ version: number }>(
      `SELECT published_version AS version FROM articles WHERE id = $1 AND state = 'published' AND published_version = current_version`, [articleId]);
    if (!a) return;
    if (this.nr.config.translate) {
      const editions = this.nr.config.editions;
      for (const w of await dueWork(tx, editions, editions.length, { articleId, version: a.version })) {
        await this.queue.send('translate', { articleId, version: w.version, lang: w.lang }, translateKey(w), tx);
      }
    }
    await this.queue.send('illustrate', { articleId }, `illustrate:${articleId}`, tx);
  }

  /** Every due translation gets its job (those that came due again by their backoff time, those a restart left unsent). */
  private async sendTranslations() {
    if (!this.nr.config.translate) return;
    for (const w of await dueWork(this.nr.db, this.nr.config.editions, sweepBatch)) {
      await this.queue.send('translate', { articleId: w.article_id, version: w.version, lang: w.lang }, translateKey(w));
    }
  }

  /** Every article with a picture to draw now gets its job. */
  private async sendIllustrations() {
    for (const id of await articlesToIllustrate(this.nr, sweepBatch)) await this.queue.send('illustrate', { articleId: id }, `illustrate:${id}`);
  }

  /** Every story the clusterer marked for writing gets its job. */
  private async sendWrites() {
    const stories = await this.nr.db.query<{ id: number }>(`SELECT id FROM stories WHERE needs_writing AND state <> 'merged' ORDER BY id`);
    for (const s of stories) await this.queue.send('write', { storyId: s.id }, `write:${s.id}`);
  }

  private readonly handlers: Record<QueueName, (job: Job<Record<string, number>>) => Promise<void>> = {
    sweep: async () => {
      const db = this.nr.db;
      const due = await db.query<{ id: number }>('SELECT id FROM sources WHERE enabled AND next_poll_at <= now() ORDER BY next_poll_at, id');
      for (const s of due) await this.queue.send('poll', { sourceId: s.id }, `poll:${s.id}`);
      const [pending] = await db.query<{ items: boolean; reports: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM feed_items WHERE state = 'new' AND (not_before IS NULL OR not_before <= now())) AS items,
                EXISTS (SELECT 1 FROM reports WHERE state = 'new') AS reports`);
      if (pending.items) await this.queue.send('extract', {}, 'extract');
      if (pending.reports) await this.queue.send('cluster', {}, 'cluster');
      await this.sendWrites();
      // Translations and pictures come due again by time (their backoff is minutes long): once a minute is enough.
      if (Date.now() - this.lastSlowSweep >= 60_000) {
        this.lastSlowSweep = Date.now();
        await this.sendTranslations();
        await this.sendIllustrations();
      }
    },
    poll: async (job) => {
      const { sourceId } = job.data;
      // the state check: a source polled since this job was sent is not due
      const [source] = await this.nr.db.query<{ next_poll_at: Date }>(
        'SELECT next_poll_at FROM sources WHERE id = $1 AND enabled AND next_poll_at <= now()', [sourceId]);
      if (!source) return;
      const report = await runPollStage(this.nr, { sourceIds: [sourceId] });
      if ((report.counts.items_new ?? 0) > 0) await this.queue.send('extract', {}, 'extract');
      const [next] = await this.nr.db.query<{ next_poll_at: Date }>('SELECT next_poll_at FROM sources WHERE id = $1 AND enabled', [sourceId]);
      if (next) await this.queue.send('poll', { sourceId }, `poll:${sourceId}`, undefined, next.next_poll_at);
    },
    extract: async () => {
      const report = await runExtractStage(this.nr);
      await this.afterStage('extract', report);
      await this.queue.send('cluster', {}, 'cluster');
    },
    cluster: async () => {
      const report = await runClusterStage(this.nr);
      await this.afterStage('cluster', report);
      await this.sendWrites();
    },
    write: async (job) => {
      const { storyId } = job.data;
      const lastTry = job.retryCount >= (this.opts.retryLimit ?? 4);
      let outcome = '';
      await recordRun(this.nr.db, 'write', this.nr.worker, async (report) => {
        // the state check: a story written since this job was sent has nothing to write
        const [story] = await this.nr.db.query<{ id: number; lang: string | null }>(
          `SELECT id, lang FROM stories WHERE id = $1 AND needs_writing AND state <> 'merged'`, [storyId]);
        if (!story) return;
        try {
          outcome = await writeStory(this.nr, story);
          report.counts[outcome === 'published' ? 'published' : outcome === 'needs-review' ? 'needs_review' : 'held'] = 1;
        } catch (e) {
          // Retried with backoff; after the last try the story keeps the reason, as the stage does, and the job goes to the dead letters.
          if (lastTry) {
            await this.nr.db.query('UPDATE stories SET needs_writing = false, write_error = $2 WHERE id = $1',
              [storyId, ((e as Error).message ?? String(e)).slice(0, 2000)]);
          }
          throw e;
        }
      });
      // (its translations and pictures were sent in the write's transaction: Newsroom.followUp)
      if (outcome === 'published' || outcome === 'held') await siteChanged(this.nr.db);
    },
    translate: async (job) => {
      const { articleId, version, lang } = job.data as unknown as WorkItem;
      // a job for no one article (the desk's "translate now", or one of the earlier whole-stage kind): what is due gets its own jobs
      if (!articleId) return this.sendTranslations();
      // the state checks and the claim are the stage's: a translation done or claimed elsewhere is skipped
      const report = await runTranslateStage(this.nr, { only: { articleId, version, lang } });
      await this.afterStage('translate', report);
      // the card in that edition now shows the translated headline
      if ((report.counts.translated ?? 0) > 0) await this.queue.send('illustrate', { articleId }, `illustrate:${articleId}`);
      if ((report.counts.failed ?? 0) > 0) {
        // tried again when its backoff is over (the sweep would find it too, within a minute of that)
        const [retry] = await this.nr.db.query<{ at: Date; version: number }>(
          `SELECT next_attempt_at AS at, version FROM translations WHERE article_id = $1 AND version = $2 AND lang = $3 AND state = 'failed' AND next_attempt_at IS NOT NULL`,
          [articleId, version, lang]);
        if (retry) {
          await this.queue.send('translate', { articleId, version, lang }, translateKey({ article_id: articleId, version: retry.version, lang: lang! }), undefined, retry.at);
        }
      }
    },
    illustrate: async (job) => {
      const { articleId } = job.data;
      if (!articleId) return this.sendIllustrations(); // (as for translate: no one article, every due one)
      this.drawing++;
      clearTimeout(this.picturesIdle);
      try {
        // the stage's own checks: a card whose inputs are unchanged is not drawn again
        await this.afterStage('illustrate', await runIllustrateStage(this.nr, { only: articleId, pictures: this.pictures }));
      } finally {
        if (--this.drawing === 0) {
          this.picturesIdle = setTimeout(() => void (this.drawing === 0 && this.pictures.close()), picturesIdleMs);
          this.picturesIdle.unref();
        }
      }
    },
  };
}

/** What `jobs retry` must set again so a dead job's state check lets it run. */
export async function makeDue(nr: Newsroom, queue: string, data: unknown): Promise<void> {
  const d = (data ?? {}) as Record<string, number>;
  if (queue === 'write' && d.storyId) {
    await nr.db.query(`UPDATE stories SET needs_writing = true, write_error = NULL WHERE id = $1 AND state <> 'merged'`, [d.storyId]);
  }
  if (queue === 'poll' && d.sourceId) await nr.db.query('UPDATE sources SET next_poll_at = now() WHERE id = $1', [d.sourceId]);
  // a translation or a picture given up (or waiting out a long backoff) is tried at once
  if (queue === 'translate' && d.articleId) {
    await nr.db.query(`UPDATE translations SET next_attempt_at = now() WHERE article_id = $1 AND version = $2 AND lang = $3 AND state = 'failed'`,
      [d.articleId, d.version, (data as { lang?: string }).lang]);
  }
  if (queue === 'illustrate' && d.articleId) await nr.db.query('UPDATE image_failures SET next_attempt_at = now() WHERE article_id = $1', [d.articleId]);
}
