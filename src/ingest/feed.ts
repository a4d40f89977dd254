// Feed documents (RSS 2.0, Atom, RDF/RSS 1.0, JSON Feed) → one common shape.
import { parseFeed } from 'feedsmith';
import { storableText } from '../text/storable-text.ts';
import { parseFeedDate } from '../text/feed-dates.ts';

export interface FeedEntry {
  guid: string;
  url?: string;
  title: string;
  /** HTML or text as the feed gave it */
  summary?: string;
  content?: string;
  author?: string;
  lang?: string;
  publishedAt?: Date;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  siteUrl?: string;
  lang?: string;
  /** RSS <ttl>, in seconds: the feed asks not to be polled more often */
  ttlSeconds?: number;
  entries: FeedEntry[];
}

export class FeedError extends Error {}

const maxEntries = 2000;

/**
 * Every field of an entry is read through here. JSON escapes (and parsers'
 * own entity decoding) can make NULs and lone surrogates the decoder never saw.
 */
function text(v: any): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return storableText(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && 'value' in v) return text(v.value);
  return undefined;
}

function date(...candidates: any[]): Date | undefined {
  // The first candidate that reads as a date; Date.parse would use the server's zone for zoneless dates.
  for (const c of candidates) {
    const s = text(c);
    if (!s) continue;
    const d = parseFeedDate(s).date;
    if (d) return d;
  }
  return undefined;
}

function personName(p: any): string | undefined {
  if (!p) return undefined;
  if (typeof p === 'string') return text(p);
  return text(p.name) ?? text(p.email);
}

/**
 * Refuses documents that declare entities: feeds have no use for them, and
 * entity expansion ("billion laughs") is the classic XML memory attack.
 */
function assertNoEntityDeclarations(doc: string) {
  const head = doc.slice(0, 64 * 1024);
  if (/<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i.test(head) || /<!ENTITY/i.test(head)) {
    throw new FeedError('refused: the document declares XML entities (entity expansion is not allowed)');
  }
}

export function parseFeedDocument(doc: string): ParsedFeed {
  const trimmed = doc.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed) throw new FeedError('empty document');
  if (!trimmed.startsWith('{')) assertNoEntityDeclarations(trimmed);
  let parsed: { format: string; feed: any };
  try {
    parsed = parseFeed(trimmed) as any;
  } catch (e) {
    const msg = (e as Error).message || String(e);
    throw new FeedError(trimmed.startsWith('<') || trimmed.startsWith('{') ? `not a valid feed: ${msg}` : 'not a feed: the document is neither XML nor JSON');
  }
  const { format, feed } = parsed;
  switch (format) {
    case 'rss':
    case 'rdf':
      return fromRss(format, feed);
    case 'atom':
      return fromAtom(feed);
    case 'json':
      return fromJson(feed);
    default:
      throw new FeedError(`unsupported feed format ${format}`);
  }
}

function finish(entries: FeedEntry[]): FeedEntry[] {
  const seen = new Set<string>();
  const out: FeedEntry[] = [];
  for (const e of entries) {
    if (!e.guid || seen.has(e.guid)) continue;
    seen.add(e.guid);
    out.push(e);
    if (out.length >= maxEntries) break;
  }
  return out;
}

function fromRss(format: 'rss' | 'rdf', feed: any): ParsedFeed {
  const items: any[] = feed.items ?? [];
  const entries = items.map((it): FeedEntry => {
    const url = text(it.link) ?? text(it.rdf?.about) ?? (it.guid?.isPermaLink !== false ? text(it.guid) : undefined);
    const title = text(it.title) ?? '';
    return {
      guid: text(it.guid) ?? url ?? text(it.rdf?.about) ?? title,
      url,
      title,
      summary: text(it.description),
      content: text(it.content?.encoded),
      author: personName(it.dc?.creators?.[0]) ?? personName(it.dc?.creator) ?? personName(it.authors?.[0]),
      lang: text(it.dc?.languages?.[0]) ?? text(it.dc?.language),
      publishedAt: date(it.pubDate, it.dc?.dates?.[0], it.dc?.date, it.dcterms?.issued, it.dcterms?.created),
    };
  });
  const ttl = Number(feed.ttl);
  return {
    format,
    title: text(feed.title),
    siteUrl: text(feed.link),
    lang: text(feed.language) ?? text(feed.dc?.languages?.[0]) ?? text(feed.dc?.language),
    ttlSeconds: Number.isFinite(ttl) && ttl > 0 ? ttl * 60 : undefined,
    entries: finish(entries),
  };
}

function fromAtom(feed: any): ParsedFeed {
  const pickLink = (links: any[] | undefined) =>
    text((links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href) ?? text(links?.[0]?.href);
  const entries = (feed.entries ?? []).map((e: any): FeedEntry => {
    const url = pickLink(e.links);
    return {
      guid: text(e.id) ?? url ?? text(e.title) ?? '',
      url,
      title: text(e.title) ?? '',
      summary: text(e.summary),
      content: text(e.content),
      author: personName(e.authors?.[0]),
      publishedAt: date(e.published, e.updated),
    };
  });
  return {
    format: 'atom',
    title: text(feed.title),
    siteUrl: pickLink(feed.links),
    lang: text(feed.lang) ?? text(feed.xml?.lang),
    entries: finish(entries),
  };
}

function fromJson(feed: any): ParsedFeed {
  const entries = (feed.items ?? []).map((it: any): FeedEntry => ({
    guid: text(it.id) ?? text(it.url) ?? '',
    url: text(it.url) ?? text(it.external_url),
    title: text(it.title) ?? '',
    summary: text(it.summary),
    content: text(it.content_html) ?? text(it.content_text),
    author: personName(it.authors?.[0]) ?? personName(it.author),
    lang: text(it.language),
    publishedAt: date(it.date_published, it.date_modified),
  }));
  return {
    format: 'json',
    title: text(feed.title),
    siteUrl: text(feed.home_page_url),
    lang: text(feed.language),
    entries: finish(entries),
  };
}
