// The write stage: every story with new reports gets its article written (a
// first version, or a revision that keeps the earlier ones), checked for
// grounding, and published only if every claim is supported; otherwise it
// waits as needs-review with the failing claims listed.
import type { Queryable } from '../db/db.ts';
import type { Newsroom } from '../pipeline/context.ts';
import { bump, recordRun, type StageReport } from '../pipeline/runs.ts';
import { extractTerms } from '../text/terms.ts';
import { articleSchema, type Article, type SourceReport } from './article.ts';
import { ProviderError } from '../ai/http.ts';
import { writeExtractive } from './extractive.ts';
import { imageBrief } from './image-brief.ts';
import { applyGlossary, isVariant, learnNames, type GlossaryEntry } from '../glossary/glossary.ts';
import { namesIn } from '../text/names.ts';
import { WriteError } from './llm.ts';
import { checkGrounding, type Grounding } from './grounding.ts';
import { editionLanguages, reportsIn, saveEditionArticles, type EditionArticle } from './edition-articles.ts';
import { reportTrust } from '../ingest/source-trust.ts';
import { readReviewPolicy } from '../db/settings.ts';

const batchSize = 20;
/** a word seen in at least this many reports is ordinary vocabulary, not a name */
const commonWordDocs = 20;

export function slugify(headline: string, fallback: string): string {
  const ascii = headline.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return ascii.length >= 8 ? ascii.slice(0, 80).replace(/-+$/, '') : fallback;
}

/** The story's reports as writers see them (the desk's editor checks its edits against them too). */
export async function sourcesOf(q: Queryable, storyId: number): Promise<SourceReport[]> {
  const rows = await q.query<{ id: number; title: string; body: string; lang: string | null; published_at: Date; outlet: string | null; url: string | null }>(
    `SELECT r.id, r.title, r.body, r.lang, coalesce(r.published_at, r.created_at) AS published_at,
       (SELECT coalesce(s.name, s.feed_title) FROM feed_items f JOIN sources s ON s.id = f.source_id WHERE f.report_id = r.id ORDER BY f.id LIMIT 1) AS outlet,
       coalesce(r.canonical_url, (SELECT f.url FROM feed_items f WHERE f.report_id = r.id ORDER BY f.id LIMIT 1)) AS url
     FROM reports r WHERE r.story_id = $1 ORDER BY r.published_at, r.id`,
    [storyId],
  );
  return rows.map((r) => ({ id: r.id, title: r.title, body: r.body, lang: r.lang, publishedAt: r.published_at, outlet: r.outlet, url: r.url }));
}

/** Words seen in many reports (from clustering's document frequencies) are not names. */
export async function commonWords(q: Queryable, article: Article): Promise<Set<string>> {
  const terms = [...new Set(extractTerms([article.headline, article.lead, ...article.body.map((p) => p.text)].join('\n'), article.lang).map((t) => t.term))];
  const rows = await q.query<{ term: string }>('SELECT term FROM term_df WHERE term = ANY($1::text[]) AND df >= $2', [terms, commonWordDocs]);
  return new Set(rows.map((r) => r.term));
}

/**
 * Store a new version of the story's article; returns the version's fate:
 * 'published', 'needs-review' (the article's last published version, if any,
 * stays live) or 'held'.
 */
export async function saveVersion(tx: Queryable, storyId: number, article: Article, grounding: Grounding): Promise<string> {
  let [existing] = await tx.query<{ id: number; state: string; current_version: number; published_version: number | null; publish_at: Date | null }>(
    'SELECT id, state, current_version, published_version, publish_at FROM articles WHERE story_id = $1 FOR UPDATE', [storyId]);
  if (!existing) {
    [existing] = await tx.query(
      `INSERT INTO articles (story_id, lang, slug, section, state) VALUES ($1, $2, $3, $4, 'draft')
       RETURNING id, state, current_version, published_version, publish_at`,
      [storyId, article.lang, slugify(article.headline, `story-${storyId}`), article.section],
    );
  }
  const version = existing.current_version + 1;
  await tx.query(
    `INSERT INTO article_versions (article_id, version, headline, lead, body, summary, entities, image_brief, writer, model, tokens_in, tokens_out, grounding, lead_citations)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [existing.id, version, article.headline, article.lead, JSON.stringify(article.body), article.summary, JSON.stringify(article.entities),
      JSON.stringify(article.imageBrief), article.writer, article.model, article.tokensIn, article.tokensOut, JSON.stringify(grounding), article.leadCitations ?? null],
  );
  const cites = article.body.flatMap((p, i) => [...new Set(p.citations)].map((r) => [i, r] as const));
  await tx.query(
    `INSERT INTO citations (article_id, version, paragraph, report_id) SELECT $1, $2, * FROM unnest($3::int[], $4::bigint[])`,
    [existing.id, version, cites.map((c) => c[0]), cites.map((c) => c[1])],
  );
  // An editor's hold stands; otherwise only a grounded version is published. A
  // version that fails the check waits for review, and an article already on
  // the site stays there with its last published version (pending_review).
  // A grounded version also waits for a person when the review policy asks for
  // one, or when an editor scheduled a version (nothing new goes live before its time).
  const policy = await readReviewPolicy(tx);
  const needsPerson = existing.publish_at != null || (existing.published_version == null ? policy.newArticles : policy.newVersions);
  const live = existing.state === 'published';
  const state = existing.state === 'held' || existing.state === 'merged' ? existing.state : grounding.ok && !needsPerson ? 'published' : 'needs-review';
  const articleState = state === 'needs-review' && live ? 'published' : state;
  await tx.query(
    `UPDATE articles SET current_version = $2, section = CASE WHEN $4 = 'needs-review' AND $6 = 'published' THEN section ELSE $3 END, state = $6, updated_at = now(),
       pending_review = ($4 = 'needs-review' AND $6 = 'published'),
       published_version = CASE WHEN $4 = 'published' THEN $2 ELSE published_version END,
       published_at = CASE WHEN $4 = 'published' THEN now() ELSE published_at END,
       first_published_at = CASE WHEN $4 = 'published' THEN coalesce(first_published_at, now()) ELSE first_published_at END,
       hold_reason = CASE WHEN $4 = 'needs-review' THEN $5 WHEN $4 = 'published' THEN NULL ELSE hold_reason END
     WHERE id = $1`,
    [existing.id, version, article.section, state, grounding.failures.map((f) => `${f.where}: ${f.message}`).join('; ').slice(0, 4000)
      || (existing.publish_at ? 'needs approval: a version is scheduled' : 'needs approval: the review policy asks a person to publish it'), articleState],
  );
  return state;
}

/** The model's article, or the extractive writer's when no model is set or (if allowed) the model fails. */
async function draftArticle(nr: Newsroom, reports: SourceReport[], lang: string, glossary: GlossaryEntry[]): Promise<{ article: Article; note: string | null }> {
  // The extractive writer's sentences are the sources' own: their variant spellings are made the glossary's.
  if (!nr.llm) return { article: withGlossary(writeExtractive(reports, lang), glossary), note: null };
  // The model is told the glossary spellings of the names its sources use.
  const sourceNames = reports.flatMap((r) => namesIn(`${r.title}\n${r.body}`, lang));
  const relevant = glossary.filter((e) => sourceNames.some((n) => n === e.spelling || isVariant(n, e.spelling)));
  try {
    return { article: await nr.llm.write(nr.db, reports, lang, relevant), note: null };
  } catch (e) {
    if (!(e instanceof WriteError || e instanceof ProviderError)) throw e;
    if (nr.config.llmFallback === 'none') throw e;
    return { article: withGlossary(writeExtractive(reports, lang), glossary), note: `${e.message}; the extractive writer stood in` };
  }
}

/** Every variant spelling of a glossary name, in every part of the article, becomes the glossary's. */
function withGlossary(a: Article, glossary: GlossaryEntry[]): Article {
  const fix = (t: string) => applyGlossary(t, glossary, a.lang);
  return {
    ...a, headline: fix(a.headline), lead: fix(a.lead), summary: fix(a.summary),
    body: a.body.map((p) => ({ ...p, text: fix(p.text) })), entities: a.entities.map(fix),
  };
}

/** Whatever a writer proposed, the picture shows no one: a brief that names a person in the story gives way to the section's. */
function safeImageBrief(article: Article): Article {
  const names = article.entities.filter((n) => n.length >= 2);
  const named = names.some((n) => article.imageBrief.prompt.toLowerCase().includes(n.toLowerCase()));
  const brief = named || /\b(portrait|face|headshot|photo of (mr|ms|mrs|president|minister))\b/i.test(article.imageBrief.prompt)
    ? imageBrief(article.section, article.lang)
    : article.imageBrief;
  const guard = 'No real or identifiable person';
  return { ...article, imageBrief: { ...brief, prompt: brief.prompt.includes(guard) ? brief.prompt : `${brief.prompt} ${guard}, no text.` } };
}

/**
 * For a story reported in several languages, each other edition's article
 * from the reports in its own language, checked against them like the
 * original (src/write/edition-articles.ts). A writer that fails leaves that
 * edition its translation.
 */
async function draftEditions(nr: Newsroom, reports: SourceReport[], original: Article, trust: Awaited<ReturnType<typeof reportTrust>>): Promise<EditionArticle[]> {
  const out: EditionArticle[] = [];
  for (const lang of editionLanguages(nr.config.editions, original.lang, reports)) {
    const own = reportsIn(reports, lang);
    const glossary = await learnNames(nr.db, own.map((r) => ({ text: `${r.title}\n${r.body}`, outlet: r.outlet })), lang);
    let drafted: Article;
    try {
      drafted = (await draftArticle(nr, own, lang, glossary)).article;
    } catch (e) {
      if (e instanceof WriteError || e instanceof ProviderError) continue;
      throw e;
    }
    // one story, one section on every edition
    const article = articleSchema.parse({ ...safeImageBrief(drafted), section: original.section });
    const common = await commonWords(nr.db, article);
    out.push({ lang, article, grounding: checkGrounding(article, own, { isCommonWord: (t) => common.has(t), glossary, trust }) });
  }
  return out;
}

export async function writeStory(nr: Newsroom, story: { id: number; lang: string | null }): Promise<string> {
  const reports = await sourcesOf(nr.db, story.id);
  if (!reports.length) throw new Error('the story has no reports');
  const lang = story.lang ?? reports[0].lang ?? nr.config.editions[0];
  // names are learned in the language they are written in: another edition's reports teach that edition's glossary (draftEditions)
  const own = reportsIn(reports, lang);
  const glossary = await learnNames(nr.db, (own.length ? own : reports).map((r) => ({ text: `${r.title}\n${r.body}`, outlet: r.outlet })), lang);
  const drafted = await draftArticle(nr, reports, lang, glossary);
  // A model's misspelling is not corrected behind its back: the grounding check holds it for review.
  const article = articleSchema.parse(safeImageBrief(drafted.article));
  const common = await commonWords(nr.db, article);
  const trust = await reportTrust(nr.db, reports.map((r) => r.id));
  const grounding = checkGrounding(article, reports, { isCommonWord: (t) => common.has(t), glossary, trust });
  const editions = await draftEditions(nr, reports, article, trust);
  return nr.db.transaction(async (tx) => {
    const state = await saveVersion(tx, story.id, article, grounding);
    await saveEditionArticles(tx, story.id, article, editions);
    await tx.query('UPDATE stories SET needs_writing = false, write_error = $2 WHERE id = $1', [story.id, drafted.note]);
    // translations and pictures of the new version are sent with it (when a job runner is there to take them)
    if (nr.followUp) {
      const [saved] = await tx.query<{ id: number }>('SELECT id FROM articles WHERE story_id = $1', [story.id]);
      if (saved) await nr.followUp.articleSaved(tx, Number(saved.id));
    }
    return state;
  });
}

/** The write stage: every story waiting to be written or revised. */
export async function runWriteStage(nr: Newsroom): Promise<StageReport> {
  return recordRun(nr.db, 'write', nr.worker, async (report) => {
    for (let afterId = 0; ; ) {
      const stories = await nr.db.query<{ id: number; lang: string | null }>(
        `SELECT id, lang FROM stories WHERE needs_writing AND state <> 'merged' AND id > $1 ORDER BY id LIMIT $2`, [afterId, batchSize]);
      if (!stories.length) break;
      afterId = stories[stories.length - 1].id;
      for (const story of stories) {
        try {
          const state = await writeStory(nr, story);
          bump(report, state === 'published' ? 'published' : state === 'needs-review' ? 'needs_review' : 'held');
        } catch (e) {
          // The story stays unwritten with the reason on it; it is tried again when new reports arrive.
          const message = (e as Error).message ?? String(e);
          await nr.db.query('UPDATE stories SET needs_writing = false, write_error = $2 WHERE id = $1', [story.id, message.slice(0, 2000)]);
          bump(report, 'failed');
          report.errors.push({ subject: `story ${story.id}`, message });
        }
      }
    }
  });
}
