// Small builders for feed documents and article pages used by tests and benchmarks.

export interface TestItem {
  guid: string;
  title: string;
  link: string;
  description?: string;
  /** full HTML body; omitted → only the description is in the feed */
  content?: string;
  pubDate?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(items: TestItem[], opts: { title?: string; lang?: string; ttl?: number } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${esc(opts.title ?? 'Test feed')}</title><link>https://feed.example/</link>
${opts.lang ? `<language>${opts.lang}</language>` : ''}${opts.ttl ? `<ttl>${opts.ttl}</ttl>` : ''}
${items
  .map(
    (it) => `<item><title>${esc(it.title)}</title><link>${esc(it.link)}</link><guid isPermaLink="false">${esc(it.guid)}</guid>
<pubDate>${it.pubDate ?? 'Mon, 23 Nov 2026 10:00:00 +0900'}</pubDate>${it.description ? `<description>${esc(it.description)}</description>` : ''}
${it.content ? `<content:encoded><![CDATA[${it.content}]]></content:encoded>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** A body of `n` paragraphs about `topic`, long enough to count as a full article. */
export function articleHtml(topic: string, n = 6): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `<p>${topic}: in paragraph ${i + 1} officials said the plan for ${topic.toLowerCase()} would be reviewed by the council next month, after ${i + 3} public hearings across the province drew large crowds.</p>`,
  ).join('');
}

export function articlePage(title: string, bodyHtml: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>${esc(title)}</h1>${bodyHtml}</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Something else</a></li></ul></aside><footer>© Test outlet</footer></body></html>`;
}
