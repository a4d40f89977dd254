// Translations the translation check held (state 'held', migration 019): the
// edition shows the original, marked, until an editor approves the held text
// (with a reason, which the caller audits) or puts it back to be translated
// again. Only rows of the published version are acted on: a held translation
// of a replaced version is moot, the new version is translated afresh.
import type { Db, Queryable } from '../db/db.ts';
import { siteChanged } from '../pipeline/site-version.ts';
import { rejectedPrefix } from './common.ts';
import { describeFindings, type TranslationFinding } from './translation-check.ts';

export class HeldTranslationError extends Error {}

export interface HeldTranslation {
  article_id: number;
  version: number;
  lang: string;
  findings: TranslationFinding[];
}

const notHeld = (id: number, lang: string) => new HeldTranslationError(`no translation of article ${id}'s published version into ${lang} is held`);

/** The held translation of the published version, if there is one. */
export async function heldTranslation(q: Queryable, articleId: number, lang: string): Promise<HeldTranslation | undefined> {
  const [row] = await q.query<HeldTranslation>(
    `SELECT t.article_id::int AS article_id, t.version, t.lang, coalesce(t.findings, '[]'::jsonb) AS findings
     FROM translations t JOIN articles a ON a.id = t.article_id AND a.published_version = t.version AND a.state = 'published'
     WHERE t.article_id = $1 AND t.lang = $2 AND t.state = 'held'`, [articleId, lang]);
  return row;
}

/** Readers of that edition now see the held text. Returns the findings it was held for. */
export async function approveHeldTranslation(db: Db, articleId: number, lang: string): Promise<HeldTranslation> {
  const [row] = await db.query<HeldTranslation>(
    `UPDATE translations t SET state = 'done', updated_at = now()
     FROM articles a
     WHERE a.id = t.article_id AND a.published_version = t.version AND a.state = 'published'
       AND t.article_id = $1 AND t.lang = $2 AND t.state = 'held'
     RETURNING t.article_id::int AS article_id, t.version, t.lang, coalesce(t.findings, '[]'::jsonb) AS findings`, [articleId, lang]);
  if (!row) throw notHeld(articleId, lang);
  await db.query('UPDATE articles SET updated_at = now() WHERE id = $1', [articleId]);
  await siteChanged(db);
  return row;
}

/**
 * Back in line: the row becomes a failed attempt due now, its findings its
 * error, so that a model is told what was wrong (the held answer was never
 * cached: the provider is asked anew).
 */
export async function retranslateHeld(db: Db, articleId: number, lang: string): Promise<HeldTranslation> {
  const held = await heldTranslation(db, articleId, lang);
  if (!held) throw notHeld(articleId, lang);
  const error = `${rejectedPrefix}held by the translation check: ${describeFindings(held.findings)}`.slice(0, 2000);
  const done = await db.query(
    `UPDATE translations SET state = 'failed', headline = NULL, lead = NULL, body = NULL, summary = NULL, alt_text = NULL, findings = NULL,
       error = $4, next_attempt_at = now(), updated_at = now()
     WHERE article_id = $1 AND version = $2 AND lang = $3 AND state = 'held' RETURNING lang`, [articleId, held.version, lang, error]);
  if (!done.length) throw notHeld(articleId, lang);
  return held;
}
