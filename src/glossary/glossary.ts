// The glossary: one spelling per name per language across all articles. It
// learns the first spelling the sources use, treats a spelling one letter (or
// one syllable) away as a variant of it (고이즈미 / 코이즈미, Korvath /
// Korvat), lets editors set or remove entries, and is applied by both
// writers and checked by the grounding check.
import type { Queryable } from '../db/db.ts';

export interface GlossaryEntry {
  entity_key: string;
  lang: string;
  spelling: string;
  origin: 'learned' | 'editor';
}

/** Titles written after a person's name in Korean and Japanese: what comes before one is a name. */
export const personTitles = {
  ko: ['장관', '대통령', '총리', '시장', '대표', '의원', '위원장', '감독', '사장', '회장', '지사', '교수', '대변인', '청장', '총재', '선수', '작가', '씨'],
  ja: ['大臣', '大統領', '首相', '市長', '社長', '会長', '知事', '議員', '監督', '委員長', '教授', '総裁', '選手', '氏', 'さん'],
} as const;
const koTitles = personTitles.ko.join('|');
const jaTitles = personTitles.ja.join('|');

const enTitles = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'Mayor', 'President', 'Prime', 'Minister', 'Governor', 'Chief', 'Executive', 'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And']);

/** Names in a text as written: capitalized words (English), katakana runs (Japanese), names before a title (Korean, Japanese). */
export function namesIn(text: string, lang: string): string[] {
  const out = new Set<string>();
  if (lang === 'en') {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const trimmed = sentence.trimStart();
      for (const m of trimmed.matchAll(/\b[A-Z][a-zA-Z-]+/g)) {
        // the first word of a sentence is capitalized anyway: it tells nothing
        if (m.index !== 0 && !enTitles.has(m[0])) out.add(m[0]);
      }
    }
  } else if (lang === 'ko') {
    for (const m of text.matchAll(new RegExp(`([가-힣]{2,5})\\s?(?:${koTitles})`, 'g'))) out.add(m[1]);
  } else if (lang === 'ja') {
    for (const m of text.matchAll(/[\u30a0-\u30ff]{3,}(?:・[\u30a0-\u30ff]{2,})*/g)) out.add(m[0]);
    for (const m of text.matchAll(new RegExp(`([\\u4e00-\\u9fff]{2,4})(?:${jaTitles})`, 'g'))) out.add(m[1]);
  }
  return [...out].filter((n) => n.length >= 2);
}

function distance(a: string, b: string): number {
  const x = [...a], y = [...b];
  if (Math.abs(x.length - y.length) > 1) return 2;
  const prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (x[i - 1] === y[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[y.length];
}

/**
 * Is `name` a variant spelling of `spelling`: one letter (or syllable)
 * changed, added or dropped inside the name? A change at either end is
 * another word more often than a misspelling (Veloria / Velorian), and short
 * names differ too often to be judged.
 */
export function isVariant(name: string, spelling: string, lang: string): boolean {
  if (name === spelling) return false;
  const a = [...name.toLowerCase()], b = [...spelling.toLowerCase()];
  const min = lang === 'en' ? 6 : 4;
  if (a.length < min || b.length < min) return false;
  if (a.length !== b.length && (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1])) return false;
  return distance(a.join(''), b.join('')) === 1;
}

export const entityKey = (spelling: string) => spelling.normalize('NFKC').toLowerCase().trim();

export async function glossaryFor(q: Queryable, lang: string): Promise<GlossaryEntry[]> {
  return q.query<GlossaryEntry>('SELECT entity_key, lang, spelling, origin FROM glossary WHERE lang = $1 ORDER BY entity_key', [lang]);
}

/** The glossary spelling `name` should be written as, if it is a variant of one. */
export function preferredSpelling(name: string, entries: GlossaryEntry[], lang: string): string | undefined {
  if (entries.some((e) => e.spelling === name)) return undefined;
  return entries.find((e) => isVariant(name, e.spelling, lang))?.spelling;
}

/** Learn the names the sources use that the glossary does not know yet, variants aside; returns the glossary. */
export async function learnNames(q: Queryable, texts: string[], lang: string): Promise<GlossaryEntry[]> {
  const entries = await glossaryFor(q, lang);
  for (const name of new Set(texts.flatMap((t) => namesIn(t, lang)))) {
    if (entries.some((e) => e.spelling === name || isVariant(name, e.spelling, lang))) continue;
    const inserted = await q.query(
      `INSERT INTO glossary (entity_key, lang, spelling, origin) VALUES ($1, $2, $3, 'learned') ON CONFLICT DO NOTHING RETURNING entity_key`,
      [entityKey(name), lang, name],
    );
    if (inserted.length) entries.push({ entity_key: entityKey(name), lang, spelling: name, origin: 'learned' });
  }
  // in key order, as glossaryFor gives it: the same glossary always reads the same
  return entries.sort((a, b) => (a.entity_key < b.entity_key ? -1 : a.entity_key > b.entity_key ? 1 : 0));
}

/** Rewrite every variant spelling in `text` to the glossary's. */
export function applyGlossary(text: string, entries: GlossaryEntry[], lang: string): string {
  let out = text;
  for (const name of namesIn(text, lang)) {
    const preferred = preferredSpelling(name, entries, lang);
    // (a spelling that contains the variant would be rewritten twice)
    if (preferred && !preferred.includes(name)) out = out.split(name).join(preferred);
  }
  return out;
}

export async function setSpelling(q: Queryable, key: string, lang: string, spelling: string) {
  await q.query(
    `INSERT INTO glossary (entity_key, lang, spelling, origin) VALUES ($1, $2, $3, 'editor')
     ON CONFLICT (entity_key, lang) DO UPDATE SET spelling = excluded.spelling, origin = 'editor', updated_at = now()`,
    [entityKey(key), lang, spelling],
  );
}

export async function removeEntry(q: Queryable, key: string, lang: string): Promise<boolean> {
  return (await q.query('DELETE FROM glossary WHERE entity_key = $1 AND lang = $2 RETURNING entity_key', [entityKey(key), lang])).length > 0;
}
