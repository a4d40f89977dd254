// Reading translations, for the CLI and the site.
import type { Queryable } from '../db/db.ts';
import type { Paragraph } from './translate-article.ts';

export interface TranslationStatus {
  article_id: number;
  version: number;
  lang: string;
  source_lang: string | null;
  state: 'done' | 'failed';
  error: string | null;
  attempts: number;
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

export interface Translation {
  article_id: number;
  version: number;
  lang: string;
  source_lang: string | null;
  headline: string;
  lead: string;
  body: Paragraph[];
  summary: string;
  alt_text: string | null;
  provider: string;
  model: string | null;
  updated_at: Date;
}

/**
 * What an edition shows of an article: the done translation of the version
 * readers see, or undefined (the edition then shows the original, marked with
 * its language).
 */
export async function publishedTranslation(q: Queryable, articleId: number, lang: string): Promise<Translation | undefined> {
  const [row] = await q.query<Translation>(
    `SELECT t.article_id, t.version, t.lang, t.source_lang, t.headline, t.lead, t.body, t.summary, t.alt_text, t.provider, t.model, t.updated_at
     FROM articles a JOIN translations t ON t.article_id = a.id AND t.version = a.published_version AND t.lang = $2
     WHERE a.id = $1 AND t.state = 'done'`,
    [articleId, lang],
  );
  return row;
}
