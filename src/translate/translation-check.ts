// A translation checked like an article: each segment must carry over what its
// original says and add nothing. Compared across languages without a model:
// - numbers and dates, normalized across scripts (1,200 / 1천200 / 1200人;
//   11월 18일 / Nov 18 / 11月18日) and weekdays: the same on both sides;
// - names: every name of the original (src/text/names.ts) must be in the
//   translation as written, in its glossary spelling, or as a spelling that
//   sounds alike (src/text/romanize.ts: 일사 베르노 for Ilsa Verno);
// - quotations: as many as the original has;
// - negation (src/text/polarity.ts): as many sentences negative in meaning
//   (a "not", or a verb such as rejected / 見送る / 어렵다 that says it);
// - sentences: no more than the original has (nothing added).
import { extractTerms } from '../text/terms.ts';
import { detectNames, namesIn, personTitles, type NameType } from '../text/names.ts';
import { negativeInMeaning } from '../text/polarity.ts';
import { nameKeys, soundsAlike, withoutSyllableFinalR } from '../text/romanize.ts';
import { sentences } from '../text/sentences.ts';
import { isPlainEnglishWord } from '../text/names-en.ts';
import { readingOf } from '../text/japanese.ts';
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

const bigUnits: Record<string, number> = { 조: 1e12, 兆: 1e12, 억: 1e8, 億: 1e8, 만: 1e4, 万: 1e4 };
const smallUnits: Record<string, number> = { 천: 1e3, 千: 1e3, 백: 100, 百: 100 };
const unit = '[천千백百조兆억億만万]';
const digits = '\\d[\\d,]*(?:\\.\\d+)?';
// a number then units, and what continues the amount: a number with its unit ("4억 1천만"), a unit, or digits written on ("1만2천400")
// (a remainder after a space too: 1만 8000명, 3万 1842人, but not a year or a day: 5만 2024년)
const cjkNumber = new RegExp(`${digits}\\s*${unit}(?:\\s*${digits}\\s*${unit}|${unit}|${digits}|\\s(?:\\d{1,3},\\d{3}|\\d{1,4})(?![\\d,.]|\\s*[년월일年月日]))*`, 'g');

/** 4억 1천만 → 410000000, 1万2000 → 12000: a number written in groups of ten thousand, as digits. */
export function plainCjkNumbers(text: string): string {
  return text.replace(cjkNumber, (whole) => {
    let value = 0, chunk = 0;
    let pending: number | null = null;
    for (const [token] of whole.matchAll(/\d[\d,]*(?:\.\d+)?|\S/g)) {
      if (/^\d/.test(token)) {
        if (pending !== null) chunk += pending;
        pending = Number(token.replace(/,/g, ''));
      } else if (token in smallUnits) {
        chunk += (pending ?? 1) * smallUnits[token];
        pending = null;
      } else if (token in bigUnits) {
        value += (chunk + (pending ?? 0) || 1) * bigUnits[token];
        chunk = 0;
        pending = null;
      }
    }
    return String(Math.round((value + chunk + (pending ?? 0)) * 100) / 100);
  });
}

const monthWords = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const monthNames = monthWords.split('|').slice(0, 12);
/** Months named without a day: "in December", 12월에, 12月に. */
function monthsAlone(text: string): { months: number[]; rest: string } {
  const months = new Set<number>();
  const rest = text
    .replace(/(\d{1,2})\s*(?:월|月)(?!\s*\d{1,2}\s*(?:일|日))/g, (_, m) => (months.add(Number(m)), ' '))
    .replace(new RegExp(`\\b(${monthWords})\\b\\.?(?!\\s+\\d{1,2}\\b)`, 'g'), (w, m: string) => {
      const prefix = m.slice(0, 3).toLowerCase();
      const n = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(prefix) + 1;
      // "18 November" is a date's month, not a month alone
      if (new RegExp(`\\d{1,2}\\s+${m}`).test(text)) return w;
      months.add(n);
      return ' ';
    });
  return { months: [...months], rest };
}

/** Numbers with a decimal point, which the term reader skips below 10 (2.4 km is a figure, not a count). */
const decimals = (text: string) =>
  [...text.matchAll(/(?<![\d.])(\d+\.\d+)(?![\d.]|\s*(?:thousand|million|billion|trillion)\b)/gi)].map((m) => String(Math.round(Number(m[1]) * 100) / 100));

export function figures(text: string, lang: string): { numbers: string[]; dates: string[]; days: number[]; months: number[] } {
  const all = plainCjkNumbers(text.normalize('NFKC'));
  const terms = extractTerms(all, lang);
  const { months, rest: n } = monthsAlone(all);
  // the day of "Nov 18" / "18 November" is a date's, not a number
  const withoutDates = n.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi, ' ');
  return {
    numbers: [...new Set([...extractTerms(withoutDates, lang).filter((t) => t.kind === 'number').map((t) => t.term.slice(2)), ...decimals(withoutDates)])],
    dates: [...new Set(terms.filter((t) => t.kind === 'date').map((t) => t.term.slice(2)))],
    days: weekdays.filter(([re]) => new RegExp(re.source, 'i').test(n)).map(([, d]) => d),
    months,
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

function nameCarried(name: string, type: NameType, translation: string, to: string, pairs: GlossaryPair[], candidates: () => string[]): boolean {
  const low = translation.normalize('NFKC').toLowerCase();
  if (low.includes(name.normalize('NFKC').toLowerCase())) return true;
  if (pairs.some((p) => p.source === name && low.includes(p.target.toLowerCase()))) return true;
  const isOrg = type === 'org';
  // a Japanese name in kanji is written in Korean and English by its reading (鳴海 ナルミ 나루미)
  const sounds = (part: string) => (/\p{sc=Han}/u.test(part) ? [part, readingOf(part)] : [part]);
  const alike = (part: string) => sounds(part).some((p) => candidates().some((c) => soundsAlike(p, c) || soundsAlike(p, bare(c)) || sameConsonants(p, bare(c))));
  if (alike(name) || alike(bare(name))) return true;
  // a name of several words is carried when each of its words is (family name first or last),
  // a title before it aside ("Detective Oren Malik": 오렌 말리크 형사)
  const words = name.split(/[\s・]+/).filter((p) => p.length >= 2 && !titles.has(p));
  // the words of a name that are plain English words, not first or last names (Salt Orchard, Transit Workers Guild), are translated, not spelled
  const parts = words.filter((p) => !genericWords.has(p.toLowerCase()) && !(/^[A-Za-z]/.test(p) && isPlainEnglishWord(p)));
  // a name made only of words that are translated ("City Council") has no spelling to carry
  if (!parts.length || (isOrg && publicBody(name))) return true;
  if (parts.length === 1 && words.length > 1) return alike(parts[0]);
  const named = parts.length > 2 ? parts.slice(1) : parts;
  return parts.length > 1 && (parts.every(alike) || named.every(alike));
}

/**
 * The same consonants, two at least, whatever the vowels: a translator writes
 * Quell as 퀠 (kwel), which soundsAlike's vowel rule for short names refuses.
 * Loose on purpose: the check looks for a name dropped or replaced, not respelled.
 */
function sameConsonants(a: string, b: string): boolean {
  const kb = nameKeys(b);
  const ka = [a, withoutSyllableFinalR(a)].flatMap(nameKeys);
  return ka.some((k) => k.consonants.length >= 2 && kb.some((x) => x.consonants === k.consonants));
}

const titles = new Set<string>(personTitles.en);
/** Words of a name that a translation translates rather than spells: Quell Island is 퀠 섬. */
const genericWords = new Set(('island islands river bay lake mountain mount port street road bridge city county province state party university ' +
  'council ministry company group bank hospital school park station airport harbor harbour north south east west new national court ' +
  'airlines airline airways railway railways agency authority department office').split(' '));
/**
 * A public body named by what it does, in one word (항만청 port authority,
 * 외교부, 気象庁, 国土交通省): translated, not spelled, so there is no
 * spelling to carry (Korean 기상청 reads 気象庁's characters, not its sounds).
 */
const publicBody = (name: string) => /^[\p{sc=Hangul}\p{sc=Han}]{1,6}(?:청|처|부|위원회|庁|省|局|委員会)$/u.test(name);
/** A name without the honorific or the kind of place written onto it: 오렌 씨, ハルネ市, 하루네시 → the name to sound out. */
const bare = (s: string) => s.replace(/(?:씨|さん|氏|様)$/, '').replace(/(?<=\p{L}{2})(?:市|県|町|村|区|州|시|군|구|주)$/u, '');

const negatedSentences = (text: string, lang: string) => sentences(text, lang).filter((s) => negativeInMeaning(s, lang)).length;
// 『』 marks a title in Japanese and Korean (a book, a film), which a translator may add or drop: not a quotation
const quotations = (text: string) => quoteSpans(text).filter(([a]) => text[a] !== '『').length;

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
  for (const m of a.months.filter((x) => !b.months.includes(x))) out.push({ kind: 'date', where, claim: monthNames[m - 1], message: `the original's month ${monthNames[m - 1]} is not in the translation` });
  for (const m of b.months.filter((x) => !a.months.includes(x))) out.push({ kind: 'date', where, claim: monthNames[m - 1], message: `the month ${monthNames[m - 1]} is not in the original` });
  let cands: string[] | undefined;
  const candidates = () => (cands ??= spellings(translation, to));
  for (const { name, type } of detectNames(original, from)) {
    if (!nameCarried(name, type, translation, to, pairs, candidates)) out.push({ kind: 'name', where, claim: name, message: `the name "${name}" of the original is missing or misspelled in the translation` });
  }
  const qa = quotations(original), qb = quotations(translation);
  if (qa !== qb) out.push({ kind: 'quote', where, claim: '', message: `the original has ${qa} quotation(s), the translation ${qb}` });
  const na = negatedSentences(original, from), nb = negatedSentences(translation, to);
  if (na !== nb) out.push({ kind: 'negation', where, claim: '', message: `the original has ${na} negated sentence(s), the translation ${nb}: a "not" was dropped or added` });
  const sa = sentences(original, from).length, sb = sentences(translation, to).length;
  if (sb > sa) out.push({ kind: 'added-sentence', where, claim: '', message: `the translation has ${sb} sentences for the original's ${sa}` });
  return out;
}

/** The languages src/text reads numbers, dates, names and negation of: a translation from or into another is not checked. */
const readable = new Set(['ko', 'en', 'ja']);
export const canCheckTranslation = (from: string, to: string) => readable.has(from.toLowerCase().slice(0, 2)) && readable.has(to.toLowerCase().slice(0, 2));

/** Every segment of a translation against its original (same order, same length); none when the check cannot read one of the languages. */
export function checkTranslation(originals: string[], translations: string[], labels: string[], from: string, to: string, pairs: GlossaryPair[] = []): TranslationFinding[] {
  if (!canCheckTranslation(from, to)) return [];
  return originals.flatMap((o, i) => checkSegment(o, translations[i] ?? '', from, to, labels[i] ?? `segment ${i + 1}`, pairs));
}

export function describeFindings(findings: TranslationFinding[]): string {
  return findings.map((f) => `${f.where}: ${f.message}`).join('; ');
}
