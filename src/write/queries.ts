// Reading and editing articles: listings for the CLI (and later the site),
// and the editor's publish, hold and correct.
import type { Db, Queryable } from '../db/db.ts';
import { siteChanged } from '../pipeline/site-version.ts';

export class ArticleError extends Error {}

export const articleStates = ['draft', 'needs-review', 'published', 'held', 'merged'] as const;

/**
 * An article's status as an editor reads it: its state, except that a live
 * article whose newest version waits for review is 'needs-review' (readers
 * still see its published version).
 */
const statusSql = `CASE WHEN a.pending_review THEN 'needs-review' ELSE a.state END`;

export async function listArticles(q: Queryable, opts: { state?: string; limit?: number } = {}) {
  if (opts.state && !articleStates.includes(opts.state as any)) throw new ArticleError(`--status must be one of ${articleStates.join(', ')}`);
  return q.query<{ id: number; story_id: number; lang: string; state: string; status: string; pending_review: boolean; section: string | null; current_version: number; published_version: number | null; headline: string; updated_at: Date; hold_reason: string | null }>(
    `SELECT a.id, a.story_id, a.lang, a.state, ${statusSql} AS status, a.pending_review, a.section, a.current_version, a.published_version, v.headline, a.updated_at, a.hold_reason
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
     WHERE ($1::text IS NULL OR a.state = $1 OR ($1 = 'needs-review' AND a.pending_review)) ORDER BY a.updated_at DESC, a.id DESC LIMIT $2`,
    [opts.state ?? null, opts.limit ?? 200],
  );
}

export async function getArticle(q: Queryable, id: number) {
  const [article] = await q.query<Record<string, any>>(
    `SELECT a.*, ${statusSql} AS status, s.title AS story_title, s.merged_into FROM articles a JOIN stories s ON s.id = a.story_id WHERE a.id = $1`, [id]);
  if (!article) return undefined;
  article.versions = await q.query(
    `SELECT version, headline, lead, body, summary, entities, image_brief, writer, model, tokens_in, tokens_out, grounding, rejected_at, created_at, editor_name
     FROM article_versions WHERE article_id = $1 ORDER BY version DESC`, [id]);
  article.sources = await q.query(
    `SELECT DISTINCT r.id, r.title, r.lang, r.published_at, r.canonical_url AS url FROM citations c JOIN reports r ON r.id = c.report_id
     WHERE c.article_id = $1 AND c.version = $2 ORDER BY r.published_at, r.id`, [id, article.current_version]);
  article.corrections = await q.query('SELECT id, version, note, created_at FROM corrections WHERE article_id = $1 ORDER BY created_at', [id]);
  article.decisions = await q.query(
    `SELECT kind, subject, editor, note, created_at FROM editorial_decisions
     WHERE kind IN ('publish', 'reject', 'hold') AND subject->>'article' = $1::text ORDER BY id`, [String(id)]);
  return article;
}

interface Locked {
  id: number;
  state: string;
  current_version: number;
  published_version: number | null;
  pending_review: boolean;
  merged_into: number | null;
  grounding: { ok: boolean; failures: ClaimFailure[] } | null;
  rejected_at: Date | null;
}

export interface ClaimFailure {
  kind: string;
  where: string;
  claim?: string;
  message: string;
}

async function lock(tx: Queryable, id: number): Promise<Locked> {
  const [a] = await tx.query<Locked>(
    `SELECT a.id, a.state, a.current_version, a.published_version, a.pending_review, s.merged_into, v.grounding, v.rejected_at
     FROM articles a JOIN stories s ON s.id = a.story_id
     LEFT JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
     WHERE a.id = $1 FOR UPDATE OF a`, [id]);
  if (!a) throw new ArticleError(`no article with id ${id}`);
  if (a.state === 'merged') throw new ArticleError(`article ${id}'s story was merged into story ${a.merged_into}: its article carries the story now`);
  return a;
}

async function record(tx: Queryable, kind: string, subject: object, editor: string | undefined, note: string | undefined) {
  await tx.query('INSERT INTO editorial_decisions (kind, subject, editor, note) VALUES ($1, $2, $3, $4)',
    [kind, JSON.stringify(subject), editor ?? null, note?.trim() || null]);
}

/** Publishing a version the grounding check held back (or an editor rejected) needs a reason; this error lists its failing claims. */
export class UnsupportedClaimsError extends ArticleError {
  constructor(readonly articleId: number, readonly version: number, readonly failures: ClaimFailure[], readonly rejected: boolean) {
    super(`version ${version} of article ${articleId} ${failures.length ? `has ${failures.length} unsupported ${failures.length === 1 ? 'claim' : 'claims'}` : 'was rejected'}${failures.length && rejected ? ' and was rejected' : ''}: publish it anyway with --reason R`);
  }
}

export interface EditorialOptions {
  reason?: string;
  editor?: string;
}

/**
 * An editor publishes the current version. One the grounding check held back
 * (or that was rejected) is published only with a reason, which is recorded
 * with its failing claims.
 */
export async function publishArticle(db: Db, id: number, opts: EditorialOptions = {}): Promise<{ version: number; failures: ClaimFailure[] }> {
  const result = await db.transaction(async (tx) => {
    const a = await lock(tx, id);
    const failures = a.grounding && !a.grounding.ok ? a.grounding.failures : [];
    if ((failures.length || a.rejected_at) && !opts.reason?.trim()) throw new UnsupportedClaimsError(id, a.current_version, failures, a.rejected_at != null);
    await tx.query(
      `UPDATE articles SET state = 'published', published_version = current_version, hold_reason = NULL, pending_review = false,
         section = coalesce((SELECT v.section FROM article_versions v WHERE v.article_id = articles.id AND v.version = articles.current_version), section),
         published_at = now(), first_published_at = coalesce(first_published_at, now()), updated_at = now() WHERE id = $1`, [id]);
    await record(tx, 'publish', { article: id, version: a.current_version, unsupported: failures.map((f) => `${f.where}: ${f.message}`) }, opts.editor, opts.reason);
    return { version: a.current_version, failures };
  });
  await siteChanged(db); // after the commit, so no page is re-rendered from before it
  return result;
}

/**
 * An editor rejects the newest version: readers keep the version they see
 * (an article never published stays off the site, as a draft), and the next
 * revision is checked and published as usual.
 */
export async function rejectVersion(db: Db, id: number, opts: EditorialOptions = {}): Promise<{ version: number; live: number | null }> {
  const result = await db.transaction(async (tx) => {
    const a = await lock(tx, id);
    if (a.state === 'published' && !a.pending_review && a.current_version === a.published_version) {
      throw new ArticleError(`article ${id} has no version waiting: version ${a.current_version} is the one readers see`);
    }
    if (a.rejected_at) throw new ArticleError(`version ${a.current_version} of article ${id} was already rejected`);
    await tx.query('UPDATE article_versions SET rejected_at = now() WHERE article_id = $1 AND version = $2', [id, a.current_version]);
    await tx.query(
      `UPDATE articles SET pending_review = false, updated_at = now(),
         state = CASE WHEN state = 'needs-review' THEN 'draft' ELSE state END,
         hold_reason = CASE WHEN state = 'held' THEN hold_reason ELSE NULL END
       WHERE id = $1`, [id]);
    await record(tx, 'reject', { article: id, version: a.current_version, live: a.state === 'published' ? a.published_version : null }, opts.editor, opts.reason);
    return { version: a.current_version, live: a.state === 'published' ? a.published_version : null };
  });
  await siteChanged(db);
  return result;
}

/** An editor takes the article off the site; new versions are written but stay held. */
export async function holdArticle(db: Db, id: number, reason: string, opts: { editor?: string } = {}) {
  if (!reason.trim()) throw new ArticleError('say why with --reason');
  await db.transaction(async (tx) => {
    const a = await lock(tx, id);
    await tx.query(`UPDATE articles SET state = 'held', hold_reason = $2, pending_review = false, updated_at = now() WHERE id = $1`, [id, reason]);
    await record(tx, 'hold', { article: id, version: a.current_version }, opts.editor, reason);
  });
  await siteChanged(db); // after the commit, so no page is re-rendered from before it
}

/** A public, dated correction on the version readers see (the current one if none is published). */
export async function correctArticle(db: Db, id: number, note: string) {
  if (!note.trim()) throw new ArticleError('say what was corrected with --note');
  await db.transaction(async (tx) => {
    const a = await lock(tx, id);
    await tx.query('INSERT INTO corrections (article_id, version, note) VALUES ($1, $2, $3)', [id, a.published_version ?? a.current_version, note]);
    await tx.query('UPDATE articles SET updated_at = now() WHERE id = $1', [id]);
  });
  await siteChanged(db); // after the commit, so no page is re-rendered from before it
}
