// The read-only public JSON API under /api/v1: published articles as each
// edition shows them, the stories behind them, and the sources with their
// health. Everything here is public already; nothing secret is ever read.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { imagesForPage, type PageImage } from '../illustrate/queries.ts';
import { getStory, listStories } from '../stories/queries.ts';
import { sections } from '../write/article.ts';
import {
  apiLimits,
  openApiDocument,
  type ArticleCardJson,
  type ArticleFullJson,
  type ArticleListJson,
  type GoneJson,
  type IndexJson,
  type ImageJson,
  type SourceListJson,
  type StoryDetailJson,
  type StoryJson,
  type StoryListJson,
} from './openapi.ts';
import { sourceHealth } from './queries.ts';
import { publicError, publicUrl } from './redact.ts';
import { articleFate, articleInEdition, countArticles, isPublished, latestArticles, type ArticleCard, type ArticleFull } from './read-model.ts';
import type { SiteContext } from './site-context.ts';
import { absoluteUrl, articlePath, storyPath } from './views/context.ts';

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);

// ---- query parameters -------------------------------------------------------

class BadParam extends Error {}

/** Empty means "not given", so `?section=` is the same as leaving it out. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const whole = (min: number, max: number) =>
  z.string().regex(/^\d{1,15}$/).transform(Number).pipe(z.number().int().min(min).max(max));

const paramHelp = (config: Config): Record<string, string> => ({
  edition: `must be one of ${config.editions.join(', ')}`,
  section: `must be one of ${sections.join(', ')}`,
  limit: `must be a whole number from 1 to ${apiLimits.maxLimit}`,
  offset: 'must be a whole number from 0',
  id: 'must be a positive whole number',
});

function parseQuery<T extends z.ZodRawShape>(config: Config, shape: T, query: Record<string, string>): z.infer<z.ZodObject<T>> {
  const result = z.object(shape).safeParse(query);
  if (result.success) return result.data;
  const name = String(result.error.issues[0].path[0] ?? 'query');
  throw new BadParam(`${name}: ${paramHelp(config)[name] ?? result.error.issues[0].message}`);
}

function editionParam(config: Config) {
  return optional(z.string().refine((e) => config.editions.includes(e))).transform((e) => e ?? config.editions[0]);
}

function idParam(config: Config, raw: string): number {
  if (!/^[1-9]\d{0,14}$/.test(raw)) throw new BadParam(`id: ${paramHelp(config).id}`);
  return Number(raw);
}

// ---- answers -----------------------------------------------------------------

const jsonHeaders = {
  'Content-Type': 'application/json; charset=utf-8',
  // read-only public data: any site may read it
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=60',
};

function send(c: Context, status: 200 | 400 | 404 | 410 | 500, body: unknown) {
  return c.body(JSON.stringify(body), status, jsonHeaders);
}

function imageJson(config: Config, image: PageImage | undefined): ImageJson | null {
  if (!image) return null;
  return {
    kind: image.kind,
    aiGenerated: image.aiGenerated,
    src: absoluteUrl(config, image.src),
    width: image.width,
    height: image.height,
    alt: image.alt,
    altLang: image.altLang,
    ogImage: absoluteUrl(config, image.ogImage),
  };
}

function cardJson(config: Config, edition: string, a: ArticleCard, images: Map<number, PageImage>): ArticleCardJson {
  return {
    id: a.id,
    url: absoluteUrl(config, articlePath(edition, a.id)),
    edition,
    lang: a.lang,
    originalLang: a.originalLang,
    translated: a.translated,
    headline: a.headline,
    summary: a.summary,
    section: a.section,
    storyId: a.storyId,
    threadId: a.threadId,
    threadUrl: a.threadId == null ? null : absoluteUrl(config, storyPath(edition, a.threadId)),
    newsAt: iso(a.newsAt),
    firstPublishedAt: iso(a.firstPublishedAt),
    publishedAt: iso(a.publishedAt),
    updatedAt: iso(a.updatedAt),
    reportCount: a.reportCount,
    outletCount: a.outletCount,
    image: imageJson(config, images.get(a.id)),
  };
}

function fullJson(config: Config, edition: string, a: ArticleFull, images: Map<number, PageImage>): ArticleFullJson {
  // citations are stored as report ids; readers see the numbers of the source list
  const numberOf = new Map(a.sources.map((s) => [s.reportId, s.n]));
  const card = (x: ArticleCard) => cardJson(config, edition, x, images);
  return {
    ...card(a),
    version: a.version,
    lead: a.lead,
    body: a.body.map((p) => ({
      text: p.text,
      sources: [...new Set(p.citations.map((r) => numberOf.get(r)).filter((n): n is number => n !== undefined))].sort((x, y) => x - y),
    })),
    imageAlt: a.imageAlt,
    sources: a.sources.map((s) => ({
      n: s.n, reportId: s.reportId, title: s.title, outlet: s.outlet, url: s.url, lang: s.lang, publishedAt: isoOrNull(s.publishedAt),
    })),
    corrections: a.corrections.map((c) => ({ note: c.note, createdAt: iso(c.createdAt) })),
    prior: a.prior ? card(a.prior) : null,
    thread: a.thread.map(card),
    related: a.related.map(card),
    alternates: Object.fromEntries(config.editions.map((e) => [e, absoluteUrl(config, articlePath(e, a.id))])),
    ai: { writer: a.writer, model: a.model, translatedBy: a.translatedBy },
  };
}

function storyJson(s: Awaited<ReturnType<typeof listStories>>[number], articleId: number | null): StoryJson {
  return {
    id: Number(s.id),
    title: s.title,
    lang: s.lang,
    languages: s.languages,
    reportCount: s.report_count,
    state: s.state,
    firstSeenAt: iso(s.first_seen_at),
    lastSeenAt: iso(s.last_seen_at),
    threadId: s.thread_id == null ? null : Number(s.thread_id),
    threadPosition: s.thread_position,
    followsStoryId: s.follows_story_id == null ? null : Number(s.follows_story_id),
    articleId,
  };
}

/** The published article of each story that has one. */
async function publishedArticleIds(db: Db, storyIds: number[]): Promise<Map<number, number>> {
  if (!storyIds.length) return new Map();
  const rows = await db.query<{ id: number; story_id: number }>(
    `SELECT a.id, a.story_id FROM articles a WHERE a.story_id = ANY($1::bigint[]) AND ${isPublished}`,
    [storyIds],
  );
  return new Map(rows.map((r) => [Number(r.story_id), Number(r.id)]));
}

// ---- routes ------------------------------------------------------------------

export function apiRoutes(ctx: Pick<SiteContext, 'db' | 'config'>): Hono {
  const { db, config } = ctx;
  const api = new Hono();
  // the document depends only on the configuration
  const openApi = openApiDocument(config);
  const openApiJson = JSON.stringify(openApi);
  // the index is made from the same document, so it lists exactly what is served
  const index: IndexJson = {
    name: openApi.info.title,
    version: '1',
    openapi: absoluteUrl(config, '/api/v1/openapi.json'),
    endpoints: Object.entries(openApi.paths).map(([path, item]) => ({
      method: 'GET' as const,
      path,
      url: absoluteUrl(config, path),
      summary: item.get.summary,
      parameters: ((item.get as { parameters?: Array<{ name: string }> }).parameters ?? []).map((p) => p.name),
    })),
  };
  const indexJson = JSON.stringify(index);

  api.get('/api/v1', (c) => c.body(indexJson, 200, jsonHeaders));

  api.get('/api/v1/articles', async (c) => {
    const q = parseQuery(config, {
      edition: editionParam(config),
      section: optional(z.enum(sections)),
      limit: optional(whole(1, apiLimits.maxLimit)).transform((v) => v ?? apiLimits.defaultLimit),
      offset: optional(whole(0, Number.MAX_SAFE_INTEGER)).transform((v) => v ?? 0),
    }, c.req.query());
    const [items, total] = await Promise.all([
      latestArticles(db, q.edition, { limit: q.limit, offset: q.offset, section: q.section }),
      countArticles(db, q.section),
    ]);
    const images = await imagesForPage(db, items.map((a) => a.id), q.edition);
    const body: ArticleListJson = {
      edition: q.edition, section: q.section ?? null, limit: q.limit, offset: q.offset, total,
      items: items.map((a) => cardJson(config, q.edition, a, images)),
    };
    return send(c, 200, body);
  });

  api.get('/api/v1/articles/:id', async (c) => {
    const id = idParam(config, c.req.param('id'));
    const { edition } = parseQuery(config, { edition: editionParam(config) }, c.req.query());
    const article = await articleInEdition(db, id, edition);
    if (!article) {
      const fate = await articleFate(db, id);
      if (fate.kind === 'moved') {
        const query = c.req.query('edition') ? `?edition=${encodeURIComponent(edition)}` : '';
        return c.body(null, 301, { ...jsonHeaders, Location: `/api/v1/articles/${fate.to}${query}` });
      }
      if (fate.kind === 'withdrawn') {
        const gone: GoneJson = {
          error: `article ${id} was withdrawn`, withdrawn: true,
          corrections: fate.corrections.map((x) => ({ note: x.note, createdAt: iso(x.createdAt) })),
        };
        return send(c, 410, gone);
      }
      return send(c, 404, { error: `no published article with id ${id}` });
    }
    const shown = [article, ...article.thread, ...article.related, ...(article.prior ? [article.prior] : [])];
    const images = await imagesForPage(db, shown.map((a) => a.id), edition);
    return send(c, 200, fullJson(config, edition, article, images));
  });

  api.get('/api/v1/stories', async (c) => {
    const q = parseQuery(config, {
      limit: optional(whole(1, apiLimits.maxLimit)).transform((v) => v ?? apiLimits.defaultLimit),
      offset: optional(whole(0, Number.MAX_SAFE_INTEGER)).transform((v) => v ?? 0),
    }, c.req.query());
    const stories = await listStories(db, { limit: q.limit, offset: q.offset });
    const articles = await publishedArticleIds(db, stories.map((s) => Number(s.id)));
    const body: StoryListJson = {
      limit: q.limit, offset: q.offset,
      items: stories.map((s) => storyJson(s, articles.get(Number(s.id)) ?? null)),
    };
    return send(c, 200, body);
  });

  api.get('/api/v1/stories/:id', async (c) => {
    const id = idParam(config, c.req.param('id'));
    const story = await getStory(db, id);
    if (!story) return send(c, 404, { error: `no story with id ${id}` });
    const articles = await publishedArticleIds(db, [id]);
    const body: StoryDetailJson = {
      ...storyJson(story, articles.get(id) ?? null),
      mergedInto: story.merged_into == null ? null : Number(story.merged_into),
      reports: story.reports.map((r) => ({
        id: Number(r.id), title: r.title, lang: r.lang, publishedAt: isoOrNull(r.published_at),
        outlets: r.sources.map((o) => ({ name: o.name, url: o.url == null ? null : publicUrl(o.url) })),
      })),
      thread: story.thread.map((s) => ({ id: Number(s.id), title: s.title, position: s.position, firstSeenAt: iso(s.first_seen_at) })),
      related: story.related.map((s) => ({ id: Number(s.id), title: s.title, lang: s.lang, score: Number(s.score), lastSeenAt: iso(s.last_seen_at) })),
    };
    return send(c, 200, body);
  });

  api.get('/api/v1/sources', async (c) => {
    const body: SourceListJson = {
      items: (await sourceHealth(db)).map((s) => ({
        id: Number(s.id),
        name: s.name,
        url: publicUrl(s.url),
        homepage: s.site_url == null ? null : publicUrl(s.site_url),
        lang: s.lang,
        items: s.items,
        health: {
          ok: s.consecutive_failures === 0,
          lastOkAt: isoOrNull(s.last_ok_at),
          lastError: s.last_error == null ? null : publicError(s.last_error),
          consecutiveFailures: s.consecutive_failures,
        },
      })),
    };
    return send(c, 200, body);
  });

  api.get('/api/v1/openapi.json', (c) => c.body(openApiJson, 200, jsonHeaders));

  // an unknown address under the API answers in JSON too, not with the site's HTML 404 page
  api.all('/api/v1/*', (c) => (c.req.method === 'GET' && c.req.path === '/api/v1/'
    ? c.body(indexJson, 200, jsonHeaders) // the index, also with a trailing slash
    : send(c, 404, { error: `no such endpoint: ${c.req.method} ${c.req.path}` })));

  api.onError((err, c) => {
    if (err instanceof BadParam) return send(c, 400, { error: err.message });
    console.error(`api: ${c.req.method} ${c.req.path}: ${err.message}`);
    return c.body(JSON.stringify({ error: 'internal error' }), 500, { ...jsonHeaders, 'Cache-Control': 'no-store' });
  });

  return api;
}
