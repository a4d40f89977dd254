// Full text of an article page, by Readability (Firefox Reader View's
// algorithm) over a linkedom document: no browser, no native code.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToParagraphs, normalizeSpace } from './html-text.ts';

export interface ExtractedPage {
  title?: string;
  paragraphs: string[];
  byline?: string;
  lang?: string;
  publishedAt?: Date;
  canonicalUrl?: string;
}

export function extractArticle(html: string, pageUrl: string): ExtractedPage | undefined {
  const { document } = parseHTML(html);
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const published =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  // Readability resolves relative links against the document's URL.
  (document as any).documentURI ??= pageUrl;
  const article = new Readability(document as any, { charThreshold: 200 }).parse();
  if (!article?.content) return undefined;
  const paragraphs = htmlToParagraphs(article.content).filter((p) => p.length > 1);
  if (!paragraphs.length) return undefined;
  const t = published ? Date.parse(published) : NaN;
  return {
    title: article.title ? normalizeSpace(article.title) : undefined,
    paragraphs,
    byline: article.byline ? normalizeSpace(article.byline) : undefined,
    lang: lang || article.lang || undefined,
    publishedAt: Number.isFinite(t) ? new Date(t) : undefined,
    canonicalUrl: canonical,
  };
}
