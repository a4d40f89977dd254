// Spelling variants of one name, recognised by rule, per script. Each rule
// is a normalization both spellings go through; the first rule after which
// they are equal names the class of the variant. Rules only say two
// spellings *can* be one name: whether two people are one is decided with
// context (see src/glossary/), since 유민수 and 류민수 may be two people.
import { toKatakana } from 'wanakana';
import { initialSound, isHangulSyllable, looksLikeKoreanPersonName, plainConsonant, plainVowel, split, standardTranscription } from './hangul.ts';
import { readingOf } from './japanese.ts';
import { nameKeys, plainLatin, scriptOfName, soundsAlike } from './romanize.ts';

export type VariantClass =
  | 'ko-spacing' | 'ko-initial-sound' | 'ko-aspiration' | 'ko-vowel'
  | 'ja-width' | 'ja-middle-dot' | 'ja-vu' | 'ja-sokuon' | 'ja-long-vowel' | 'ja-reading'
  | 'en-diacritics' | 'en-order' | 'en-translit'
  | 'cross-romanization' | 'typo';

type Rule = [VariantClass, (s: string) => string];

const eachSyllable = (f: (ch: string) => string) => (s: string) => [...s].map((c) => (isHangulSyllable(c) ? f(c) : c)).join('');
const noSpace = (s: string) => s.replace(/\s+/g, '');
/** the initial-sound rule at the start of every word, spaces then dropped (리 설주 = 이설주) */
const initialSounds = (s: string) => noSpace(s.trim().split(/\s+/).map((w) => initialSound(w[0] ?? '') + w.slice(1)).join(' '));

const koreanRules: Rule[] = [
  ['ko-spacing', noSpace],
  ['ko-initial-sound', initialSounds],
  ['ko-aspiration', (s) => eachSyllable(plainConsonant)(initialSounds(s))],
  ['ko-vowel', (s) => eachSyllable((c) => plainVowel(plainConsonant(standardTranscription(c))))(initialSounds(s))],
];

const dots = /[・･=＝\s·‧]/g;
const vu: Array<[RegExp, string]> = [[/ヴァ/g, 'バ'], [/ヴィ/g, 'ビ'], [/ヴェ/g, 'ベ'], [/ヴォ/g, 'ボ'], [/ヴ/g, 'ブ']];
const unVu = (s: string) => vu.reduce((t, [re, r]) => t.replace(re, r), s);
// a vowel lengthened by ー, ウ after an o- or u-sound, オ after an o-sound, イ after an e-sound
const oRow = 'オコゴソゾトドノホボポモヨョロヲ';
const uRow = 'ウクグスズツヅヌフブプムユュルヴ';
const eRow = 'エケゲセゼテデネヘベペメレ';
const shortVowels = (s: string) => s.replace(/ー/g, '').replace(new RegExp(`([${oRow}])[ウオ]`, 'g'), '$1').replace(new RegExp(`([${uRow}])ウ`, 'g'), '$1')
  .replace(new RegExp(`([${eRow}])イ`, 'g'), '$1');
const width = (s: string) => toKatakana(s.normalize('NFKC'), { passRomaji: true } as never);
const japaneseSteps = [width, (s: string) => s.replace(dots, ''), unVu, (s: string) => s.replace(/ッ/g, ''), shortVowels];
const japaneseRules: Rule[] = (['ja-width', 'ja-middle-dot', 'ja-vu', 'ja-sokuon', 'ja-long-vowel'] as const).map((cls, i) => [
  cls, (s: string) => japaneseSteps.slice(0, i + 1).reduce((t, f) => f(t), s),
]);
const allJapaneseSteps = (s: string) => japaneseSteps.reduce((t, f) => f(t), s);

const latinWords = (s: string) => plainLatin(s).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').split(/[\s]+/).map((w) => w.replace(/[-'’.]/g, '')).filter(Boolean);
/** transliteration variants of one sound: -skyy/-skiy/-ski, kh/h, tz/ts, ph/f, ck/k, q/k, dzh/j, a leading ye/e */
const translit = (w: string) => w.replace(/sk(?:yy|iy|ii|yi|y|i)$/, 'sky').replace(/kh/g, 'h').replace(/tz/g, 'ts').replace(/ph/g, 'f')
  .replace(/ck/g, 'k').replace(/q/g, 'k').replace(/dzh|dj/g, 'j').replace(/^ye/, 'e').replace(/(.)\1+/g, '$1');
function orderFree(words: string[]): string[] {
  const joined = words.join('');
  if (words.length < 2) return [joined];
  return [joined, [...words.slice(1), words[0]].join(''), [words[words.length - 1], ...words.slice(0, -1)].join('')];
}
const vowelsOf = (s: string) => s.replace(/[^aeiouy]/g, '');
function vowelEdits(a: string, b: string): number {
  const x = vowelsOf(a), y = vowelsOf(b);
  if (x.length !== y.length) return Math.abs(x.length - y.length) + 1;
  let d = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) d++;
  return d;
}

// An English unstressed vowel is transcribed as ㅓ, ㅏ, ㅐ, ㅔ or ㅗ (도널드/도날드, 버락/바락, 맨해튼/맨하튼),
// an English e or i before a consonant as ㅔ or ㅣ (엘론/일론).
const schwa = new Set([0, 1, 4, 5, 8]); // ㅏ ㅐ ㅓ ㅔ ㅗ
const frontVowels = new Set([5, 20]); // ㅔ ㅣ
/**
 * Two transcriptions of one foreign name that differ only in such vowels:
 * the same consonants syllable by syllable, at most two vowels apart, in a
 * name of three syllables or more (shorter ones differ by a vowel too often).
 */
function schwaVariants(a: string, b: string): boolean {
  const x = [...noSpace(initialSounds(a))].map((c) => split(plainConsonant(standardTranscription(c))));
  const y = [...noSpace(initialSounds(b))].map((c) => split(plainConsonant(standardTranscription(c))));
  if (x.length !== y.length || x.length < 3 || x.some((s) => !s) || y.some((s) => !s)) return false;
  let apart = 0;
  for (let i = 0; i < x.length; i++) {
    const [p, q] = [x[i]!, y[i]!];
    if (p.initial !== q.initial || p.final !== q.final) return false;
    if (p.vowel === q.vowel) continue;
    if (!(schwa.has(p.vowel) && schwa.has(q.vowel)) && !(frontVowels.has(p.vowel) && frontVowels.has(q.vowel))) return false;
    apart++;
  }
  return apart <= 2;
}

function latinClass(a: string, b: string): VariantClass | undefined {
  const wa = latinWords(a), wb = latinWords(b);
  if (wa.join(' ') === wb.join(' ')) return 'en-diacritics';
  const ob = orderFree(wb);
  if (orderFree(wa).some((x) => ob.includes(x))) return 'en-order';
  const ta = orderFree(wa.map(translit)), tb = orderFree(wb.map(translit));
  if (ta.some((x) => tb.includes(x))) return 'en-translit';
  // vowels written differently in a transliterated name (Mohammed, Muhammad): same consonants, same first letter, long enough
  const [fa, fb] = [wa.map(translit).join(''), wb.map(translit).join('')];
  if (wa.length === 1 && wb.length === 1 && fa.length >= 5 && fb.length >= 5 && fa[0] === fb[0] && Math.abs(fa.length - fb.length) <= 2 && vowelEdits(fa, fb) <= 2) {
    const ka = nameKeys(fa).map((k) => k.consonants), kb = nameKeys(fb).map((k) => k.consonants);
    if (ka[0] && ka[0] === kb[0]) return 'en-translit';
  }
  return undefined;
}

function edits(a: string, b: string): number {
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
 * A misspelling: one letter (or syllable) changed, added or dropped inside a
 * long name. A change at either end is another word more often than a
 * misspelling (Veloria / Velorian), and short names differ too often to judge.
 */
function isTypo(a: string, b: string): boolean {
  // names of several words: all words the same but one, and that one a misspelling of its own
  const wa = a.split(/\s+/), wb = b.split(/\s+/);
  if (wa.length > 1 || wb.length > 1) {
    if (wa.length !== wb.length) return false;
    const differing = wa.map((w, i) => [w, wb[i]] as const).filter(([x, y]) => x !== y);
    return differing.length === 1 && isTypo(differing[0][0], differing[0][1]);
  }
  const x = [...a.toLowerCase()], y = [...b.toLowerCase()];
  const min = /\p{Script=Latin}/u.test(a) ? 6 : 4;
  if (x.length < min || y.length < min) return false;
  if (x.length !== y.length && (x[0] !== y[0] || x[x.length - 1] !== y[y.length - 1])) return false;
  return edits(x.join(''), y.join('')) === 1;
}

/** Which rule makes `a` and `b` spellings of one name, if any does. */
export function variantClass(a: string, b: string): VariantClass | undefined {
  a = a.normalize('NFC').trim();
  b = b.normalize('NFC').trim();
  if (!a || !b || a === b) return undefined;
  const sa = scriptOfName(a), sb = scriptOfName(b);
  if (sa !== sb) return soundsAlike(a, b) ? 'cross-romanization' : undefined;
  if (sa === 'hangul') {
    // a Korean person's name is not a transcription: only spacing and the initial-sound rule apply to it
    const korean = looksLikeKoreanPersonName(a) || looksLikeKoreanPersonName(b);
    for (const [cls, f] of korean ? koreanRules.slice(0, 2) : koreanRules) if (f(a) === f(b)) return cls;
    if (!korean && schwaVariants(a, b)) return 'ko-vowel';
  } else if (sa === 'japanese') {
    for (const [cls, f] of japaneseRules) if (f(a) === f(b)) return cls;
    if (/[\u3400-\u9fff]/.test(a + b) && allJapaneseSteps(readingOf(width(a))) === allJapaneseSteps(readingOf(width(b)))) return 'ja-reading';
  } else if (sa === 'latin') {
    const cls = latinClass(a, b);
    if (cls) return cls;
  }
  return isTypo(a, b) ? 'typo' : undefined;
}

export const isVariant = (a: string, b: string) => variantClass(a, b) !== undefined;

/**
 * The spellings among variants that follow the standard orthography, where
 * the language has a rule that decides: in Korean, the initial-sound rule
 * (이설주, not 리설주), the rules for transcribing foreign words (조지, not
 * 죠지) and, for a name transcribed from Japanese, a plain
 * consonant at the start of the word (도쿄, 고이즈미: the National Institute
 * of Korean Language's rule for Japanese). All of them when no rule decides.
 */
export function standardSpellings(spellings: string[], fromJapanese = false): string[] {
  const keep = (pick: string[], test: (s: string) => boolean) => {
    const passing = pick.filter(test);
    return passing.length ? passing : pick;
  };
  let pick = keep(spellings, (s) => scriptOfName(s) !== 'hangul' || s.trim().split(/\s+/).every((w) => initialSound(w[0]) === w[0]));
  // 조지 over 죠지, 부시 over 부쉬 (a Korean person's own name keeps its syllables: 쥬 is not a transcription there)
  pick = keep(pick, (s) => scriptOfName(s) !== 'hangul' || looksLikeKoreanPersonName(s) || [...s].every((c) => standardTranscription(c) === c));
  if (fromJapanese) pick = keep(pick, (s) => scriptOfName(s) !== 'hangul' || plainConsonant(s.trim()[0]) === s.trim()[0]);
  // where two differ only by spacing: a foreign name spaced between its words (마리아 산토스), a Korean person's solid (김정은)
  const solid = (s: string) => s.replace(/\s+/g, '');
  pick = keep(pick, (s) => scriptOfName(s) !== 'hangul' || !pick.some((o) => o !== s && solid(o) === solid(s))
    || (looksLikeKoreanPersonName(solid(s)) ? solid(s) === s : /\s/.test(s)));
  // katakana in full width (マルコ・ロッシ, not ﾏﾙｺ・ﾛｯｼ): half-width forms are a legacy encoding's
  pick = keep(pick, (s) => !/[\uff61-\uff9f]/.test(s));
  return pick;
}
