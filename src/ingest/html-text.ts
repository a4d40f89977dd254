// HTML → plain paragraphs. Reports are stored as text (paragraphs separated
// by blank lines), so no markup from a source ever reaches a page.
import { Parser } from 'htmlparser2';

const blockTags = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr',
  'section', 'article', 'header', 'footer', 'pre', 'table', 'dd', 'dt', 'hr',
]);
const skippedTags = new Set(['script', 'style', 'noscript', 'iframe', 'template', 'svg', 'math', 'head', 'title', 'button', 'form', 'select']);

export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Paragraphs of visible text in `html`, in order. */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let skipDepth = 0;
  const flush = () => {
    const p = normalizeSpace(current);
    if (p) paragraphs.push(p);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (skippedTags.has(name)) skipDepth++;
        else if (blockTags.has(name)) flush();
      },
      onclosetag(name) {
        if (skippedTags.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (blockTags.has(name)) flush();
      },
      ontext(text) {
        if (!skipDepth) current += text;
      },
    },
    // Feeds write <iframe/> and <script/> as XML: honouring the slash keeps the text after them.
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs;
}

export function htmlToText(html: string): string {
  return htmlToParagraphs(html).join('\n\n');
}

/** Text that may or may not be HTML (feed titles, summaries). */
export function plainText(s: string | undefined | null): string {
  if (!s) return '';
  return /<[a-z!/]|&[#a-z0-9]+;/i.test(s) ? normalizeSpace(htmlToParagraphs(s).join(' ')) : normalizeSpace(s);
}
