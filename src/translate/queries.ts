// Reading translations, for the CLI.
import type { Queryable } from '../db/db.ts';
import type { TranslationFinding } from './translation-check.ts';

export interface TranslationStatus {
  article_id: number;
  version: number;
  lang: string;
  source_lang: string | null;
  /** 'review': waits for the review policy's approval; 'held': the translation check found fault with it (see findings) */
  state: 'done' | 'failed' | 'review' | 'held';
  error: string | null;
  attempts: number;
  /** a failed row's next try; null on a failed row means given up until the article changes */
  next_attempt_at: Date | null;
  provider: string;
  model: string | null;
  headline: string | null;
  findings: TranslationFinding[] | null;
  updated_at: Date;
}

/** Every translation row of an article (all versions, newest first), with its state, error and attempts. */
export async function translationsFor(q: Queryable, articleId: number): Promise<TranslationStatus[]> {
  return q.query<TranslationStatus>(
    `SELECT article_id, version, lang, source_lang, state, error, attempts, next_attempt_at, provider, model, headline, findings, updated_at
     FROM translations WHERE article_id = $1 ORDER BY version DESC, lang`,
    [articleId],
  );
}
