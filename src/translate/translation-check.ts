// A translation checked like an article: each segment must carry over what its
// original says and add nothing. Compared across languages without a model:
// - numbers and dates, normalized across scripts (1,200 / 1천200 / 1200人;
//   11월 18일 / Nov 18 / 11月18日) and weekdays: the same on both sides;
// - names: every name of the original (src/text/names.ts) must be in the
//   translation as written, in its glossary spelling, or as a spelling that
//   sounds alike (src/text/romanize.ts: 일사 베르노 for Ilsa Verno);
// - quotations: as many as the original has;
// - negation (src/text/polarity.ts): as many negated sentences;
// - sentences: no more than the original has (nothing added).
import { extractTerms } from '../text/terms.ts';
import { namesIn } from '../text/names.ts';
import { polarityOf } from '../text/polarity.ts';
import { soundsAlike } from '../text/romanize.ts';
import { sentences } from '../text/sentences.ts';
import { quoteSpans } from '../text/dates.ts';
import type { GlossaryPair } from './glossary-terms.ts';

export type TranslationFindingKind = 'number' | 'date' | 'name' | 'quote' | 'negation' | 'added-sentence';

export interface TranslationFinding {
  kind: TranslationFindingKind;
  /** the segment: headline, lead, paragraph N, summary, image alt text */
  where: string;
  claim: string;
  message: string;
}

const weekdays: Array<[RegExp, number]> = [
  [/\bmonday\b|월요일|月曜/gi, 1], [/\btuesday\b|화요일|火曜/gi, 2], [/\bwednesday\b|수요일|水曜/gi, 3], [/\bthursday\b|목요일|木曜/gi, 4],
  [/\bfriday\b|금요일|金曜/gi, 5], [/\bsaturday\b|토요일|土曜/gi, 6], [/\bsunday\b|일요일|日曜/gi, 0],
];
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function figures(text: string, lang: string): { numbers: string[]; dates: string[]; days: number[] } {
  const terms = extractTerms(text, lang);
  const n = text.normalize('NFKC');
  // the day of "Nov 18" / "18 November" is a date's, not a number
  const withoutDates = n.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi, ' ');
  return {
    numbers: [...new Set(extractTerms(withoutDates, lang).filter((t) => t.kind === 'number').map((t) => t.term.slice(2)))],
    dates: [...new Set(terms.filter((t) => t.kind === 'date').map((t) => t.term.slice(2)))],
    days: weekdays.filter(([re]) => new RegExp(re.source, 'i').test(n)).map(([, d]) => d),
  };
}

/** Words and word pairs of a translation, as candidate spellings of a name. */
function spellings(text: string, lang: string): string[] {
  const words = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text.normalize('NFKC'))].filter((s) => s.isWordLike).map((s) => s.segment);
  const out = new Set<string>(namesIn(text, lang));
  words.forEach((w, i) => {
    out.add(w);
    if (i + 1 < words.length) out.add(`${w} ${words[i + 1]}`);
  });
  return [...out];
}

function nameCarried(name: string, translation: string, to: string, pairs: GlossaryPair[], candidates: () => string[]): boolean {
  const low = translation.normalize('NFKC').toLowerCase();
  if (low.includes(name.normalize('NFKC').toLowerCase())) return true;
  if (pairs.some((p) => p.source === name && low.includes(p.target.toLowerCase()))) return true;
  // a name of several words is carried when each of its words is (family name first or last)
  const parts = name.split(/[\s・]+/).filter((p) => p.length >= 2);
  const alike = (part: string) => candidates().some((c) => soundsAlike(part, c) || soundsAlike(part, c.replace(/(?:씨|さん|氏)$/, '')));
  if (alike(name)) return true;
  return parts.length > 1 && parts.every(alike);
}

const negatedSentences = (text: string, lang: string) => sentences(text, lang).filter((s) => polarityOf(s, lang).negated).length;
const quotations = (text: string) => quoteSpans(text).length;

/** What one translated segment lacks or adds against its original. */
export function checkSegment(original: string, translation: string, from: string, to: string, where: string, pairs: GlossaryPair[] = []): TranslationFinding[] {
  const out: TranslationFinding[] = [];
  const a = figures(original, from);
  const b = figures(translation, to);
  for (const n of a.numbers.filter((x) => !b.numbers.includes(x))) out.push({ kind: 'number', where, claim: n, message: `the number ${n} of the original is not in the translation` });
  for (const n of b.numbers.filter((x) => !a.numbers.includes(x))) out.push({ kind: 'number', where, claim: n, message: `the number ${n} is not in the original` });
  for (const d of a.dates.filter((x) => !b.dates.includes(x))) out.push({ kind: 'date', where, claim: d, message: `the date ${d} (month-day) of the original is not in the translation` });
  for (const d of b.dates.filter((x) => !a.dates.includes(x))) out.push({ kind: 'date', where, claim: d, message: `the date ${d} (month-day) is not in the original` });
  for (const d of a.days.filter((x) => !b.days.includes(x))) out.push({ kind: 'date', where, claim: weekdayNames[d], message: `the original's ${weekdayNames[d]} is not in the translation` });
  for (const d of b.days.filter((x) => !a.days.includes(x))) out.push({ kind: 'date', where, claim: weekdayNames[d], message: `${weekdayNames[d]} is not in the original` });
  let cands: string[] | undefined;
  const candidates = () => (cands ??= spellings(translation, to));
  for (const name of namesIn(original, from)) {
    if (!nameCarried(name, translation, to, pairs, candidates)) out.push({ kind: 'name', where, claim: name, message: `the name "${name}" of the original is missing or misspelled in the translation` });
  }
  const qa = quotations(original), qb = quotations(translation);
  if (qa !== qb) out.push({ kind: 'quote', where, claim: '', message: `the original has ${qa} quotation(s), the translation ${qb}` });
  const na = negatedSentences(original, from), nb = negatedSentences(translation, to);
  if (na !== nb) out.push({ kind: 'negation', where, claim: '', message: `the original has ${na} negated sentence(s), the translation ${nb}: a "not" was dropped or added` });
  const sa = sentences(original, from).length, sb = sentences(translation, to).length;
  if (sb > sa) out.push({ kind: 'added-sentence', where, claim: '', message: `the translation has ${sb} sentences for the original's ${sa}` });
  return out;
}

/** Every segment of a translation against its original (same order, same length). */
export function checkTranslation(originals: string[], translations: string[], labels: string[], from: string, to: string, pairs: GlossaryPair[] = []): TranslationFinding[] {
  return originals.flatMap((o, i) => checkSegment(o, translations[i] ?? '', from, to, labels[i] ?? `segment ${i + 1}`, pairs));
}

export function describeFindings(findings: TranslationFinding[]): string {
  return findings.map((f) => `${f.where}: ${f.message}`).join('; ');
}
