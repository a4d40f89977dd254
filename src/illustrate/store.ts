// The database side of a picture: saving an image row with its renditions in
// one transaction (after its files are on disk), and remembering failures
// with a backoff so that a provider that is down is not asked every minute.
import type { Db, Queryable } from '../db/db.ts';
import type { StoredImage } from './renditions.ts';

export interface ImageRow {
  articleId: number;
  version: number;
  kind: 'card' | 'ai';
  /** the drawn language for a card; null for an AI image */
  lang: string | null;
  provider: string | null;
  model: string | null;
  prompt: string | null;
  alt: Record<string, string>;
  inputHash: string;
}

/** Insert or replace the article's card (per language) or AI image, and its renditions; returns the image id. */
export async function saveImage(db: Db, row: ImageRow, stored: StoredImage): Promise<number> {
  const target = row.kind === 'card' ? `(article_id, lang) WHERE kind = 'card'` : `(article_id) WHERE kind = 'ai'`;
  return db.transaction(async (tx) => {
    const [{ id }] = await tx.query<{ id: number }>(
      `INSERT INTO images (article_id, version, kind, ai_generated, provider, model, prompt, alt, width, height, lang, input_hash, content_hash, master_path)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT ${target} DO UPDATE SET version = excluded.version, provider = excluded.provider, model = excluded.model,
         prompt = excluded.prompt, alt = excluded.alt, width = excluded.width, height = excluded.height, input_hash = excluded.input_hash,
         content_hash = excluded.content_hash, master_path = excluded.master_path, updated_at = now()
       RETURNING id`,
      [row.articleId, row.version, row.kind, row.kind === 'ai', row.provider, row.model, row.prompt, JSON.stringify(row.alt),
        stored.width, stored.height, row.lang, row.inputHash, stored.contentHash, stored.master],
    );
    await tx.query('DELETE FROM image_renditions WHERE image_id = $1', [id]);
    const r = stored.renditions;
    await tx.query(
      `INSERT INTO image_renditions (image_id, width, format, path, bytes)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::int[])`,
      [id, r.map((x) => x.width), r.map((x) => x.format), r.map((x) => x.file), r.map((x) => x.bytes)],
    );
    await tx.query('DELETE FROM image_failures WHERE article_id = $1 AND subject = $2', [row.articleId, subjectOf(row.kind, row.lang)]);
    return id;
  });
}

export const subjectOf = (kind: 'card' | 'ai', lang: string | null) => (kind === 'ai' ? 'ai' : `card:${lang}`);

/** The wait before the next try: 5 minutes, doubling per failure of the same inputs, at most a day. */
const firstRetrySeconds = 300;
const maxRetrySeconds = 86_400;

/**
 * Remember a failure, in one statement so that two workers failing at once
 * both count. Failing again on the same inputs counts up and waits longer; new
 * inputs start the count again. A refusal gets no next attempt
 * (next_attempt_at NULL): it is not retried until the inputs change.
 * Returns the attempts counted for these inputs.
 */
export async function recordFailure(q: Queryable, articleId: number, subject: string, inputHash: string, error: string, refused = false): Promise<number> {
  const [row] = await q.query<{ attempts: number }>(
    `INSERT INTO image_failures AS f (article_id, subject, input_hash, attempts, error, next_attempt_at, updated_at)
     VALUES ($1, $2, $3, 1, $4, CASE WHEN $5::boolean THEN NULL ELSE now() + make_interval(secs => $6::double precision) END, now())
     ON CONFLICT (article_id, subject) DO UPDATE SET
       attempts = CASE WHEN f.input_hash = excluded.input_hash THEN f.attempts + 1 ELSE 1 END,
       next_attempt_at = CASE WHEN $5::boolean THEN NULL
         WHEN f.input_hash = excluded.input_hash THEN now() + make_interval(secs => least($7::double precision, $6::double precision * power(2, f.attempts)))
         ELSE excluded.next_attempt_at END,
       input_hash = excluded.input_hash, error = excluded.error, updated_at = now()
     RETURNING attempts`,
    [articleId, subject, inputHash, error.slice(0, 2000), refused, firstRetrySeconds, maxRetrySeconds],
  );
  return Number(row.attempts);
}
