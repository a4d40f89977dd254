// Feed documents (RSS 2.0, Atom, RDF/RSS 1.0, JSON Feed) → one common shape.
import { isUtf8 } from 'node:buffer';
import { decodeXML } from 'entities';
import { parseFeed } from 'feedsmith';
import { FeedError } from './feed-error.ts';
import { identifyEntries } from './feed-identity.ts';
import { rawEntryFacts, type RawEntry } from './feed-raw.ts';
import { prepareXml } from './feed-recover.ts';
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
  /**
   * The date the feed gave, when it was later than the fetch time beyond the
   * allowed skew: `publishedAt` is then the fetch time (the parser's 'future'
   * flag). Identity hashes this, not the clamped time, so the entry keeps one
   * identity from poll to poll.
   */
  futureDate?: Date;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  siteUrl?: string;
  lang?: string;
  /** RSS <ttl>, in seconds: the feed asks not to be polled more often */
  ttlSeconds?: number;
  entries: FeedEntry[];
  /** what was wrong with the document (not well-formed, cut short …), empty when nothing was */
  problems: string[];
  /** entries that could not be read at all (the one a cut document ends inside) */
  lost: number;
  /** entries read but left out, each with its reason */
  skipped: Array<{ guid: string; message: string }>;
  /** two entries carried one guid: this feed reuses guids (feed-identity.ts) */
  reusesGuids: boolean;
}

/** Entries whose date was in the future and was set to the fetch time. */
export const clampedDates = (feed: Pick<ParsedFeed, 'entries'>) => feed.entries.filter((e) => e.futureDate);

export { FeedError };

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

/** How an entry's dates are read: in its language (else the feed's, else the source's), against the fetch time. */
interface DateContext {
  lang?: string;
  now?: Date | number;
}

/**
 * The first candidate that reads as a date (Date.parse would use the server's
 * zone for zoneless dates), with the date the feed wrote when it was in the
 * future and clamped to the fetch time.
 */
function date(ctx: DateContext, ...candidates: any[]): Pick<FeedEntry, 'publishedAt' | 'futureDate'> {
  for (const c of candidates) {
    const s = text(c);
    if (!s) continue;
    const d = parseFeedDate(s, ctx);
    if (!d.date) continue;
    if (!d.flags.includes('future')) return { publishedAt: d.date };
    const written = parseFeedDate(s, { ...ctx, skewMs: Infinity }).date;
    return { publishedAt: d.date, ...(written ? { futureDate: written } : {}) };
  }
  return {};
}

/** The language dates are read in: the entry's own, else the feed's, else the source's configured one. */
const dateContext = (opts: ParseOptions, feedLang: string | undefined, entryLang?: string): DateContext => ({
  lang: entryLang ?? feedLang ?? opts.lang,
  ...(opts.now !== undefined ? { now: opts.now } : {}),
});

function personName(p: any): string | undefined {
  if (!p) return undefined;
  if (typeof p === 'string') return text(p);
  return text(p.name) ?? text(p.email);
}

export interface ParseOptions {
  /** the document's address: relative links and xml:base resolve against it */
  url?: string;
  /** the source is known to reuse guids (feed-identity.ts) */
  reusesGuids?: boolean;
  /** the source's configured language: zoneless dates are read in its zone when the feed names no language */
  lang?: string;
  /** the fetch time: dates later than it (beyond a small skew) are clamped to it (default: now) */
  now?: Date | number;
}

/** The document could be parsed; `problems` says what was wrong with it and what was lost. */
export function parseFeedDocument(doc: string, opts: ParseOptions = {}): ParsedFeed {
  const trimmed = doc.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed) throw new FeedError('empty document');
  let feed: ParsedFeed;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) feed = fromJson(jsonFeed(trimmed), opts);
  else if (trimmed.startsWith('<')) feed = fromXml(trimmed, opts);
  else throw new FeedError(`not a feed: the document is neither XML nor JSON (it begins "${trimmed.slice(0, 40).replace(/\s+/g, ' ')}")`);
  const { entries: identified, reusesGuids } = identifyEntries(feed.entries, opts);
  const entries: FeedEntry[] = [];
  for (const e of identified) {
    const problem = unstorable(e);
    if (problem) feed.skipped.push({ guid: e.guid.slice(0, 200), message: problem });
    else if (entries.length < maxEntries) entries.push(e);
  }
  return { ...feed, entries, reusesGuids };
}

/** Why an entry cannot be stored as it is, judged before the database sees it. */
function unstorable(e: FeedEntry): string | undefined {
  const year = e.publishedAt?.getUTCFullYear();
  if (year !== undefined && (year < 1 || year > 9999)) return `its date is out of range (year ${year})`;
  return undefined;
}

function jsonFeed(doc: string): any {
  let json: any;
  try {
    json = JSON.parse(doc);
  } catch (e) {
    throw new FeedError(`not a feed: not valid JSON (${(e as Error).message})`);
  }
  const version = json && typeof json === 'object' && !Array.isArray(json) ? json.version : undefined;
  if (typeof version !== 'string' || !/^https?:\/\/jsonfeed\.org\/version\//.test(version)) {
    const keys = json && typeof json === 'object' ? Object.keys(json).slice(0, 5).join(', ') : typeof json;
    throw new FeedError(`not a feed: JSON, but not a JSON Feed (no "version" of https://jsonfeed.org/version/…; it has ${keys || 'nothing'})`);
  }
  if (!/\/version\/1(\.\d+)?\/?$/.test(version)) throw new FeedError(`not a feed: a JSON Feed of an unknown version "${version.slice(0, 80)}" (1 and 1.1 are read)`);
  if (json.items !== undefined && !Array.isArray(json.items)) throw new FeedError('not a feed: a JSON Feed whose "items" is not a list');
  try {
    return parseFeed(doc).feed as any;
  } catch {
    return json; // the fields are read one by one below; a wrong one is left out
  }
}

function fromXml(doc: string, opts: ParseOptions): ParsedFeed {
  const xml = prepareXml(doc);
  const root = xml.root;
  if (root === 'html' || /^<!doctype html/i.test(doc)) throw new FeedError(`not a feed: an HTML page${htmlHints(doc)}`);
  if (root !== 'rss' && root !== 'rdf' && root !== 'feed') {
    throw new FeedError(root ? `not a feed: an XML document whose root element is <${root}>${xml.problems[0] ? ` (${xml.problems[0]})` : ''}` : `not a feed: ${xml.problems[0] ?? 'no root element'}`);
  }
  let parsed: { format: string; feed: any };
  try {
    parsed = parseFeed(xml.doc) as any;
  } catch (e) {
    // feedsmith refuses a feed with nothing in it; an empty feed is still a feed
    if (!xml.entries.length) parsed = { format: root === 'feed' ? 'atom' : root, feed: {} };
    else throw new FeedError(`not a valid feed: ${xml.problems[0] ?? (e as Error).message}`);
  }
  const raws = xml.entries.map(rawEntryFacts);
  const base = resolveBase(opts.url, text(parsed.feed?.xml?.base));
  const feed = parsed.format === 'atom' ? fromAtom(parsed.feed, raws, base, opts) : fromRss(parsed.format as 'rss' | 'rdf', parsed.feed, raws, base, opts);
  feed.problems.unshift(...xml.problems);
  feed.lost += xml.lost;
  return feed;
}

/** What an HTML page says about itself: its title, and the feed it links to if any. */
function htmlHints(doc: string): string {
  const title = doc.match(/<title[^>]*>([^<]{1,120})/i)?.[1].trim();
  const link = doc.match(/<link[^>]+type=["']application\/(?:rss|atom|feed)\+(?:xml|json)["'][^>]*>/i)?.[0].match(/href=["']([^"']+)/i)?.[1];
  return `${title ? ` ("${decodeXML(title)}")` : ''}${link ? `; it links to a feed at ${link.slice(0, 300)}` : ''}`;
}

function resolveBase(parent: string | undefined, base: string | undefined): string | undefined {
  if (!base) return parent;
  try {
    return new URL(base, parent).toString();
  } catch {
    return parent;
  }
}

function resolve(url: string | undefined, base: string | undefined): string | undefined {
  if (!url || !base) return url;
  try {
    return new URL(url, base).toString();
  } catch {
    return url;
  }
}

const newFeed = (format: ParsedFeed['format']): ParsedFeed => ({ format, entries: [], problems: [], lost: 0, skipped: [], reusesGuids: false });

/** Minutes of RSS <ttl> as seconds, when it is a number the database can hold. */
function ttlSeconds(v: any, problems: string[]): number | undefined {
  const ttl = Number(text(v));
  if (!Number.isFinite(ttl) || ttl <= 0) return undefined;
  if (ttl * 60 > 2 ** 31 - 1) {
    problems.push(`its ttl of ${text(v)} minutes is out of range and ignored`);
    return undefined;
  }
  return Math.round(ttl * 60);
}

function fromRss(format: 'rss' | 'rdf', feed: any, raws: RawEntry[], feedBase: string | undefined, opts: ParseOptions): ParsedFeed {
  const items: any[] = feed.items ?? [];
  const aligned = items.length === raws.length; // raw facts match entries only when both saw the same entries
  const out = newFeed(format);
  // known before the entries are read: their zoneless dates are read in its zone
  out.lang = text(feed.language) ?? text(feed.dc?.languages?.[0]) ?? text(feed.dc?.language) ?? text(feed.xml?.lang);
  out.entries = items.map((it, i): FeedEntry => {
    const raw = aligned ? raws[i] : {};
    const base = resolveBase(feedBase, raw.base);
    const lang = text(it.dc?.languages?.[0]) ?? text(it.dc?.language) ?? text(it.xml?.lang);
    const atomLink = text((it.atom?.links ?? []).find((l: any) => !l.rel || l.rel === 'alternate')?.href);
    const link = raw.origLink ?? text(it.link) ?? atomLink ?? text(it.rdf?.about) ?? (it.guid?.isPermaLink !== false ? text(it.guid) : undefined);
    return {
      guid: text(it.guid) ?? '',
      url: resolve(link, base),
      title: text(it.title) ?? text(it.atom?.title) ?? text(it.media?.title) ?? '',
      summary: text(it.description) ?? text(it.atom?.summary) ?? text(it.itunes?.summary) ?? text(it.media?.description) ??
        text(it.media?.groups?.[0]?.description) ?? text(it.dc?.descriptions?.[0]) ?? text(it.dc?.description) ?? text(it.itunes?.subtitle),
      content: text(it.content?.encoded) ?? text(it.atom?.content),
      author: personName(it.dc?.creators?.[0]) ?? personName(it.dc?.creator) ?? personName(it.authors?.[0]) ??
        personName(it.atom?.authors?.[0]) ?? personName(it.itunes?.author),
      lang,
      ...date(dateContext(opts, out.lang, lang), it.pubDate, it.atom?.published, it.dc?.dates?.[0], it.dc?.date, it.dcterms?.issued, it.dcterms?.created, it.atom?.updated),
    };
  });
  out.title = text(feed.title);
  out.siteUrl = resolve(text(feed.link), feedBase);
  out.ttlSeconds = ttlSeconds(feed.ttl, out.problems);
  return out;
}

function fromAtom(feed: any, raws: RawEntry[], feedBase: string | undefined, opts: ParseOptions): ParsedFeed {
  const pickLink = (links: any[] | undefined) =>
    text((links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href) ?? text(links?.[0]?.href);
  const aligned = (feed.entries ?? []).length === raws.length;
  const feedAuthor = personName(feed.authors?.[0]);
  const out = newFeed('atom');
  out.lang = text(feed.lang) ?? text(feed.xml?.lang);
  out.entries = (feed.entries ?? []).map((e: any, i: number): FeedEntry => {
    const raw = aligned ? raws[i] : {};
    const base = resolveBase(feedBase, raw.base);
    const lang = text(e.xml?.lang); // xml:lang on the entry: its own language, else it inherits the feed's
    return {
      guid: text(e.id) ?? '',
      url: resolve(raw.origLink ?? pickLink(e.links), base),
      title: text(e.title) ?? '',
      summary: atomText(e.summary, raw.summaryBase64),
      content: atomText(e.content, raw.contentBase64),
      // RFC 4287: an entry without an author has the feed's
      author: personName(e.authors?.[0]) ?? personName(e.source?.authors?.[0]) ?? feedAuthor,
      ...(lang ? { lang } : {}),
      ...date(dateContext(opts, out.lang, lang), e.published, e.updated),
    };
  });
  out.title = text(feed.title);
  out.siteUrl = resolve(pickLink(feed.links), feedBase);
  return out;
}

/**
 * Atom text constructs: content whose type is a media type that is not text
 * or XML is base64 (RFC 4287 §4.1.3.3), as is Atom 0.3's mode="base64".
 * Decoded text is kept; binary content (an image: not UTF-8, or control bytes) is left out.
 */
function atomText(v: any, base64Mode: boolean | undefined): string | undefined {
  const value = text(v);
  if (!value) return undefined;
  const type = typeof v === 'object' ? String(v.type ?? '').toLowerCase() : '';
  const base64 = base64Mode || (type.includes('/') && !/^text\/|[+/]xml$/.test(type));
  if (!base64) return value;
  const bytes = Buffer.from(value.replace(/\s+/g, ''), 'base64');
  const decoded = isUtf8(bytes) ? bytes.toString('utf8') : '';
  return decoded && !/[\u0000-\u0008\u000e-\u001f]/.test(decoded) ? storableText(decoded) : undefined;
}

function fromJson(feed: any, opts: ParseOptions): ParsedFeed {
  const out = newFeed('json');
  out.lang = text(feed.language);
  out.entries = (Array.isArray(feed.items) ? feed.items : []).filter((it: any) => it && typeof it === 'object').map((it: any): FeedEntry => ({
    guid: text(it.id) ?? '',
    url: text(it.url) ?? text(it.external_url),
    title: text(it.title) ?? '',
    summary: text(it.summary),
    content: text(it.content_html) ?? text(it.content_text),
    author: personName(it.authors?.[0]) ?? personName(it.author) ?? personName(feed.authors?.[0]) ?? personName(feed.author),
    lang: text(it.language),
    ...date(dateContext(opts, out.lang, text(it.language)), it.date_published, it.date_modified),
  }));
  out.title = text(feed.title);
  out.siteUrl = text(feed.home_page_url);
  return out;
}
