// Feeds of each edition and of each section in it: RSS 2.0, Atom 1.0 and
// JSON Feed 1.1, the newest 50 articles by when their news happened.
//
// Written by hand rather than with feedsmith's generators: those indent text
// around CDATA sections (so a title containing '&' gains whitespace a strict
// reader keeps) and drop an empty JSON Feed `items`, which the spec requires.
// The tests read every feed back with feedsmith's parsers.
//
// An article that has no translation in the edition is listed in its original
// language and marked so: dc:language in RSS (which has no per-item language),
// xml:lang on the Atom entry, `language` on the JSON Feed item.
//
// A feed is built once and kept in the page cache, served with an ETag, until
// the site changes.
import { Hono, type Context } from 'hono';
import { imagesForPage, type PageImage } from '../illustrate/queries.ts';
import { sections } from '../write/article.ts';
import { nativeLanguageName, t } from './i18n/i18n.ts';
import { cachedBody } from './page-cache.ts';
import { latestArticles, type ArticleCard } from './read-model.ts';
import type { SiteContext } from './site-context.ts';
import { absoluteUrl, articlePath, frontPath, sectionPath } from './views/context.ts';

export const feedSize = 50;

// Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF) are dropped, not escaped.
const notXmlChar = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or attribute value safe inside XML. */
export function escapeXml(s: string): string {
  return s
    .replace(notXmlChar, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `<name attrs>text</name>`, text escaped. */
function el(name: string, text: string, attrs: Record<string, string | undefined> = {}): string {
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

function attributes(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

const sectionLabel = (edition: string, section: string) => t(edition, `section.${section}`);

/** What one feed lists and where it lives. */
interface FeedSpec {
  edition: string;
  section?: string;
  title: string;
  /** the page this feed follows (edition front or section page), absolute */
  homeUrl: string;
  /** absolute URL of this feed without its file name: …/ko/ or …/ko/sections/politics/ */
  base: string;
  items: ArticleCard[];
  /** each item's picture as the edition shows it, by article id */
  images: Map<number, PageImage>;
}

interface Item {
  id: string;
  url: string;
  title: string;
  summary: string;
  lang: string;
  /** the text is not in the feed's language */
  foreign: boolean;
  published: Date;
  updated: Date;
  section: string | null;
  image?: { url: string; width: number; height: number; alt: string };
}

function feedItems(ctx: SiteContext, spec: FeedSpec): Item[] {
  const abs = (path: string) => absoluteUrl(ctx.config, path);
  return spec.items.map((a) => {
    const image = spec.images.get(a.id);
    return {
      // one id per article, the same in every edition and across revisions
      id: abs(`/articles/${a.id}`),
      url: abs(articlePath(spec.edition, a.id)),
      title: a.headline,
      summary: a.summary,
      lang: a.lang,
      foreign: a.lang !== spec.edition,
      published: a.firstPublishedAt,
      updated: a.updatedAt,
      section: a.section,
      image: image && { url: abs(image.src), width: image.width, height: image.height, alt: image.alt },
    };
  });
}

/** The feed's own update time: its newest item's, else now (an empty feed). */
function feedUpdated(items: Item[]): Date {
  return items.length ? new Date(Math.max(...items.map((i) => i.updated.getTime()))) : new Date();
}

const atomNs = 'http://www.w3.org/2005/Atom';

function renderRss(ctx: SiteContext, spec: FeedSpec): string {
  const items = feedItems(ctx, spec);
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<rss version="2.0" xmlns:atom="${atomNs}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:media="http://search.yahoo.com/mrss/">`,
    '<channel>',
    el('title', spec.title),
    el('link', spec.homeUrl),
    el('description', t(spec.edition, 'site.tagline')),
    el('language', spec.edition),
    el('lastBuildDate', feedUpdated(items).toUTCString()),
    el('generator', 'Newsroom'),
    `<atom:link${attributes({ href: `${spec.base}feed.xml`, rel: 'self', type: 'application/rss+xml' })}/>`,
  ];
  for (const i of items) {
    out.push(
      '<item>',
      el('title', i.title),
      el('link', i.url),
      el('description', i.summary),
      el('guid', i.id, { isPermaLink: 'false' }),
      el('pubDate', i.published.toUTCString()),
      el('dcterms:modified', i.updated.toISOString()),
      ...(i.section ? [el('category', sectionLabel(spec.edition, i.section), { domain: absoluteUrl(ctx.config, sectionPath(spec.edition, i.section)) })] : []),
      ...(i.foreign ? [el('dc:language', i.lang)] : []),
      ...(i.image
        ? [
            // the size in bytes is not at hand: 0 is the RSS Advisory Board's "unknown"
            `<enclosure${attributes({ url: i.image.url, length: '0', type: 'image/jpeg' })}/>`,
            `<media:content${attributes({ url: i.image.url, type: 'image/jpeg', medium: 'image', width: String(i.image.width), height: String(i.image.height) })}>` +
              `${el('media:description', i.image.alt, { type: 'plain' })}</media:content>`,
          ]
        : []),
      '</item>',
    );
  }
  out.push('</channel>', '</rss>', '');
  return out.join('\n');
}

function renderAtom(ctx: SiteContext, spec: FeedSpec): string {
  const items = feedItems(ctx, spec);
  const self = `${spec.base}atom.xml`;
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${atomNs}" xml:lang="${escapeXml(spec.edition)}">`,
    el('id', self),
    el('title', spec.title),
    el('subtitle', t(spec.edition, 'site.tagline')),
    el('updated', feedUpdated(items).toISOString()),
    `<link${attributes({ rel: 'self', type: 'application/atom+xml', href: self })}/>`,
    `<link${attributes({ rel: 'alternate', type: 'text/html', href: spec.homeUrl })}/>`,
    `<author>${el('name', ctx.config.siteName)}${el('uri', ctx.config.siteUrl)}</author>`,
    el('generator', 'Newsroom'),
  ];
  for (const i of items) {
    out.push(
      `<entry${i.foreign ? attributes({ 'xml:lang': i.lang }) : ''}>`,
      el('id', i.id),
      el('title', i.title, { type: 'text' }),
      `<link${attributes({ rel: 'alternate', type: 'text/html', hreflang: i.lang, href: i.url })}/>`,
      el('published', i.published.toISOString()),
      el('updated', i.updated.toISOString()),
      el('summary', i.summary, { type: 'text' }),
      ...(i.image ? [`<link${attributes({ rel: 'enclosure', type: 'image/jpeg', href: i.image.url, title: i.image.alt })}/>`] : []),
      ...(i.section
        ? [`<category${attributes({ term: i.section, label: sectionLabel(spec.edition, i.section), scheme: absoluteUrl(ctx.config, `/${spec.edition}/sections/`) })}/>`]
        : []),
      '</entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}

function renderJsonFeed(ctx: SiteContext, spec: FeedSpec): string {
  const items = feedItems(ctx, spec);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: spec.title,
    home_page_url: spec.homeUrl,
    feed_url: `${spec.base}feed.json`,
    description: t(spec.edition, 'site.tagline'),
    language: spec.edition,
    authors: [{ name: ctx.config.siteName, url: ctx.config.siteUrl }],
    items: items.map((i) => ({
      id: i.id,
      url: i.url,
      title: i.title,
      summary: i.summary,
      content_text: i.summary,
      date_published: i.published.toISOString(),
      date_modified: i.updated.toISOString(),
      language: i.lang,
      ...(i.image ? { image: i.image.url } : {}),
      ...(i.section ? { tags: [sectionLabel(spec.edition, i.section)] } : {}),
    })),
  };
  return JSON.stringify(feed, null, 1) + '\n';
}

const formats = {
  'feed.xml': { type: 'application/rss+xml; charset=utf-8', render: renderRss },
  'atom.xml': { type: 'application/atom+xml; charset=utf-8', render: renderAtom },
  'feed.json': { type: 'application/feed+json; charset=utf-8', render: renderJsonFeed },
} as const;

/** The newest items of an edition, or of one section in it; undefined when either is unknown. */
async function loadFeed(ctx: SiteContext, edition: string, section?: string): Promise<FeedSpec | undefined> {
  const { config } = ctx;
  if (!config.editions.includes(edition)) return undefined;
  if (section !== undefined && !(sections as readonly string[]).includes(section)) return undefined;
  const items = await latestArticles(ctx.db, edition, { limit: feedSize, section, pinnedFirst: section ? undefined : new Date() });
  const images = await imagesForPage(ctx.db, items.map((a) => a.id), edition);
  const homePath = section ? sectionPath(edition, section) : frontPath(edition);
  return {
    edition,
    section,
    title: section
      ? t(edition, 'feed.sectionTitle', { site: config.siteName, section: sectionLabel(edition, section) })
      : t(edition, 'feed.title', { site: config.siteName, edition: nativeLanguageName(edition) }),
    homeUrl: absoluteUrl(config, homePath),
    base: absoluteUrl(config, section ? `${homePath}/` : homePath),
    items,
    images,
  };
}

export function feedRoutes(ctx: SiteContext): Hono {
  const feeds = new Hono();
  for (const [file, format] of Object.entries(formats)) {
    const serve = (c: Context, edition: string, section?: string) =>
      cachedBody(c, ctx.cache, c.req.path, format.type, async () => {
        const spec = await loadFeed(ctx, edition, section);
        return spec && format.render(ctx, spec);
      });
    feeds.get(`/:edition/${file}`, (c) => serve(c, c.req.param('edition')));
    feeds.get(`/:edition/sections/:section/${file}`, (c) => serve(c, c.req.param('edition'), c.req.param('section')));
  }
  return feeds;
}
