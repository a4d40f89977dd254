// Editors decide: merge, split, move, link and unlink. Each decision is
// recorded in editorial_decisions and applied in one transaction. Automatic
// clustering only ever places new reports and threads new stories, so it
// never undoes a decision: a merged story takes no more reports, a moved or
// split report is pinned, and links are only made when a story is created.
import type { Db, Queryable } from '../db/db.ts';
import { siteChanged } from '../pipeline/site-version.ts';
import { bumpClusterVersion } from './cluster-stage.ts';

export class EditorError extends Error {}

async function story(tx: Queryable, id: number) {
  const [s] = await tx.query<{ id: number; state: string; thread_id: number | null; first_seen_at: Date; merged_into: number | null }>(
    'SELECT id, state, thread_id, first_seen_at, merged_into FROM stories WHERE id = $1 FOR UPDATE', [id]);
  if (!s) throw new EditorError(`no story with id ${id}`);
  if (s.state === 'merged') throw new EditorError(`story ${id} was merged into story ${s.merged_into}`);
  return s;
}

async function record(tx: Queryable, kind: string, subject: object, editor?: string, note?: string) {
  await tx.query('INSERT INTO editorial_decisions (kind, subject, editor, note) VALUES ($1, $2, $3, $4)', [kind, JSON.stringify(subject), editor ?? null, note ?? null]);
}

/** Recount, re-date and mark for rebuilding (features NULL: the clusterer rebuilds the centroid from the reports). */
async function refresh(tx: Queryable, ids: number[]) {
  await tx.query(
    `UPDATE stories s SET features = NULL, needs_writing = true, updated_at = now(),
       report_count = (SELECT count(*) FROM reports r WHERE r.story_id = s.id),
       first_seen_at = coalesce((SELECT min(r.published_at) FROM reports r WHERE r.story_id = s.id), s.first_seen_at),
       last_seen_at = coalesce((SELECT max(r.published_at) FROM reports r WHERE r.story_id = s.id), s.last_seen_at)
     WHERE s.id = ANY($1::bigint[])`,
    [ids],
  );
  await bumpClusterVersion(tx);
}

export interface Who {
  editor?: string;
  note?: string;
}

/** Story `b` joins story `a`: its reports move to `a`, and `b` takes no more reports. */
export async function mergeStories(db: Db, a: number, b: number, who: Who = {}) {
  if (a === b) throw new EditorError('a story cannot be merged into itself');
  await db.transaction(async (tx) => {
    await story(tx, a);
    await story(tx, b);
    await tx.query('UPDATE reports SET story_id = $1, pinned = true WHERE story_id = $2', [a, b]);
    await tx.query(`UPDATE stories SET state = 'merged', merged_into = $1, updated_at = now() WHERE id = $2`, [a, b]);
    await tx.query('UPDATE stories SET follows_story_id = $1 WHERE follows_story_id = $2', [a, b]);
    await tx.query('DELETE FROM story_relations WHERE story_id = $1 OR related_id = $1', [b]);
    // b's article leaves the site: its address now leads to a's article
    await tx.query(`UPDATE articles SET state = 'merged', pending_review = false, updated_at = now() WHERE story_id = $1`, [b]);
    await record(tx, 'merge', { into: a, from: b }, who.editor, who.note);
    await refresh(tx, [a, b]);
  });
  await siteChanged(db); // after the commit, so no page is re-rendered from before it
}

/** These reports leave their story for a new story of their own (a new thread). */
export async function splitStory(db: Db, storyId: number, reportIds: number[], who: Who = {}): Promise<number> {
  if (!reportIds.length) throw new EditorError('name the reports to split off');
  return db.transaction(async (tx) => {
    await story(tx, storyId);
    const reports = await tx.query<{ id: number; title: string; lang: string | null; published_at: Date }>(
      'SELECT id, title, lang, published_at FROM reports WHERE id = ANY($1::bigint[]) AND story_id = $2 ORDER BY published_at, id', [reportIds, storyId]);
    const missing = reportIds.filter((id) => !reports.some((r) => r.id === id));
    if (missing.length) throw new EditorError(`not in story ${storyId}: report ${missing.join(', ')}`);
    const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM reports WHERE story_id = $1', [storyId]);
    if (n === reports.length) throw new EditorError('a split must leave at least one report in the story');
    const [thread] = await tx.query<{ id: number }>('INSERT INTO threads (title) VALUES ($1) RETURNING id', [reports[0].title]);
    const [created] = await tx.query<{ id: number }>(
      `INSERT INTO stories (title, lang, thread_id, thread_position, first_seen_at, last_seen_at)
       VALUES ($1, $2, $3, 1, $4, $4) RETURNING id`, [reports[0].title, reports[0].lang, thread.id, reports[0].published_at]);
    await tx.query('UPDATE reports SET story_id = $1, pinned = true WHERE id = ANY($2::bigint[])', [created.id, reportIds]);
    await record(tx, 'split', { story: storyId, reports: reportIds, into: created.id }, who.editor, who.note);
    await refresh(tx, [storyId, created.id]);
    return created.id;
  });
}

/** One report moves to another story. */
export async function moveReport(db: Db, reportId: number, storyId: number, who: Who = {}) {
  await db.transaction(async (tx) => {
    const [r] = await tx.query<{ story_id: number | null; state: string }>('SELECT story_id, state FROM reports WHERE id = $1 FOR UPDATE', [reportId]);
    if (!r) throw new EditorError(`no report with id ${reportId}`);
    await story(tx, storyId);
    await tx.query(`UPDATE reports SET story_id = $1, pinned = true, state = 'clustered' WHERE id = $2`, [storyId, reportId]);
    await record(tx, 'move', { report: reportId, from: r.story_id, to: storyId }, who.editor, who.note);
    await refresh(tx, r.story_id ? [r.story_id, storyId] : [storyId]);
  });
}

/** `later` follows `earlier`: it joins earlier's thread, after it. */
export async function linkStories(db: Db, earlier: number, later: number, who: Who = {}) {
  if (earlier === later) throw new EditorError('a story cannot follow itself');
  await db.transaction(async (tx) => {
    const e = await story(tx, earlier);
    await story(tx, later);
    await tx.query(
      `UPDATE stories SET thread_id = $1, follows_story_id = $2, updated_at = now(),
         thread_position = (SELECT coalesce(max(thread_position), 0) + 1 FROM stories WHERE thread_id = $1)
       WHERE id = $3`,
      [e.thread_id, earlier, later],
    );
    await tx.query('DELETE FROM story_relations WHERE (story_id = $1 AND related_id = $2) OR (story_id = $2 AND related_id = $1)', [earlier, later]);
    await record(tx, 'link', { earlier, later }, who.editor, who.note);
    await bumpClusterVersion(tx);
  });
}

/** `later` no longer follows `earlier`: it leaves for a thread of its own. */
export async function unlinkStories(db: Db, earlier: number, later: number, who: Who = {}) {
  await db.transaction(async (tx) => {
    await story(tx, earlier);
    const l = await story(tx, later);
    const [link] = await tx.query('SELECT 1 FROM stories WHERE id = $1 AND (follows_story_id = $2 OR thread_id = (SELECT thread_id FROM stories WHERE id = $2))', [later, earlier]);
    if (!link) throw new EditorError(`story ${later} is not in the thread of story ${earlier}`);
    const [thread] = await tx.query<{ id: number }>('INSERT INTO threads (title) SELECT title FROM stories WHERE id = $1 RETURNING id', [later]);
    await tx.query('UPDATE stories SET thread_id = $1, thread_position = 1, follows_story_id = NULL, updated_at = now() WHERE id = $2', [thread.id, l.id]);
    await tx.query('UPDATE stories SET follows_story_id = $1 WHERE follows_story_id = $2', [earlier, later]);
    await record(tx, 'unlink', { earlier, later }, who.editor, who.note);
    await bumpClusterVersion(tx);
  });
}
