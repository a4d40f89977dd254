// What search engines read: /sitemap.xml (every published article, edition
// front and section page, in every edition, each with its hreflang
// alternates), /news-sitemap.xml (Google News: the last 48 hours) and
// /robots.txt.
import { Hono } from 'hono';
import type { Config } from '../config.ts';
import { absoluteUrl, sitePaths, type SiteContext } from './api.ts';
import { escapeXml } from './feeds.ts';

/** The sitemap protocol's limits for one file: 50,000 URLs and 50 MB. */
const protocolMaxUrls = 50_000;
const protocolMaxBytes = 50_000_000;
export const newsWindowHours = 48;
export const newsMaxUrls = 1000;

const isPublished = `a.state = 'published' AND a.published_version IS NOT NULL`;

/** W3C datetime, whole seconds. */
const w3cDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The latest of some dates (a loop: a spread of 50,000 arguments can overflow the stack). */
function latest(dates: Array<Date | null>): Date | null {
  let max: Date | null = null;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}

/** One page of the site in every edition: front, section or article. */
interface PageGroup {
  /** the page's path in an edition */
  path: (edition: string) => string;
  lastmod: Date | null;
}

async function pageGroups(ctx: SiteContext): Promise<PageGroup[]> {
  const [articles, sectionDates] = await Promise.all([
    ctx.db.query<{ id: number; updated_at: Date }>(`SELECT a.id, a.updated_at FROM articles a WHERE ${isPublished} ORDER BY a.id`),
    ctx.db.query<{ section: string; updated_at: Date }>(
      `SELECT a.section, max(a.updated_at) AS updated_at FROM articles a WHERE ${isPublished} AND a.section IS NOT NULL
       GROUP BY a.section ORDER BY a.section`),
  ]);
  const newest = latest(articles.map((a) => a.updated_at));
  return [
    { path: sitePaths.front, lastmod: newest },
    ...sectionDates.map((s) => ({ path: (e: string) => sitePaths.section(e, s.section), lastmod: s.updated_at })),
    ...articles.map((a) => ({ path: (e: string) => sitePaths.article(e, Number(a.id)), lastmod: a.updated_at })),
  ];
}

function urlEntry(config: Config, group: PageGroup, edition: string): string {
  const href = (e: string) => escapeXml(absoluteUrl(config, group.path(e)));
  const alternates = config.editions.map((e) => `<xhtml:link rel="alternate" hreflang="${escapeXml(e)}" href="${href(e)}"/>`);
  // readers whose language has no edition get the first (default) edition
  alternates.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${href(config.editions[0])}"/>`);
  return `<url><loc>${href(edition)}</loc>${group.lastmod ? `<lastmod>${w3cDate(group.lastmod)}</lastmod>` : ''}${alternates.join('')}</url>`;
}

function urlset(config: Config, groups: PageGroup[]): string {
  const urls = groups.flatMap((g) => config.editions.map((e) => urlEntry(config, g, e)));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * How many page groups fit in one sitemap file: each group is one URL per
 * edition, and each URL carries an alternate per edition, so many editions
 * reach the byte limit before the URL limit.
 */
function groupsPerFile(editions: number, maxUrls: number): number {
  const bytesPerUrl = 150 + 150 * (editions + 1);
  const urls = Math.min(maxUrls, Math.floor((protocolMaxBytes * 0.9) / bytesPerUrl));
  return Math.max(1, Math.floor(urls / editions));
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
 * an untranslated original shown in another edition is left out there.
 */
async function recentNews(ctx: SiteContext, since: Date): Promise<NewsRow[]> {
  const rows = await ctx.db.query<NewsRow>(
    `SELECT a.id, e.lang AS edition, coalesce(t.headline, v.headline) AS headline, a.first_published_at
     FROM articles a
     JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS e(lang, ord)
     LEFT JOIN translations t ON t.article_id = a.id AND t.version = a.published_version AND t.lang = e.lang AND t.state = 'done'
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
        `<url><loc>${escapeXml(absoluteUrl(config, sitePaths.article(r.edition, r.id)))}</loc><news:news>` +
        `<news:publication><news:name>${escapeXml(config.siteName)}</news:name><news:language>${escapeXml(r.edition)}</news:language></news:publication>` +
        `<news:publication_date>${w3cDate(r.first_published_at)}</news:publication_date><news:title>${escapeXml(r.headline)}</news:title></news:news></url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(config: Config): string {
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

const xmlType = { 'Content-Type': 'application/xml; charset=utf-8' };

/** `maxUrlsPerFile` is the protocol's 50,000 unless a test wants the index form sooner. */
export function sitemapRoutes(ctx: SiteContext, opts: { maxUrlsPerFile?: number } = {}): Hono {
  const { config } = ctx;
  const perFile = groupsPerFile(config.editions.length, Math.min(opts.maxUrlsPerFile ?? protocolMaxUrls, protocolMaxUrls));
  const routes = new Hono();

  /** The site's page groups cut into sitemap files. */
  async function files(): Promise<PageGroup[][]> {
    const groups = await pageGroups(ctx);
    const out: PageGroup[][] = [];
    for (let i = 0; i < groups.length; i += perFile) out.push(groups.slice(i, i + perFile));
    return out;
  }

  routes.get('/sitemap.xml', async (c) => {
    const parts = await files();
    if (parts.length <= 1) return c.body(urlset(config, parts[0] ?? []), 200, xmlType);
    return c.body(sitemapIndex(config, parts.map((g, i) => ({ n: i + 1, lastmod: latest(g.map((x) => x.lastmod)) }))), 200, xmlType);
  });

  // the files a sitemap index points to (only listed when the site outgrows one file)
  routes.get('/sitemaps/:file', async (c) => {
    const n = Number(/^([1-9]\d{0,6})\.xml$/.exec(c.req.param('file'))?.[1]);
    const parts = n ? await files() : [];
    if (!n || n > parts.length) return c.notFound();
    return c.body(urlset(config, parts[n - 1]), 200, xmlType);
  });

  routes.get('/news-sitemap.xml', async (c) => {
    const since = new Date(Date.now() - newsWindowHours * 3_600_000);
    return c.body(newsSitemap(config, await recentNews(ctx, since)), 200, xmlType);
  });

  routes.get('/robots.txt', (c) => c.body(robotsTxt(config), 200, { 'Content-Type': 'text/plain; charset=utf-8' }));

  return routes;
}
