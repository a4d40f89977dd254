// What search engines read: /sitemap.xml (edition fronts and section pages
// in every edition; each published article in the editions that show it in
// their own language, its canonical pages; all with their hreflang
// alternates), /news-sitemap.xml (Google News: the last 48 hours) and
// /robots.txt. The documents are kept in the page cache until the site changes.
import { Hono } from 'hono';
import type { Config } from '../config.ts';
import { escapeXml } from './feeds.ts';
import { cachedBody } from './page-cache.ts';
import { articleHomes, isPublished, translatedIntoSql } from './read-model.ts';
import type { SiteContext } from './site-context.ts';
import { absoluteUrl, articlePath, frontPath, sectionPath } from './views/context.ts';

/** The sitemap protocol's limits for one file: 50,000 URLs and 50 MB. */
const protocolMaxUrls = 50_000;
const protocolMaxBytes = 50_000_000;
const newsWindowHours = 48;
const newsMaxUrls = 1000;
/** The news sitemap depends on the clock too: it is rebuilt at least this often. */
const newsRefreshMs = 5 * 60_000;

/** W3C datetime, whole seconds. */
const w3cDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The latest of some dates (a loop: a spread of 50,000 arguments can overflow the stack). */
function latest(dates: Array<Date | null>): Date | null {
  let max: Date | null = null;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}

/** One page of the site, listed in some editions: front, section or article. */
interface PageGroup {
  /** the page's path in an edition */
  path: (edition: string) => string;
  /** the editions that list it, in the configured order; the first is also x-default */
  editions: string[];
  lastmod: Date | null;
}

/** One <url>: a page group in one of its editions. */
interface SitemapUrl {
  group: PageGroup;
  edition: string;
}

async function pageGroups(ctx: SiteContext): Promise<PageGroup[]> {
  const { config } = ctx;
  const [articles, sectionDates] = await Promise.all([
    ctx.db.query<{ id: number; lang: string; translated_into: string[]; updated_at: Date }>(
      `SELECT a.id, a.lang, ${translatedIntoSql} AS translated_into, a.updated_at FROM articles a WHERE ${isPublished} ORDER BY a.id`),
    ctx.db.query<{ section: string; updated_at: Date }>(
      `SELECT a.section, max(a.updated_at) AS updated_at FROM articles a WHERE ${isPublished} AND a.section IS NOT NULL
       GROUP BY a.section ORDER BY a.section`),
  ]);
  const newest = latest(articles.map((a) => a.updated_at));
  return [
    { path: frontPath, editions: config.editions, lastmod: newest },
    ...sectionDates.map((s) => ({ path: (e: string) => sectionPath(e, s.section), editions: config.editions, lastmod: s.updated_at })),
    // an untranslated original shown in another edition names its home as canonical: only the homes are listed
    ...articles.map((a) => ({
      path: (e: string) => articlePath(e, Number(a.id)),
      editions: articleHomes(config.editions, a.lang, a.translated_into).editions,
      lastmod: a.updated_at,
    })),
  ];
}

function urlEntry(config: Config, { group, edition }: SitemapUrl): string {
  const href = (e: string) => escapeXml(absoluteUrl(config, group.path(e)));
  const alternates = group.editions.map((e) => `<xhtml:link rel="alternate" hreflang="${escapeXml(e)}" href="${href(e)}"/>`);
  // readers whose language has no edition get the first edition that lists the page
  alternates.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${href(group.editions[0])}"/>`);
  return `<url><loc>${href(edition)}</loc>${group.lastmod ? `<lastmod>${w3cDate(group.lastmod)}</lastmod>` : ''}${alternates.join('')}</url>`;
}

function urlset(config: Config, urls: SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls.map((u) => urlEntry(config, u)),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * How many URLs fit in one sitemap file: each carries up to an alternate per
 * edition plus x-default, so many editions reach the byte limit before the
 * URL limit.
 */
function urlsPerFile(config: Config, maxUrls: number): number {
  const bytesPerLink = 100 + 2 * config.siteUrl.length;
  const bytesPerUrl = bytesPerLink * (config.editions.length + 2);
  return Math.max(1, Math.min(maxUrls, Math.floor((protocolMaxBytes * 0.9) / bytesPerUrl)));
}

function sitemapIndex(config: Config, files: Array<{ n: number; lastmod: Date | null }>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map((f) => `<sitemap><loc>${escapeXml(absoluteUrl(config, `/sitemaps/${f.n}.xml`))}</loc>${f.lastmod ? `<lastmod>${w3cDate(f.lastmod)}</lastmod>` : ''}</sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

interface NewsRow {
  id: number;
  edition: string;
  headline: string;
  first_published_at: Date;
}

/**
 * Pages first published in the window, newest first, one per article per
 * edition whose text is in that edition's language (the original or a
 * finished translation): Google News lists an article under its language, so
 * an untranslated original shown in another edition is left out there (even
 * the home that /sitemap.xml gives an original in a language without an
 * edition). As on the site, a translation into the original's own language
 * is ignored.
 */
async function recentNews(ctx: SiteContext, since: Date): Promise<NewsRow[]> {
  const rows = await ctx.db.query<NewsRow>(
    `SELECT a.id, e.lang AS edition, coalesce(t.headline, v.headline) AS headline, a.first_published_at
     FROM articles a
     JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS e(lang, ord)
     LEFT JOIN translations t ON t.article_id = a.id AND t.version = a.published_version AND t.lang = e.lang AND t.state = 'done'
       AND t.lang <> a.lang
     WHERE ${isPublished} AND a.first_published_at >= $2 AND (a.lang = e.lang OR t.article_id IS NOT NULL)
     ORDER BY a.first_published_at DESC, a.id DESC, e.ord
     LIMIT ${newsMaxUrls}`,
    [ctx.config.editions, since],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

function newsSitemap(config: Config, rows: NewsRow[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...rows.map(
      (r) =>
        `<url><loc>${escapeXml(absoluteUrl(config, articlePath(r.edition, r.id)))}</loc><news:news>` +
        `<news:publication><news:name>${escapeXml(config.siteName)}</news:name><news:language>${escapeXml(r.edition)}</news:language></news:publication>` +
        `<news:publication_date>${w3cDate(r.first_published_at)}</news:publication_date><news:title>${escapeXml(r.headline)}</news:title></news:news></url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
}

function robotsTxt(config: Config): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /consent',
    '',
    `Sitemap: ${absoluteUrl(config, '/sitemap.xml')}`,
    `Sitemap: ${absoluteUrl(config, '/news-sitemap.xml')}`,
    '',
  ].join('\n');
}

const xmlType = 'application/xml; charset=utf-8';

/** `maxUrlsPerFile` is the protocol's 50,000 unless a test wants the index form sooner. */
export function sitemapRoutes(ctx: SiteContext, opts: { maxUrlsPerFile?: number } = {}): Hono {
  const { config, cache } = ctx;
  const perFile = urlsPerFile(config, Math.min(opts.maxUrlsPerFile ?? protocolMaxUrls, protocolMaxUrls));
  const routes = new Hono();

  /** The site's URLs cut into sitemap files. */
  async function files(): Promise<SitemapUrl[][]> {
    const urls = (await pageGroups(ctx)).flatMap((group) => group.editions.map((edition) => ({ group, edition })));
    const out: SitemapUrl[][] = [];
    for (let i = 0; i < urls.length; i += perFile) out.push(urls.slice(i, i + perFile));
    return out;
  }

  routes.get('/sitemap.xml', (c) =>
    cachedBody(c, cache, c.req.path, xmlType, async () => {
      const parts = await files();
      if (parts.length <= 1) return urlset(config, parts[0] ?? []);
      return sitemapIndex(config, parts.map((urls, i) => ({ n: i + 1, lastmod: latest(urls.map((u) => u.group.lastmod)) })));
    }));

  // the files a sitemap index points to (only listed when the site outgrows one file)
  routes.get('/sitemaps/:file', (c) => {
    const n = Number(/^([1-9]\d{0,6})\.xml$/.exec(c.req.param('file'))?.[1]);
    if (!n) return c.notFound();
    return cachedBody(c, cache, c.req.path, xmlType, async () => {
      const parts = await files();
      return n > parts.length ? undefined : urlset(config, parts[n - 1]);
    });
  });

  routes.get('/news-sitemap.xml', (c) => {
    const now = Date.now();
    return cachedBody(c, cache, `${c.req.path}|${Math.floor(now / newsRefreshMs)}`, xmlType, async () =>
      newsSitemap(config, await recentNews(ctx, new Date(now - newsWindowHours * 3_600_000))));
  });

  routes.get('/robots.txt', (c) => c.body(robotsTxt(config), 200, { 'Content-Type': 'text/plain; charset=utf-8' }));

  return routes;
}
