// What readers see: published articles as one edition shows them. An article
// appears in its edition's language when a finished translation of its
// published version exists (or the edition's own article of the story, written
// from its reports in that language: a row of the same table, see
// src/write/edition-articles.ts); otherwise the original appears, and
// `translated` false tells the page to mark it with its language.
//
// Related and prior articles are read from the stories' relations and
// threads at request time (the clusterer keeps those current), so no separate
// link table can fall out of date.
import type { Queryable } from '../db/db.ts';
import type { Paragraph } from '../write/article.ts';

export interface ArticleCard {
  id: number;
  storyId: number;
  threadId: number | null;
  section: string | null;
  /** language of the text below: the edition's, or the original's when untranslated */
  lang: string;
  originalLang: string;
  translated: boolean;
  headline: string;
  summary: string;
  /** when the news happened: the story's latest report */
  newsAt: Date;
  firstPublishedAt: Date;
  publishedAt: Date;
  updatedAt: Date;
  reportCount: number;
  outletCount: number;
}

export interface ArticleFull extends ArticleCard {
  version: number;
  lead: string;
  body: Paragraph[];
  imageAlt: string | null;
  writer: string;
  model: string | null;
  /** the editor who revised the published version (or this edition's text of it) on the desk, by their byline name */
  revisedBy: string | null;
  translatedBy: { provider: string; model: string | null } | null;
  /**
   * the edition's own article of the story, written from its reports in the
   * edition's language (src/write/edition-articles.ts), not a translation:
   * its writer, model and sources are its own
   */
  ownReports: boolean;
  /** languages with a finished translation of the published version (never the original's) */
  translatedInto: string[];
  sources: ArticleSource[];
  corrections: Array<{ note: string; createdAt: Date }>;
  /** the article of the story this one follows */
  prior: ArticleCard | null;
  /** every article of the thread, oldest first, this one included */
  thread: ArticleCard[];
  related: ArticleCard[];
}

export interface ArticleSource {
  /** 1-based number used by the citation marks */
  n: number;
  reportId: number;
  title: string;
  lang: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
}

/** The columns of an article card in edition $1; callers add joins and conditions after it. */
const cardSelect = `
  SELECT a.id, a.story_id, s.thread_id, a.section, a.lang AS original_lang,
    coalesce(t.lang, a.lang) AS lang, t.article_id IS NOT NULL AS translated,
    coalesce(t.headline, v.headline) AS headline, coalesce(t.summary, v.summary) AS summary,
    s.last_seen_at AS news_at, a.first_published_at, a.published_at, a.updated_at, s.report_count,
    (SELECT count(DISTINCT f.source_id)::int FROM reports r JOIN feed_items f ON f.report_id = r.id WHERE r.story_id = s.id) AS outlet_count`;

const cardFrom = `
  FROM articles a
  JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
  JOIN stories s ON s.id = a.story_id
  LEFT JOIN translations t ON t.article_id = a.id AND t.version = a.published_version AND t.lang = $1
    AND t.state = 'done' AND a.lang <> $1`;

/** The SQL condition "article `a` is up on the site": published and not under an embargo (which the release sweep lifts). */
export const isPublished = `a.state = 'published' AND a.published_version IS NOT NULL AND (a.embargo_until IS NULL OR a.embargo_until <= now())`;

/** SQL: article `a` is pinned on edition $1 (or on every edition) at the time in parameter `nowParam`. */
const pinnedSql = (nowParam: string) =>
  `EXISTS (SELECT 1 FROM pins p WHERE p.article_id = a.id AND p.edition IN ($1, '*') AND (p.until IS NULL OR p.until > ${nowParam}))`;

/** SQL: the languages article `a`'s published version is translated into (finished, not into its own language). */
export const translatedIntoSql = `array(SELECT tr.lang FROM translations tr WHERE tr.article_id = a.id AND tr.version = a.published_version
    AND tr.state = 'done' AND tr.lang <> a.lang ORDER BY tr.lang)`;

export interface ArticleHomes {
  /**
   * The editions that show the article in their own language, in the
   * configured order: the ones listed in sitemaps and hreflang.
   */
  editions: string[];
  /**
   * The canonical page of the untranslated original: the edition of its
   * language, else (a language the site has no edition for) the first edition
   * that shows it untranslated; none when every edition has a translation.
   */
  original: string | undefined;
}

/** Where an article is at home, from its language and the languages it is translated into. */
export function articleHomes(configured: readonly string[], originalLang: string, translatedInto: readonly string[]): ArticleHomes {
  const translated = new Set(translatedInto);
  const original = configured.includes(originalLang) ? originalLang : configured.find((e) => !translated.has(e));
  return { editions: configured.filter((e) => e === original || translated.has(e)), original };
}

function toCard(r: Record<string, any>): ArticleCard {
  return {
    id: Number(r.id), storyId: Number(r.story_id), threadId: r.thread_id == null ? null : Number(r.thread_id),
    section: r.section, lang: r.lang, originalLang: r.original_lang, translated: r.translated,
    headline: r.headline, summary: r.summary, newsAt: r.news_at, firstPublishedAt: r.first_published_at,
    publishedAt: r.published_at, updatedAt: r.updated_at, reportCount: r.report_count, outletCount: r.outlet_count,
  };
}

async function cards(q: Queryable, edition: string, where: string, params: unknown[], tail = 'ORDER BY s.last_seen_at DESC, a.id DESC'): Promise<ArticleCard[]> {
  const rows = await q.query(`${cardSelect} ${cardFrom} WHERE ${isPublished} AND (${where}) ${tail}`, [edition, ...params]);
  return rows.map(toCard);
}

/** The newest articles, by when their news happened; with `pinnedFirst` (the time now), the edition's pinned articles first. */
export function latestArticles(q: Queryable, edition: string, opts: { limit?: number; offset?: number; section?: string; pinnedFirst?: Date } = {}) {
  return cards(q, edition, '$2::text IS NULL OR a.section = $2', [opts.section ?? null, opts.pinnedFirst ?? null],
    `ORDER BY $3::timestamptz IS NOT NULL AND ${pinnedSql('$3')} DESC, s.last_seen_at DESC, a.id DESC LIMIT ${Math.min(opts.limit ?? 30, 200)} OFFSET ${Math.max(opts.offset ?? 0, 0)}`);
}

export async function countArticles(q: Queryable, section?: string): Promise<number> {
  const [r] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a WHERE ${isPublished} AND ($1::text IS NULL OR a.section = $1)`, [section ?? null]);
  return r.n;
}

/**
 * How prominent a story is now: how many outlets and reports cover it, fading
 * with the hours since its latest report (a day-old story with five outlets
 * ranks with a fresh one with two).
 */
/**
 * A card's weight on the front page: its coverage, halved for each day of
 * age. Kept as a logarithm (log2 coverage + days since the epoch), which
 * orders cards as the halving does but needs no "now": two cards keep their
 * order as the clock moves, so the page changes when the news does (and an
 * export run twice writes the same page).
 */
function prominence(c: ArticleCard): number {
  const coverage = Math.log2(1 + c.outletCount) + 0.5 * Math.log2(1 + c.reportCount);
  return Math.log2(Math.max(coverage, 1e-6)) + c.newsAt.getTime() / (prominenceHalfLifeHours * 3_600_000);
}

const prominenceHalfLifeHours = 24;

export interface FrontPage {
  top: ArticleCard[];
  sections: Array<{ section: string; articles: ArticleCard[] }>;
  latest: ArticleCard[];
}

/** The articles pinned on edition `edition`'s front page at `now`, the latest pin first. */
export function pinnedArticles(q: Queryable, edition: string, now = new Date()) {
  return cards(q, edition, pinnedSql('$2'), [now],
    `ORDER BY (SELECT max(p.created_at) FROM pins p WHERE p.article_id = a.id AND p.edition IN ($1, '*')) DESC, a.id DESC`);
}

/** Pinned articles, then top stories by recency and coverage, then each section's newest, then the rest by time; no article twice. */
export async function frontPage(q: Queryable, edition: string, now = new Date()): Promise<FrontPage> {
  const [recent, pinned] = await Promise.all([latestArticles(q, edition, { limit: 120 }), pinnedArticles(q, edition, now)]);
  const pinnedIds = new Set(pinned.map((c) => c.id));
  const ranked = recent.filter((c) => !pinnedIds.has(c.id)).sort((a, b) => prominence(b) - prominence(a) || b.id - a.id);
  const top = [...pinned, ...ranked].slice(0, Math.max(5, pinned.length));
  const shown = new Set(top.map((c) => c.id));
  const bySection = new Map<string, ArticleCard[]>();
  for (const c of recent) {
    if (shown.has(c.id) || !c.section) continue;
    const list = bySection.get(c.section) ?? [];
    if (list.length < 3) {
      list.push(c);
      bySection.set(c.section, list);
    }
  }
  const sections = [...bySection].map(([section, articles]) => ({ section, articles }))
    .sort((a, b) => b.articles[0].newsAt.getTime() - a.articles[0].newsAt.getTime());
  for (const s of sections) for (const c of s.articles) shown.add(c.id);
  const latest = recent.filter((c) => !shown.has(c.id)).slice(0, 20);
  return { top, sections, latest };
}

/** One published article as edition `edition` shows it, with its sources, thread and related coverage. */
export async function articleInEdition(q: Queryable, id: number, edition: string): Promise<ArticleFull | undefined> {
  const [row] = await q.query<Record<string, any>>(
    `${cardSelect}, a.published_version AS version, coalesce(t.lead, v.lead) AS lead, coalesce(t.body, v.body) AS body,
       coalesce(t.alt_text, v.image_brief->>'alt') AS image_alt, coalesce(t.writer, v.writer) AS writer,
       CASE WHEN t.writer IS NULL THEN v.model ELSE t.model END AS model, coalesce(t.editor_name, CASE WHEN t.writer IS NULL THEN v.editor_name END) AS editor_name,
       t.provider AS t_provider, t.model AS t_model, t.editor_user_id IS NOT NULL AS t_edited, t.writer IS NOT NULL AS own_reports,
       s.follows_story_id, ${translatedIntoSql} AS translated_into
     ${cardFrom} WHERE ${isPublished} AND a.id = $2`, [edition, id]);
  if (!row) return undefined;
  const card = toCard(row);
  const [sources, corrections, thread, related, prior] = await Promise.all([
    row.own_reports ? editionSources(q, row.body) : articleSources(q, id, row.version),
    q.query<{ note: string; created_at: Date }>('SELECT note, created_at FROM corrections WHERE article_id = $1 ORDER BY created_at, id', [id]),
    card.threadId == null ? Promise.resolve([card]) : cards(q, edition, 's.thread_id = $2', [card.threadId], 'ORDER BY s.thread_position NULLS LAST, s.first_seen_at, a.id'),
    cards(q, edition, 'a.story_id IN (SELECT related_id FROM story_relations WHERE story_id = $2) AND (s.thread_id IS DISTINCT FROM $3)',
      [card.storyId, card.threadId], 'ORDER BY (SELECT rank FROM story_relations WHERE story_id = $2 AND related_id = a.story_id), a.id LIMIT 6'),
    row.follows_story_id == null ? Promise.resolve([]) : cards(q, edition, 'a.story_id = $2', [row.follows_story_id]),
  ]);
  return {
    ...card,
    version: row.version,
    lead: row.lead,
    body: row.body,
    imageAlt: row.image_alt,
    writer: row.writer,
    model: row.model,
    revisedBy: row.editor_name ?? null,
    translatedBy: row.translated && !row.own_reports && !row.t_edited ? { provider: row.t_provider, model: row.t_model } : null,
    ownReports: row.own_reports,
    translatedInto: row.translated_into,
    sources,
    corrections: corrections.map((c) => ({ note: c.note, createdAt: c.created_at })),
    prior: prior[0] ?? null,
    thread,
    related,
  };
}

/** The reports a version cites, numbered in order of first citation. */
async function articleSources(q: Queryable, articleId: number, version: number): Promise<ArticleSource[]> {
  const rows = await q.query<{ id: number; title: string; lang: string | null; url: string | null; published_at: Date | null; outlet: string | null; first_paragraph: number }>(
    `SELECT r.id, r.title, r.lang, r.canonical_url AS url, r.published_at, min(c.paragraph) AS first_paragraph,
       (SELECT coalesce(so.name, so.feed_title) FROM feed_items f JOIN sources so ON so.id = f.source_id WHERE f.report_id = r.id ORDER BY f.id LIMIT 1) AS outlet
     FROM citations c JOIN reports r ON r.id = c.report_id
     WHERE c.article_id = $1 AND c.version = $2
     GROUP BY r.id ORDER BY min(c.paragraph), r.published_at, r.id`, [articleId, version]);
  return rows.map((r, i) => ({ n: i + 1, reportId: Number(r.id), title: r.title, lang: r.lang, outlet: r.outlet, url: r.url, publishedAt: r.published_at }));
}

/** The reports an edition article's paragraphs cite, numbered like `articleSources` (its citations are in its body, not in `citations`). */
async function editionSources(q: Queryable, body: Paragraph[]): Promise<ArticleSource[]> {
  const firstParagraph = new Map<number, number>();
  body.forEach((p, i) => { for (const id of p.citations) if (!firstParagraph.has(id)) firstParagraph.set(id, i); });
  const rows = await q.query<{ id: number; title: string; lang: string | null; url: string | null; published_at: Date | null; outlet: string | null }>(
    `SELECT r.id, r.title, r.lang, r.canonical_url AS url, r.published_at,
       (SELECT coalesce(so.name, so.feed_title) FROM feed_items f JOIN sources so ON so.id = f.source_id WHERE f.report_id = r.id ORDER BY f.id LIMIT 1) AS outlet
     FROM reports r WHERE r.id = ANY($1::bigint[]) ORDER BY r.published_at, r.id`, [[...firstParagraph.keys()]]);
  // stable sort: by first citing paragraph, then as the query ordered them (publication, id)
  const ordered = rows.map((r) => ({ ...r, id: Number(r.id) })).sort((a, b) => firstParagraph.get(a.id)! - firstParagraph.get(b.id)!);
  return ordered.map((r, i) => ({ n: i + 1, reportId: r.id, title: r.title, lang: r.lang, outlet: r.outlet, url: r.url, publishedAt: r.published_at }));
}

/** Every published article of a thread, oldest first. */
export function threadArticles(q: Queryable, edition: string, threadId: number) {
  return cards(q, edition, 's.thread_id = $2', [threadId], 'ORDER BY s.thread_position NULLS LAST, s.first_seen_at, a.id');
}

/** Sections that have published articles, most recent news first. */
export async function activeSections(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ section: string }>(
    `SELECT a.section FROM articles a JOIN stories s ON s.id = a.story_id WHERE ${isPublished} AND a.section IS NOT NULL
     GROUP BY a.section ORDER BY max(s.last_seen_at) DESC`);
  return rows.map((r) => r.section);
}

/** Why an article that is not on the site answers as it does. */
export type ArticleFate =
  | { kind: 'moved'; to: number }
  | { kind: 'withdrawn'; lang: string; corrections: Array<{ note: string; createdAt: Date }> }
  | { kind: 'unknown' };

/**
 * What became of an article that is not (or no longer) on the site: one whose
 * story was merged away has moved to the surviving story's live article; one
 * that was published and then taken off is withdrawn; anything else was never
 * public.
 */
export async function articleFate(q: Queryable, id: number): Promise<ArticleFate> {
  const [row] = await q.query<{ state: string; lang: string; first_published_at: Date | null; story_id: number }>(
    'SELECT state, lang, first_published_at, story_id FROM articles WHERE id = $1', [id]);
  if (!row) return { kind: 'unknown' };
  if (row.state === 'merged') {
    // follow the merges (b into a, a into c …) to the story that carries them now
    const [to] = await q.query<{ id: number }>(
      `WITH RECURSIVE chain (id, merged_into, depth) AS (
         SELECT id, merged_into, 0 FROM stories WHERE id = $1
         UNION ALL SELECT s.id, s.merged_into, c.depth + 1 FROM stories s JOIN chain c ON s.id = c.merged_into WHERE c.depth < 20)
       SELECT a.id FROM chain c JOIN articles a ON a.story_id = c.id WHERE ${isPublished} ORDER BY c.depth LIMIT 1`, [row.story_id]);
    if (to) return { kind: 'moved', to: Number(to.id) };
  } else if (row.state === 'published') {
    return { kind: 'unknown' }; // live after all (published since the page was asked for): not a fate
  }
  if (!row.first_published_at) return { kind: 'unknown' };
  const corrections = await q.query<{ note: string; created_at: Date }>('SELECT note, created_at FROM corrections WHERE article_id = $1 ORDER BY created_at, id', [id]);
  return { kind: 'withdrawn', lang: row.lang, corrections: corrections.map((c) => ({ note: c.note, createdAt: c.created_at })) };
}
