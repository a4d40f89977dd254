// Full text of an article page, by Readability (Firefox Reader View's
// algorithm) over a linkedom document: no browser, no native code.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseFeedDate } from '../text/feed-dates.ts';
import { htmlToParagraphs, normalizeSpace } from './html-text.ts';

export interface ExtractedPage {
  title?: string;
  paragraphs: string[];
  byline?: string;
  lang?: string;
  publishedAt?: Date;
  canonicalUrl?: string;
}

export interface ExtractOptions {
  /** the fetch time: a published time later than it (beyond a small skew) is clamped to it */
  now?: Date;
}

// Readability's own default. A lower threshold (this used 200) accepts the first
// candidate of 200–500 characters, a teaser box or a comment, without trying
// the looser passes that find the article itself; short articles still come
// out at 500, from the longest of those passes.
const charThreshold = 500;
// Only when the default finds nothing at all.
const fallbackCharThreshold = 200;

export function extractArticle(html: string, pageUrl: string, opts: ExtractOptions = {}): ExtractedPage | undefined {
  const { document } = parseHTML(html);
  const lang = document.documentElement?.getAttribute('lang') || undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  // Read before Readability runs: it removes scripts (JSON-LD) and much of the page.
  const dateCandidates = publishedCandidates(document);
  let found = readArticle(document, pageUrl, charThreshold);
  if (!found) found = readArticle(parseHTML(html).document, pageUrl, fallbackCharThreshold);
  if (!found) return undefined;
  const { article, paragraphs } = found;
  const pageLang = lang || article.lang || undefined;
  return {
    title: article.title ? normalizeSpace(article.title) : undefined,
    paragraphs,
    byline: article.byline ? normalizeSpace(article.byline) : undefined,
    lang: pageLang,
    publishedAt: firstDate([article.publishedTime, ...dateCandidates], pageLang, opts.now),
    canonicalUrl: canonical,
  };
}

function readArticle(document: any, pageUrl: string, threshold: number) {
  // Readability resolves relative links against the document's URL.
  (document as any).documentURI ??= pageUrl;
  const article = new Readability(document, { charThreshold: threshold }).parse();
  if (!article?.content) return undefined;
  const paragraphs = htmlToParagraphs(article.content).filter((p) => p.length > 1);
  return paragraphs.length ? { article, paragraphs } : undefined;
}

function firstDate(candidates: Array<string | null | undefined>, lang: string | undefined, now: Date | undefined): Date | undefined {
  for (const c of candidates) {
    if (!c) continue;
    const d = parseFeedDate(c, { lang, now }).date;
    if (d) return d;
  }
  return undefined;
}

const metaSelectors = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

/** The page's own statements of when it was published, most specific first. */
function publishedCandidates(document: any): string[] {
  const out: string[] = [];
  const attr = (sel: string, name: string) => {
    for (const el of document.querySelectorAll(sel)) {
      const v = el.getAttribute(name);
      if (v && v.trim()) out.push(v.trim());
    }
  };
  for (const sel of metaSelectors) attr(sel, 'content');
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) out.push(...jsonLdDates(el.textContent ?? ''));
  attr('[itemprop="datePublished"][datetime]', 'datetime');
  attr('time[pubdate][datetime]', 'datetime');
  // a <time> inside the article before any elsewhere (a sidebar's times are other stories')
  attr('article time[datetime]', 'datetime');
  attr('time[datetime]', 'datetime');
  return out.slice(0, 50);
}

/** datePublished of the JSON-LD objects (also in arrays and @graph), articles first. */
function jsonLdDates(json: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(json.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''));
  } catch {
    return [];
  }
  const articles: string[] = [];
  const others: string[] = [];
  const visit = (v: any, depth: number) => {
    if (!v || typeof v !== 'object' || depth > 4) return;
    if (Array.isArray(v)) return v.slice(0, 50).forEach((x) => visit(x, depth + 1));
    if (typeof v.datePublished === 'string') {
      const type = [v['@type']].flat().join(' ');
      (/Article|Posting|Report|Blog/i.test(type) ? articles : others).push(v.datePublished);
    }
    if (v['@graph']) visit(v['@graph'], depth + 1);
    if (v.mainEntity) visit(v.mainEntity, depth + 1);
  };
  visit(data, 0);
  return [...articles, ...others];
}
