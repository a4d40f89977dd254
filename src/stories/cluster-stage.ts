// The cluster stage: new reports, in publication order (reports that arrive
// together, such as a first poll of many feeds, are read as they happened),
// join stories or start new ones, which may continue an earlier story's thread. The clusterer's
// state lives in memory between runs and in the database for restarts; a
// version counter in settings tells a process when another one (a worker, an
// editor) changed it, and the state is then reloaded.
import type { Queryable } from '../db/db.ts';
import type { Newsroom } from '../pipeline/context.ts';
import { bump, recordRun, type StageReport } from '../pipeline/runs.ts';
import { embeddingText } from '../ai/embeddings.ts';
import { Clusterer, type ClusterOptions, type StorySnapshot, type Vec } from './clusterer.ts';

interface ReportRow {
  id: number;
  title: string;
  body: string;
  lang: string | null;
  published_at: Date;
}

interface Cache {
  clusterer: Clusterer;
  version: number;
}

const caches = new WeakMap<object, Cache>();
const batchSize = 200;
const relatedPerStory = 6;

export function clusterOptions(nr: Newsroom): Partial<ClusterOptions> {
  return { quietHours: nr.config.storyQuietHours };
}

async function lockVersion(tx: Queryable): Promise<number> {
  await tx.query(`INSERT INTO settings (key, value) VALUES ('cluster_version', '0') ON CONFLICT (key) DO NOTHING`);
  // The row lock makes clustering one-at-a-time across processes.
  const [row] = await tx.query<{ value: number }>(`SELECT value FROM settings WHERE key = 'cluster_version' FOR UPDATE`);
  return Number(row.value);
}

/** Tell every process that the clustering state changed (editors call this too). */
export async function bumpClusterVersion(tx: Queryable): Promise<number> {
  const version = (await lockVersion(tx)) + 1;
  await tx.query(`UPDATE settings SET value = $1::jsonb, updated_at = now() WHERE key = 'cluster_version'`, [JSON.stringify(version)]);
  return version;
}

/** Rebuild the clusterer from the database: document frequencies and the stories still in the window. */
async function loadClusterer(tx: Queryable, opts: Partial<ClusterOptions>): Promise<Clusterer> {
  const c = new Clusterer(opts);
  const [docs] = await tx.query<{ value: number }>(`SELECT value FROM settings WHERE key = 'cluster_docs'`);
  const terms = await tx.query<{ term: string; df: number }>('SELECT term, df FROM term_df');
  c.restoreDocumentFrequencies(Number(docs?.value ?? 0), terms.map((t) => [t.term, t.df]));
  const stories = await tx.query<{ id: number; thread_id: number; features: StorySnapshot | null; report_count: number; first_seen_at: Date; last_seen_at: Date }>(
    `SELECT id, thread_id, features, report_count, first_seen_at, last_seen_at FROM stories
     WHERE state <> 'merged' AND last_seen_at >= (SELECT max(last_seen_at) FROM stories) - make_interval(days => $1)
     ORDER BY id`,
    [c.opts.threadDays],
  );
  for (const s of stories) {
    if (s.features?.centroid) {
      c.restoreStory({ ...s.features, id: s.id, threadId: s.thread_id });
    } else {
      // An editor changed this story: rebuild its centroid from its reports.
      const reports = await tx.query<ReportRow>('SELECT id, title, body, lang, published_at FROM reports WHERE story_id = $1 ORDER BY id', [s.id]);
      for (const r of reports) c.apply(s.id, c.vectorize(toClusterReport(r)), r.published_at, s.thread_id);
    }
  }
  return c;
}

function toClusterReport(r: ReportRow) {
  return { title: r.title, body: r.body, lang: r.lang, publishedAt: r.published_at };
}

const pendingQuery = `SELECT id, title, body, lang, coalesce(published_at, created_at) AS published_at FROM reports
  WHERE state = 'new' ORDER BY coalesce(published_at, created_at), id LIMIT $1`;

/** Dense vectors for the batch, when an embeddings provider is configured; a failing provider leaves lexical features alone. */
async function embeddingsFor(nr: Newsroom, reports: ReportRow[], report: StageReport): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (!nr.embedder || !reports.length) return out;
  try {
    const vectors = await nr.embedder.embed(nr.db, reports.map((r) => embeddingText(r.title, r.body)));
    reports.forEach((r, i) => out.set(r.id, vectors[i]));
  } catch (e) {
    bump(report, 'embedding_failed', reports.length);
    report.errors.push({ subject: 'embeddings', message: (e as Error).message });
  }
  return out;
}

async function clusterBatch(nr: Newsroom, report: StageReport): Promise<number> {
  // Network first, outside the transaction: the provider may be slow.
  const pending = await nr.db.query<ReportRow>(pendingQuery, [batchSize]);
  if (!pending.length) return 0;
  const embeddings = await embeddingsFor(nr, pending, report);
  return nr.db.transaction(async (tx) => {
    const version = await lockVersion(tx);
    let cache = caches.get(nr.db);
    if (!cache || cache.version !== version) {
      cache = { clusterer: await loadClusterer(tx, clusterOptions(nr)), version };
      caches.set(nr.db, cache);
    }
    const c = cache.clusterer;
    // The same batch, unless another worker took some of it meanwhile.
    const reports = await tx.query<ReportRow>(
      `SELECT id, title, body, lang, coalesce(published_at, created_at) AS published_at FROM reports
       WHERE state = 'new' AND id = ANY($1::bigint[]) ORDER BY coalesce(published_at, created_at), id`,
      [pending.map((r) => r.id)],
    );
    if (!reports.length) return pending.length;
    const dirtyTerms = new Set<number>();
    const touched = new Set<number>();
    for (const r of reports) {
      const vec: Vec = c.vectorize({ ...toClusterReport(r), embedding: embeddings.get(r.id) });
      const d = c.decide(vec, r.published_at);
      c.observe(vec);
      for (const id of [...vec.ids, ...(vec.sig?.ids ?? [])]) dirtyTerms.add(id);
      let storyId = d.storyId;
      if (storyId !== undefined) {
        await tx.query(
          `UPDATE stories SET report_count = report_count + 1, last_seen_at = greatest(last_seen_at, $2),
             first_seen_at = least(first_seen_at, $2), needs_writing = true, updated_at = now() WHERE id = $1`,
          [storyId, r.published_at],
        );
        c.apply(storyId, vec, r.published_at);
        bump(report, 'joined');
      } else {
        const threadId = d.follows !== undefined ? c.threadOf(d.follows)! : (await tx.query<{ id: number }>(
          'INSERT INTO threads (title) VALUES ($1) RETURNING id', [r.title.slice(0, 500)]))[0].id;
        const [row] = await tx.query<{ id: number }>(
          `INSERT INTO stories (title, lang, thread_id, thread_position, follows_story_id, report_count, first_seen_at, last_seen_at)
           VALUES ($1, $2, $3, (SELECT coalesce(max(thread_position), 0) + 1 FROM stories WHERE thread_id = $3), $4, 1, $5, $5)
           RETURNING id`,
          [r.title.slice(0, 500), r.lang, threadId, d.follows ?? null, r.published_at],
        );
        storyId = row.id;
        c.apply(storyId, vec, r.published_at, threadId);
        bump(report, d.follows !== undefined ? 'new_followups' : 'new_stories');
      }
      touched.add(storyId);
      await tx.query(`UPDATE reports SET state = 'clustered', story_id = $2, cluster_similarity = $3 WHERE id = $1`, [r.id, storyId, d.similarity]);
    }
    await saveState(tx, c, dirtyTerms, touched);
    cache.version = await bumpClusterVersion(tx);
    return reports.length;
  });
}

/** Persist what this batch changed: document frequencies, touched stories' centroids, languages and related lists. */
async function saveState(tx: Queryable, c: Clusterer, dirtyTerms: Set<number>, touched: Set<number>) {
  const termIds = [...dirtyTerms];
  await tx.query(
    `INSERT INTO term_df (term, df) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (term) DO UPDATE SET df = excluded.df`,
    [termIds.map((id) => c.termName(id)), termIds.map((id) => c.documentFrequency(id))],
  );
  await tx.query(
    `INSERT INTO settings (key, value) VALUES ('cluster_docs', $1::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
    [JSON.stringify(c.documentCount)],
  );
  const ids = [...touched].sort((a, b) => a - b);
  const features = ids.map((id) => JSON.stringify(c.snapshotStory(id)));
  await tx.query(
    `UPDATE stories s SET features = u.features::jsonb,
       lang = (SELECT r.lang FROM reports r WHERE r.story_id = s.id GROUP BY r.lang ORDER BY count(*) DESC, min(r.id) LIMIT 1)
     FROM unnest($1::bigint[], $2::text[]) AS u(id, features) WHERE s.id = u.id`,
    [ids, features],
  );
  // Related coverage: the most similar stories outside the thread, most recent first.
  await tx.query('DELETE FROM story_relations WHERE story_id = ANY($1::bigint[])', [ids]);
  const rel: Array<[number, number, number]> = [];
  for (const id of ids) for (const r of c.related(id, relatedPerStory)) rel.push([id, r.id, r.score]);
  if (rel.length) {
    await tx.query(
      `INSERT INTO story_relations (story_id, related_id, score, rank)
       SELECT u.story_id, u.related_id, u.score,
         row_number() OVER (PARTITION BY u.story_id ORDER BY s.last_seen_at DESC, u.related_id DESC)
       FROM unnest($1::bigint[], $2::bigint[], $3::float8[]) AS u(story_id, related_id, score)
       JOIN stories s ON s.id = u.related_id`,
      [rel.map((r) => r[0]), rel.map((r) => r[1]), rel.map((r) => r[2])],
    );
  }
  await tx.query(
    `UPDATE stories SET state = 'closed' WHERE state = 'open'
       AND last_seen_at < (SELECT max(last_seen_at) FROM stories) - make_interval(hours => $1)`,
    [c.opts.quietHours],
  );
}

/** The cluster stage: every unclustered report, in batches, until none is left. */
export async function runClusterStage(nr: Newsroom): Promise<StageReport> {
  return recordRun(nr.db, 'cluster', nr.worker, async (report) => {
    let n: number;
    do {
      n = await clusterBatch(nr, report);
      if (n) bump(report, 'reports', n);
    } while (n > 0);
  });
}
