// One article per edition for a story reported in several languages: each
// edition whose language some of the story's reports are written in gets an
// article written from those reports (the same writer, the same grounding
// check against them), so its readers meet the event once, in reporting of
// their own language, rather than a translation of reporting in another.
// Editions with no report in their language get the translation (or the
// original) as before.
//
// It is stored as the edition's row of the article version in `translations`
// (with its writer, grounding and lead citations, migration 016): the site
// shows it exactly where it would show a translation, the translate stage
// finds the edition done, and it goes live, waits or is replaced with the
// version it belongs to. A version an editor writes on the desk has none, so
// the editions translate the editor's text.
import type { Queryable } from '../db/db.ts';
import type { Article, SourceReport } from './article.ts';
import type { Grounding } from './grounding.ts';
import { imageBrief } from './image-brief.ts';

/** The provider recorded on an edition article's row (it was written, not translated). */
export const editionWriterProvider = 'edition';

export interface EditionArticle {
  lang: string;
  article: Article;
  grounding: Grounding;
}

const primary = (lang: string | null | undefined) => (lang ?? '').toLowerCase().split('-')[0];

/** The reports of `reports` written in `lang` (by primary language: en-GB is en). */
export function reportsIn(reports: SourceReport[], lang: string): SourceReport[] {
  return reports.filter((r) => primary(r.lang) === primary(lang));
}

/** The editions, other than the article's own language, that some of the story's reports are written in. */
export function editionLanguages(editions: readonly string[], articleLang: string, reports: SourceReport[]): string[] {
  return editions.filter((e) => primary(e) !== primary(articleLang) && reportsIn(reports, e).length > 0);
}

/**
 * The picture is drawn from the original's brief: the edition describes it
 * in its language when that brief is its section's standard one (the
 * extractive writer's); a brief of the writer's own keeps the original's alt.
 */
function altFor(original: Article, lang: string): string {
  const standard = imageBrief(original.section, original.lang);
  return original.imageBrief.prompt.startsWith(standard.prompt) ? imageBrief(original.section, lang).alt : original.imageBrief.alt;
}

/**
 * Store the edition articles of the version of story `storyId`'s article just
 * saved. Only grounded ones are kept: an edition whose article failed the
 * check gets the translation instead.
 */
export async function saveEditionArticles(tx: Queryable, storyId: number, original: Article, editions: EditionArticle[]): Promise<number> {
  const [a] = await tx.query<{ id: number; version: number }>('SELECT id, current_version AS version FROM articles WHERE story_id = $1', [storyId]);
  if (!a) return 0;
  let saved = 0;
  for (const e of editions) {
    if (!e.grounding.ok) continue;
    await tx.query(
      `INSERT INTO translations (article_id, version, lang, source_lang, headline, lead, body, summary, alt_text, provider, model, state, error, attempts,
         next_attempt_at, updated_at, writer, grounding, lead_citations)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, 'done', NULL, 1, NULL, now(), $11, $12, $13)
       ON CONFLICT (article_id, version, lang) DO UPDATE SET source_lang = excluded.source_lang, headline = excluded.headline, lead = excluded.lead,
         body = excluded.body, summary = excluded.summary, alt_text = excluded.alt_text, provider = excluded.provider, model = excluded.model,
         state = 'done', error = NULL, next_attempt_at = NULL, updated_at = now(), writer = excluded.writer, grounding = excluded.grounding,
         lead_citations = excluded.lead_citations`,
      [a.id, a.version, e.lang, e.article.headline, e.article.lead, JSON.stringify(e.article.body), e.article.summary, altFor(original, e.lang),
        editionWriterProvider, e.article.model, e.article.writer, JSON.stringify(e.grounding), (e.article as { leadCitations?: number[] }).leadCitations ?? null],
    );
    saved++;
  }
  return saved;
}
