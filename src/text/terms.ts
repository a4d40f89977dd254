// Text → weighted terms for clustering, in Korean, Japanese, Chinese and
// Latin-script languages. Words come from Intl.Segmenter (ICU, no dictionary
// to ship); Korean particles and verb endings are stripped so that 일본의,
// 일본은 and 일본과 are one term; Japanese kana-only function words are
// dropped and katakana names kept whole; numbers and dates are normalized
// across scripts ("1,200", "1200", "1만2천" / "11월 18일", "18 November").

import { dateTerms } from './dates.ts';
import { readNumbers } from './figures.ts';

export type TermKind = 'word' | 'entity' | 'number' | 'date';

export interface Term {
  term: string;
  kind: TermKind;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

// Longest first, so 에서는 is stripped whole rather than as 는.
const koSuffixes = [
  '으로부터', '에서부터', '에게서는', '이라면서', '이라고', '에게서', '으로서', '으로써', '에서는', '에서도', '에게는', '에게도',
  '하였다', '했으며', '했지만', '했다고', '한다고', '됐다고', '되었다', '이었다', '이라는', '라는', '라고', '까지', '부터',
  '에서', '에게', '한테', '께서', '보다', '처럼', '만큼', '으로', '이나', '이며', '이고', '과의', '와의', '에는', '에도',
  '했다', '한다', '하며', '하고', '하는', '했던', '하기', '해야', '됐다', '된다', '되는', '됐던', '이다', '였다', '이던',
  '의', '은', '는', '이', '가', '을', '를', '에', '와', '과', '도', '만', '로', '나', '며', '고', '한', '할', '된', '들',
];

/** 일본의 → 일본, 발표했다 → 발표; a stem keeps at least two syllables. */
export function stripKoreanParticle(word: string): string {
  for (const suffix of koSuffixes) {
    if (word.length - suffix.length >= 2 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

const enStop = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'he she they them his her their we our you your i not no so than then there here which who whom whose what when where why how ' +
    'said says say will would could should may might can has have had do does did also after before over under about into ' +
    'more most other some such only own same just very one two three new last first year years week day days time told according ' +
    'mr ms mrs while during against between through up down out off again further once all any both each few many much').split(' '),
);

function englishStem(w: string): string {
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** Numbers with their digits normalized: 1,200 / 1200 / 1만2천 / 1万2000 / 1.2 thousand → n:1200 or n:12000. */
function numberTerms(text: string): string[] {
  // skip the bits of dates and times (11월 18일 handled above) and tiny counts
  return readNumbers(text).filter((n) => n.value >= 10 || n.scaled).map((n) => `n:${Math.round(n.value * 100) / 100}`);
}

const katakanaRun = /[\u30a0-\u30ff\u31f0-\u31ff]{2,}(?:[・=][\u30a0-\u30ff]{2,})*/g;
const kanaOnly = /^[\u3040-\u309f\u30fc]+$/;
const hanOrKana = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * The terms of a text. `lang` picks the segmenter and the normalization;
 * entity-like terms (capitalized words, katakana names) are marked so they
 * can weigh more.
 */
export function extractTerms(text: string, lang: string | null | undefined): Term[] {
  const l = (lang ?? 'en').slice(0, 2);
  const normalized = text.normalize('NFKC');
  const terms: Term[] = [];
  for (const d of dateTerms(normalized)) terms.push({ term: d, kind: 'date' });
  // Dates are counted once, as dates: take them out before numbers are read.
  const withoutDates = normalized.replace(/(\d{1,2})\s*(?:월|月)\s*(\d{1,2})\s*(?:일|日)/g, ' ');
  for (const n of numberTerms(withoutDates)) terms.push({ term: n, kind: 'number' });

  if (l === 'ja' || l === 'zh') {
    for (const m of normalized.matchAll(katakanaRun)) terms.push({ term: m[0], kind: 'entity' });
  }
  let sentenceStart = true;
  for (const seg of segmenter(l).segment(normalized)) {
    const raw = seg.segment;
    if (!seg.isWordLike) {
      if (/[.!?。！？\n]/.test(raw)) sentenceStart = true;
      continue;
    }
    const atStart = sentenceStart;
    sentenceStart = false;
    if (/^\d/.test(raw)) continue; // numbers were read above, with their units
    if (l === 'ko') {
      const stem = stripKoreanParticle(raw);
      if (stem.length >= 2) terms.push({ term: stem, kind: 'word' });
    } else if (l === 'ja' || l === 'zh') {
      if (kanaOnly.test(raw) && !/[\u30a0-\u30ff]{2,}/.test(raw)) continue; // particles, auxiliaries
      if (/^[\u30a0-\u30ff]+$/.test(raw)) continue; // katakana names were taken whole above
      if (!hanOrKana.test(raw)) {
        const w = raw.toLowerCase();
        if (w.length > 1 && !enStop.has(w)) terms.push({ term: englishStem(w), kind: /^[A-Z]/.test(raw) ? 'entity' : 'word' });
        continue;
      }
      terms.push({ term: raw, kind: 'word' });
    } else {
      const w = raw.toLowerCase();
      if (w.length < 2 || enStop.has(w)) continue;
      // A capitalized word inside a sentence is a name.
      terms.push({ term: englishStem(w), kind: /^\p{Lu}/u.test(raw) && !atStart ? 'entity' : 'word' });
    }
  }
  return terms;
}
