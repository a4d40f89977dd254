// A report's language-independent signature: what stays the same when one
// event is written up in Korean, English and Japanese. Names become phonetic
// keys (포트미어, Portmere and ポートミア share one), dates become the calendar
// days they mean (어제, yesterday, 9月10日 → one day), figures are read with
// what they count by src/text/figures.ts (4200000000:money:KRW for 42억 원 and
// ₩4.2 billion).
// The clusterer scores this beside the lexical vector.
import { commonWords } from './common-words.ts';
import { findDates, zoneFor } from './dates.ts';
import { tokenize } from './japanese.ts';
import { plainLatin, romanizations } from './romanize.ts';

const hangul = /^[\uac00-\ud7a3]+$/;
const katakana = /^[\u30a0-\u30ff・=]+$/;
const han = /[\u3400-\u9fff]/;

// Transcription into Korean and Japanese drops what English writes but does
// not sound (the r of Portmere, the w of Whitlow), writes th as s (노스게이트)
// and blurs voicing and l/r:
// the key keeps classes of consonants only, in order.
const classes: Array<[RegExp, string]> = [
  [/ng/g, 'N'], [/tch|ch|dzh|dj|zh|j|z|ts|tz/g, 'J'], [/th|sh|sch|s|x|c(?=[eiy])/g, 'S'], [/kh|gh|ck|q|c|k|g/g, 'K'],
  [/t|d/g, 'T'], [/ph|f|h/g, 'H'], [/p|b|v/g, 'P'], [/l|r/g, 'R'], [/n/g, 'N'], [/m/g, 'M'],
];

/** The consonant-class key of a word in Latin letters ('' when it has none). */
export function latinKey(word: string): string {
  let w = plainLatin(word).replace(/[^a-z]/g, '');
  if (!w) return '';
  w = w.replace(/^wh/, 'h').replace(/^w/, '').replace(/(?<=[^aeiou])e$/, '')
    // an r or h that closes a syllable is not heard in transcription (Portmere, Ahn)
    .replace(/r(?![aeiouy])/g, '').replace(/(?<=[aeiou])h(?![aeiou])/g, '')
    .replace(/(?<=[aeiou])w/g, '').replace(/y/g, '');
  for (const [re, cls] of classes) w = w.replace(re, cls);
  return w.replace(/[^A-Z]/g, '').replace(/(.)\1+/g, '$1');
}

// a place's or body's generic ending, which another language translates rather than transcribes
const koEnding = /(?:특별시|광역시|시|주|도|군|구|현|만|섬|항|역|전자|그룹|은행|대학교|대학)$/;
const jaEnding = /(?:都|道|府|県|市|州|町|村|郡|区|湾|島|港|駅|電子|大学|銀行)$/;

// one-syllable particles that follow a noun (섬은, 다리가, 시민의)
const koParticle = /[은는이가을를의와과도에로]$/;

/**
 * An ordinary Korean word, no name: a verb or adjective (말했다), one of the
 * most common words (당국, 다리), or one of them with its particle (섬은).
 */
export function isOrdinaryKoreanWord(word: string): boolean {
  const common = commonWords('ko');
  if (/다$/.test(word) || common.has(word)) return true;
  return koParticle.test(word) && common.has(word.slice(0, -1));
}

function hangulLatin(word: string): string {
  return romanizations(word)[0].replace(/ŋ/g, 'ng').replace(/[|\s'-]/g, '');
}

function japaneseLatin(word: string): string | undefined {
  if (katakana.test(word)) return romanizations(word)[0]?.replace(/\s+/g, '');
  // kanji: only what the dictionary calls a proper noun (風町, 鷹野), read through it
  const tokens = tokenize(word);
  if (!tokens.some((t) => t.detail1 === '固有名詞')) return undefined;
  return romanizations(tokens.map((t) => t.reading).join(''))[0]?.replace(/\s+/g, '');
}

/**
 * The phonetic keys a term of the given language stands for, each at least
 * three consonant classes long (shorter keys match too much by chance).
 * `isName` is the lexical stage's own verdict for Latin-script words.
 */
export function phoneticKeys(term: string, lang: string, isName: boolean): string[] {
  const out = new Set<string>();
  const add = (latin: string | undefined) => {
    const k = latin ? latinKey(latin) : '';
    if (k.length >= 3) out.add(k);
  };
  if (hangul.test(term)) {
    if (isOrdinaryKoreanWord(term)) return [];
    add(hangulLatin(term));
    const bare = term.replace(koEnding, '');
    if (bare !== term && bare.length >= 2) add(hangulLatin(bare));
  } else if (han.test(term) || katakana.test(term)) {
    if (lang.slice(0, 2) !== 'ja' && lang.slice(0, 2) !== 'zh') return [];
    for (const part of term.split(/[・=]/)) add(japaneseLatin(part));
    if (/[・=]/.test(term)) add(japaneseLatin(term.replace(/[・=]/g, '')));
    const bare = term.replace(jaEnding, '');
    if (bare !== term && bare.length >= 2) add(japaneseLatin(bare));
  } else if (isName && /^[a-z]/i.test(term) && !commonWords('en').has(term.toLowerCase())) {
    add(term);
  }
  return [...out];
}

/** The calendar days a text's dates mean, read against its publication time in the language's usual zone. */
export function mentionedDays(text: string, lang: string | null | undefined, publishedAt: Date): number[] {
  const days = new Set<number>();
  for (const m of findDates(text, lang, publishedAt, { zone: zoneFor(lang) })) {
    // a range (next week, 다음 달) says little about which day an event happened
    if (m.to - m.from <= 1) days.add(m.from);
  }
  return [...days];
}

/** Figures written short (2.1bn, 300m, 4.5 mn) spelled out, so that they read as the same number as 21억 and 2.1 billion. */
export function expandFigures(text: string): string {
  return text.replace(/(\d)\s?bn\b/gi, '$1 billion').replace(/(\d)\s?(?:mn|m)\b(?!²)/g, '$1 million');
}

/** A romanized given name written with a hyphen (Min-jae, Seo-yun) as one word, so that it is keyed like 민재. */
export function joinHyphenatedNames(text: string): string {
  return text.replace(/\b(\p{Lu}\p{Ll}+)-(\p{Ll}+)\b/gu, '$1$2');
}
