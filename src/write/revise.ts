// An editor's revision: a new version of an article written on the desk,
// checked for grounding as every writer's is, and left waiting for the editor
// to publish it (readers keep the published version until then). The edit
// keeps what the editor did not touch (entities, the picture's brief, the
// writer it started from) and records who revised it.
import { ZodError } from 'zod';
import type { Db } from '../db/db.ts';
import { glossaryFor } from '../glossary/glossary.ts';
import { articleSchema, type Article, type Paragraph, type Section, type SourceReport } from './article.ts';
import { checkGrounding, type Grounding } from './grounding.ts';
import { reportTrust } from '../ingest/source-trust.ts';
import { ArticleError } from './queries.ts';
import { commonWords, sourcesOf } from './write-stage.ts';

export interface ArticleEdit {
  headline: string;
  lead: string;
  summary: string;
  section: Section | string;
  /** the picture's description for readers who cannot see it */
  alt: string;
  body: Paragraph[];
}

export interface Reviser {
  userId: number;
  /** the name the public byline prints */
  name: string;
}

/** The article's current version as an edit, and the story's reports to check and cite. */
export async function editableArticle(db: Db, id: number) {
  const [row] = await db.query<{ id: number; story_id: number; lang: string; section: string | null; state: string; current_version: number;
    headline: string; lead: string; summary: string; body: Paragraph[]; image_brief: { prompt: string; alt: string } | null; v_section: string | null }>(
    `SELECT a.id, a.story_id, a.lang, a.section, a.state, a.current_version, v.headline, v.lead, v.summary, v.body, v.image_brief, v.section AS v_section
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version WHERE a.id = $1`, [id]);
  if (!row) return undefined;
  const edit: ArticleEdit = {
    headline: row.headline, lead: row.lead, summary: row.summary, section: row.v_section ?? row.section ?? '',
    alt: row.image_brief?.alt ?? '', body: row.body.map((p) => ({ text: p.text, citations: [...p.citations] })),
  };
  return { article: row, edit, reports: await sourcesOf(db, row.story_id) };
}

/** The grounding check on an edit, as the write stage runs it (glossary, common words). */
export async function checkEdit(db: Db, article: Article, reports: SourceReport[]): Promise<Grounding> {
  const common = await commonWords(db, article);
  const trust = await reportTrust(db, reports.map((r) => r.id));
  return checkGrounding(article, reports, { isCommonWord: (t) => common.has(t), glossary: await glossaryFor(db, article.lang), trust });
}

/** The edit was made on a version that is no longer the newest. */
export class StaleEditError extends ArticleError {
  constructor(readonly articleId: number, readonly current: number, readonly base: number) {
    super(`article ${articleId} has a newer version (${current}) than the one edited (${base})`);
  }
}

function describe(e: ZodError): string {
  return e.issues.map((i) => `${i.path.join('.') || 'article'}: ${i.message}`).join('; ');
}

/**
 * Save `edit` as the article's next version, authored by `by`. Returns the
 * version and its grounding. The article's live version is untouched: a
 * published article waits for review (pending_review), an unpublished one is
 * 'needs-review', a held one stays held.
 */
export async function reviseArticle(db: Db, id: number, edit: ArticleEdit, by: Reviser, opts: { baseVersion?: number } = {}): Promise<{ version: number; grounding: Grounding }> {
  const found = await editableArticle(db, id);
  if (!found) throw new ArticleError(`no article with id ${id}`);
  const { article: a, reports } = found;
  const base = opts.baseVersion ?? a.current_version;
  if (a.state === 'merged') throw new ArticleError(`article ${id}'s story was merged: edit the surviving story's article`);
  if (!by.name.trim()) throw new ArticleError('a revision needs the name its byline prints');
  const storyReports = new Set(reports.map((r) => r.id));
  edit.body.forEach((p, i) => {
    const foreign = p.citations.filter((c) => !storyReports.has(c));
    if (foreign.length) throw new ArticleError(`paragraph ${i + 1} cites ${foreign.join(', ')}, which ${foreign.length === 1 ? 'is not a report' : 'are not reports'} of this story`);
  });
  const [prev] = await db.query<{ entities: string[]; image_brief: { prompt: string; alt: string } | null; writer: string; model: string | null }>(
    'SELECT entities, image_brief, writer, model FROM article_versions WHERE article_id = $1 AND version = $2', [id, a.current_version]);
  let article: Article;
  try {
    article = articleSchema.parse({
      headline: edit.headline.trim(), lead: edit.lead.trim(), summary: edit.summary.trim(), section: edit.section,
      body: edit.body.map((p) => ({ text: p.text.trim(), citations: [...new Set(p.citations)] })),
      entities: prev.entities, imageBrief: { prompt: prev.image_brief?.prompt ?? '', alt: edit.alt.trim() },
      lang: a.lang, writer: prev.writer, model: prev.model, tokensIn: null, tokensOut: null,
    });
  } catch (e) {
    if (e instanceof ZodError) throw new ArticleError(`the edit is not a whole article: ${describe(e)}`);
    throw e;
  }
  if (a.current_version !== base) throw new StaleEditError(id, a.current_version, base);
  const grounding = await checkEdit(db, article, reports);
  const version = await db.transaction(async (tx) => {
    const [now] = await tx.query<{ current_version: number; state: string }>('SELECT current_version, state FROM articles WHERE id = $1 FOR UPDATE', [id]);
    // someone saved (or the writer revised) since this edit was opened: the edit would silently drop their version
    if (now.current_version !== base) throw new StaleEditError(id, now.current_version, base);
    const v = now.current_version + 1;
    await tx.query(
      `INSERT INTO article_versions (article_id, version, headline, lead, body, summary, entities, image_brief, writer, model, grounding, editor_user_id, editor_name, section)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [id, v, article.headline, article.lead, JSON.stringify(article.body), article.summary, JSON.stringify(article.entities),
        JSON.stringify(article.imageBrief), article.writer, article.model, JSON.stringify(grounding), by.userId, by.name.trim(), article.section]);
    const cites = article.body.flatMap((p, i) => p.citations.map((r) => [i, r] as const));
    await tx.query('INSERT INTO citations (article_id, version, paragraph, report_id) SELECT $1, $2, * FROM unnest($3::int[], $4::bigint[])',
      [id, v, cites.map((c) => c[0]), cites.map((c) => c[1])]);
    await tx.query(
      `UPDATE articles SET current_version = $2, updated_at = now(),
         pending_review = (state = 'published'),
         state = CASE WHEN state IN ('draft', 'needs-review') THEN 'needs-review' ELSE state END,
         hold_reason = CASE WHEN state = 'held' THEN hold_reason ELSE $3 END
       WHERE id = $1`,
      [id, v, grounding.failures.map((f) => `${f.where}: ${f.message}`).join('; ').slice(0, 4000) || null]);
    return v;
  });
  return { version, grounding };
}
