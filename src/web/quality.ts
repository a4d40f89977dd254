// The editions quality check: what a reader of a page would see in a
// language other than the one the page declares for it. Each text's language
// is the nearest `lang` attribute around it (an untranslated original is
// marked with its own, so it is declared, not wrong); alt text counts too.
// The document head is not checked: a <title> cannot carry its own language.
import { parseDocument } from 'htmlparser2';
import { detectLanguage, primaryLanguage } from '../text/language.ts';

export interface LanguageFinding {
  /** 'text' or 'alt' */
  kind: 'text' | 'alt';
  declared: string;
  detected: string;
  text: string;
}

export interface PageLanguages {
  findings: LanguageFinding[];
  /** texts (of 12 letters or more) checked, by declared language */
  checked: Record<string, number>;
}

type Node = { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: Node[] };

const skipped = new Set(['script', 'style', 'head', 'template', 'noscript']);

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

export function checkPageLanguages(html: string): PageLanguages {
  const doc = parseDocument(html) as unknown as Node;
  const out: PageLanguages = { findings: [], checked: {} };
  const check = (kind: 'text' | 'alt', text: string, declared: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    // too short to tell a language by; this also passes the whitespace between tags outside <html>
    if (letters(clean) < 12) return;
    if (!declared) {
      out.findings.push({ kind, declared: '(none)', detected: detectLanguage(clean).lang ?? '?', text: clean.slice(0, 200) });
      return;
    }
    out.checked[declared] = (out.checked[declared] ?? 0) + 1;
    const detected = detectLanguage(clean, declared).lang;
    if (detected && detected !== declared) out.findings.push({ kind, declared, detected, text: clean.slice(0, 200) });
  };
  const walk = (node: Node, lang: string) => {
    if (node.type === 'text') return check('text', node.data ?? '', lang);
    if (node.name && skipped.has(node.name)) return;
    const here = primaryLanguage(node.attribs?.lang) ?? lang;
    if (node.name === 'img' && node.attribs?.alt) check('alt', node.attribs.alt, here);
    for (const child of node.children ?? []) walk(child, here);
  };
  walk(doc, '');
  return out;
}
