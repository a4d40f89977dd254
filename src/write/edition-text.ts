// An edition's text edited on the desk: the translation (or edition article)
// of the published version in one edition's language, rewritten by an editor.
// It is saved as that edition's translations row of the same version, done at
// once (the editor is the person a review would ask), with the editor as its
// reviser (migration 017). The translate stage never replaces such a row; a
// new published version has no row yet and is translated afresh. The text it
// replaces (a translation, an edition article, an earlier editor's) is kept
// in translation_history (migration 018), to compare and start again from.
import type { Db } from '../db/db.ts';
import { siteChanged } from '../pipeline/site-version.ts';
import type { Paragraph, SourceReport } from './article.ts';
import { ArticleError } from './queries.ts';
import type { Reviser } from './revise.ts';
import { sourcesOf } from './write-stage.ts';

/** The provider recorded on a translation an editor wrote or rewrote (an edition article keeps its own). */
export const editorProvider = 'editor';

export interface EditionTextEdit {
  headline: string;
  lead: string;
  summary: string;
  alt: string;
  body: Paragraph[];
}

export interface EditionText {
  articleId: number;
  /** the published version the text belongs to */
  version: number;
  /** the original's language */
  sourceLang: string;
  lang: string;
  /** what the edition's row holds now: a translation, an edition article, one waiting for review, one the translation check held, failed, or none */
  kind: 'translation' | 'edition-article' | 'review' | 'held' | 'failed' | 'none';
  editorName: string | null;
  edit: EditionTextEdit;
  /** the original's text of the same version, to translate from */
  original: EditionTextEdit;
  reports: SourceReport[];
}

/** A form made on another published version than the article's now (published, replaced or unpublished meanwhile). */
export class StaleEditionError extends ArticleError {
  constructor(readonly articleId: number, readonly current: number | null, readonly base: number) {
    super(`article ${articleId} ${current ? `now shows version ${current}` : 'is not published any more'}, not version ${base} that was edited`);
  }
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0];

/** The text of edition `lang` of the article's published version, or undefined (no such article, not published, or `lang` is the original's). */
export async function editionText(db: Db, articleId: number, lang: string): Promise<EditionText | undefined> {
  const [row] = await db.query<Record<string, any>>(
    `SELECT a.id::int AS id, a.story_id, a.lang AS source_lang, a.published_version AS version, v.headline, v.lead, v.summary, v.body, v.image_brief,
       t.state AS t_state, t.writer AS t_writer, t.headline AS t_headline, t.lead AS t_lead, t.summary AS t_summary, t.body AS t_body,
       t.alt_text AS t_alt, t.editor_name AS t_editor
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     LEFT JOIN translations t ON t.article_id = a.id AND t.version = a.published_version AND t.lang = $2
     WHERE a.id = $1 AND a.state = 'published'`, [articleId, lang]);
  if (!row || primary(row.source_lang) === primary(lang)) return undefined;
  const copy = (body: Paragraph[]) => body.map((p) => ({ text: p.text, citations: [...p.citations] }));
  const original: EditionTextEdit = { headline: row.headline, lead: row.lead, summary: row.summary, alt: row.image_brief?.alt ?? '', body: copy(row.body) };
  const hasText = row.t_state === 'done' || row.t_state === 'review' || row.t_state === 'held';
  const kind: EditionText['kind'] = !row.t_state ? 'none' : row.t_state === 'failed' ? 'failed' : row.t_state === 'review' || row.t_state === 'held' ? row.t_state
    : row.t_writer ? 'edition-article' : 'translation';
  return {
    articleId: row.id, version: row.version, sourceLang: row.source_lang, lang, kind, editorName: row.t_editor ?? null,
    edit: hasText ? { headline: row.t_headline, lead: row.t_lead, summary: row.t_summary, alt: row.t_alt ?? original.alt, body: copy(row.t_body) } : original,
    original, reports: await sourcesOf(db, row.story_id),
  };
}

/**
 * Save the editor's text of edition `lang` of the published version `base`:
 * done at once, signed by the editor, the search index following by its
 * trigger and the site's pages rendered again. Refused (StaleEditionError)
 * when the article no longer shows `base`. Returns what the row was before.
 */
export async function saveEditionText(db: Db, articleId: number, lang: string, base: number, edit: EditionTextEdit, by: Reviser) {
  const before = await db.transaction(async (tx) => {
    const [a] = await tx.query<{ lang: string; state: string; published_version: number | null }>(
      'SELECT lang, state, published_version FROM articles WHERE id = $1 FOR UPDATE', [articleId]);
    if (!a) throw new ArticleError(`no article ${articleId}`);
    if (a.state !== 'published' || a.published_version !== base) throw new StaleEditionError(articleId, a.state === 'published' ? a.published_version : null, base);
    if (primary(a.lang) === primary(lang)) throw new ArticleError(`${lang} is the article's own language: edit the original in the editor`);
    const [old] = await tx.query<{ provider: string; state: string; editor_name: string | null }>(
      'SELECT provider, state, editor_name FROM translations WHERE article_id = $1 AND version = $2 AND lang = $3 FOR UPDATE', [articleId, base, lang]);
    // a row with a text (done, waiting for review, or held by the translation check) is kept before it is replaced; a failed one has none
    await tx.query(
      `INSERT INTO translation_history (article_id, version, lang, headline, lead, body, summary, alt_text, provider, model, writer, editor_name, made_at,
         replaced_by_user_id, replaced_by_name)
       SELECT article_id, version, lang, headline, lead, body, summary, alt_text, provider, model, writer, editor_name, updated_at, $4, $5
       FROM translations WHERE article_id = $1 AND version = $2 AND lang = $3 AND state IN ('done', 'review', 'held') AND headline IS NOT NULL`,
      [articleId, base, lang, by.userId, by.name]);
    // an edition article keeps its writer and provider (its reports are its own); a translation becomes the editor's
    await tx.query(
      `INSERT INTO translations (article_id, version, lang, source_lang, headline, lead, body, summary, alt_text, provider, model, state, error, attempts,
         next_attempt_at, updated_at, editor_user_id, editor_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, 'done', NULL, 0, NULL, now(), $11, $12)
       ON CONFLICT (article_id, version, lang) DO UPDATE SET headline = excluded.headline, lead = excluded.lead, body = excluded.body,
         summary = excluded.summary, alt_text = excluded.alt_text, state = 'done', error = NULL, next_attempt_at = NULL, updated_at = now(), findings = NULL,
         provider = CASE WHEN translations.writer IS NULL THEN excluded.provider ELSE translations.provider END,
         model = CASE WHEN translations.writer IS NULL THEN NULL ELSE translations.model END,
         source_lang = coalesce(translations.source_lang, excluded.source_lang),
         editor_user_id = excluded.editor_user_id, editor_name = excluded.editor_name`,
      [articleId, base, lang, a.lang, edit.headline, edit.lead, JSON.stringify(edit.body), edit.summary, edit.alt || null, editorProvider, by.userId, by.name],
    );
    // the CDN purge hook finds changed articles by this
    await tx.query('UPDATE articles SET updated_at = now() WHERE id = $1', [articleId]);
    return old ?? null;
  });
  await siteChanged(db); // after the commit, so no page is re-rendered from before it
  return before;
}

/** A text the edition showed before an editor replaced it. */
export interface EarlierEditionText {
  id: number;
  /** who made it: a translator's provider, 'editor', or the writer of an edition article */
  provider: string | null;
  writer: string | null;
  editorName: string | null;
  madeAt: Date;
  replacedBy: string;
  replacedAt: Date;
  edit: EditionTextEdit;
}

function earlierOf(r: Record<string, any>): EarlierEditionText {
  return {
    id: Number(r.id), provider: r.provider, writer: r.writer, editorName: r.editor_name, madeAt: new Date(r.made_at),
    replacedBy: r.replaced_by_name, replacedAt: new Date(r.replaced_at),
    edit: { headline: r.headline, lead: r.lead, summary: r.summary, alt: r.alt_text ?? '', body: r.body },
  };
}

/** The texts edition `lang` of the article's version showed before its current one, newest first. */
export async function earlierEditionTexts(db: Db, articleId: number, version: number, lang: string): Promise<EarlierEditionText[]> {
  const rows = await db.query<Record<string, any>>(
    'SELECT * FROM translation_history WHERE article_id = $1 AND version = $2 AND lang = $3 ORDER BY id DESC', [articleId, version, lang]);
  return rows.map(earlierOf);
}

/** One earlier text of edition `lang` of the article's version, by its id. */
export async function earlierEditionText(db: Db, articleId: number, version: number, lang: string, id: number): Promise<EarlierEditionText | undefined> {
  const [row] = await db.query<Record<string, any>>(
    'SELECT * FROM translation_history WHERE id = $1 AND article_id = $2 AND version = $3 AND lang = $4', [id, articleId, version, lang]);
  return row ? earlierOf(row) : undefined;
}
