// Reading and editing articles: listings for the CLI (and later the site),
// and the editor's publish, hold and correct.
import type { Db, Queryable } from '../db/db.ts';
import { siteChanged } from '../pipeline/site-version.ts';

export class ArticleError extends Error {}

export const articleStates = ['draft', 'needs-review', 'published', 'held'] as const;

export async function listArticles(q: Queryable, opts: { state?: string; limit?: number } = {}) {
  if (opts.state && !articleStates.includes(opts.state as any)) throw new ArticleError(`--status must be one of ${articleStates.join(', ')}`);
  return q.query<{ id: number; story_id: number; lang: string; state: string; section: string | null; current_version: number; published_version: number | null; headline: string; updated_at: Date; hold_reason: string | null }>(
    `SELECT a.id, a.story_id, a.lang, a.state, a.section, a.current_version, a.published_version, v.headline, a.updated_at, a.hold_reason
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
     WHERE ($1::text IS NULL OR a.state = $1) ORDER BY a.updated_at DESC, a.id DESC LIMIT $2`,
    [opts.state ?? null, opts.limit ?? 200],
  );
}

export async function getArticle(q: Queryable, id: number) {
  const [article] = await q.query<Record<string, any>>(
    `SELECT a.*, s.title AS story_title FROM articles a JOIN stories s ON s.id = a.story_id WHERE a.id = $1`, [id]);
  if (!article) return undefined;
  article.versions = await q.query(
    `SELECT version, headline, lead, body, summary, entities, image_brief, writer, model, tokens_in, tokens_out, grounding, created_at
     FROM article_versions WHERE article_id = $1 ORDER BY version DESC`, [id]);
  article.sources = await q.query(
    `SELECT DISTINCT r.id, r.title, r.lang, r.published_at, r.canonical_url AS url FROM citations c JOIN reports r ON r.id = c.report_id
     WHERE c.article_id = $1 AND c.version = $2 ORDER BY r.published_at, r.id`, [id, article.current_version]);
  article.corrections = await q.query('SELECT id, version, note, created_at FROM corrections WHERE article_id = $1 ORDER BY created_at', [id]);
  return article;
}

async function lock(tx: Queryable, id: number) {
  const [a] = await tx.query<{ id: number; state: string; current_version: number }>('SELECT id, state, current_version FROM articles WHERE id = $1 FOR UPDATE', [id]);
  if (!a) throw new ArticleError(`no article with id ${id}`);
  return a;
}

/** An editor publishes the current version (also one the grounding check held back). */
export async function publishArticle(db: Db, id: number) {
  await db.transaction(async (tx) => {
    await lock(tx, id);
    await tx.query(
      `UPDATE articles SET state = 'published', published_version = current_version, hold_reason = NULL,
         published_at = now(), first_published_at = coalesce(first_published_at, now()), updated_at = now() WHERE id = $1`, [id]);
  });
  await siteChanged(db); // after the commit, so no page is re-rendered from before it
}

/** An editor takes the article off the site; new versions are written but stay held. */
export async function holdArticle(db: Db, id: number, reason: string) {
  if (!reason.trim()) throw new ArticleError('say why with --reason');
  await db.transaction(async (tx) => {
    await lock(tx, id);
    await tx.query(`UPDATE articles SET state = 'held', hold_reason = $2, updated_at = now() WHERE id = $1`, [id, reason]);
  });
  await siteChanged(db); // after the commit, so no page is re-rendered from before it
}

/** A public, dated correction on the current version. */
export async function correctArticle(db: Db, id: number, note: string) {
  if (!note.trim()) throw new ArticleError('say what was corrected with --note');
  await db.transaction(async (tx) => {
    const a = await lock(tx, id);
    await tx.query('INSERT INTO corrections (article_id, version, note) VALUES ($1, $2, $3)', [id, a.current_version, note]);
    await tx.query('UPDATE articles SET updated_at = now() WHERE id = $1', [id]);
  });
  await siteChanged(db); // after the commit, so no page is re-rendered from before it
}
