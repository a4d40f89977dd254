// Published articles made directly in the tables, for desk pages that only
// list them (editions, operations): quicker than the whole pipeline.
import type { Db } from '../../src/db/db.ts';

export async function publishedArticle(db: Db, lang: string, headline: string, publishedAt = new Date()): Promise<number> {
  const [story] = await db.query<{ id: number }>('INSERT INTO stories (title, lang, needs_writing) VALUES ($1, $2, false) RETURNING id', [headline, lang]);
  const [a] = await db.query<{ id: number }>(
    `INSERT INTO articles (story_id, lang, slug, state, current_version, published_version, published_at, first_published_at)
     VALUES ($1, $2, $3, 'published', 1, 1, $4, $4) RETURNING id`, [story.id, lang, `a-${story.id}`, publishedAt]);
  await db.query(
    `INSERT INTO article_versions (article_id, version, headline, lead, body, summary, writer) VALUES ($1, 1, $2, 'Lead.', '[]', 'Summary.', 'test')`,
    [a.id, headline]);
  return Number(a.id);
}
