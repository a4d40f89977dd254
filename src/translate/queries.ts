// Reading translations, for the CLI.
import type { Queryable } from '../db/db.ts';

export interface TranslationStatus {
  article_id: number;
  version: number;
  lang: string;
  source_lang: string | null;
  state: 'done' | 'failed';
  error: string | null;
  attempts: number;
  /** a failed row's next try; null on a failed row means given up until the article changes */
  next_attempt_at: Date | null;
  provider: string;
  model: string | null;
  headline: string | null;
  updated_at: Date;
}

/** Every translation row of an article (all versions, newest first), with its state, error and attempts. */
export async function translationsFor(q: Queryable, articleId: number): Promise<TranslationStatus[]> {
  return q.query<TranslationStatus>(
    `SELECT article_id, version, lang, source_lang, state, error, attempts, next_attempt_at, provider, model, headline, updated_at
     FROM translations WHERE article_id = $1 ORDER BY version DESC, lang`,
    [articleId],
  );
}
