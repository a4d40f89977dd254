// Names in Latin letters, and a phonetic key that the spellings of one name in
// Hangul, kana/kanji and Latin share. Hangul goes by the Revised Romanization
// (es-hangul), kana by Hepburn (wanakana), kanji through their reading
// (kuromoji); a Korean surname also stands for its conventional spellings
// (이 = Lee, Yi, Rhee). The key tolerates what transcription between these
// languages blurs: k/g, t/d, p/b, f/h, l/r, s/sh, ch/j/z, long and short vowels,
// the vowels Japanese and Korean add between consonants (Trump, トランプ,
// 트럼프) and the order of family and given name.
import { romanize as romanizeHangul } from 'es-hangul';
import { toRomaji } from 'wanakana';
import { looksLikeKoreanPersonName, surnameOf, surnames } from './hangul.ts';
import { readingOf } from './japanese.ts';

const hangul = /[\uac00-\ud7a3]/;
const kana = /[\u3040-\u30ff]/;
const han = /[\u3400-\u9fff]/;

export function scriptOfName(name: string): 'hangul' | 'japanese' | 'latin' | 'other' {
  name = name.normalize('NFKC');
  if (hangul.test(name)) return 'hangul';
  if (kana.test(name) || han.test(name)) return 'japanese';
  if (/\p{Script=Latin}/u.test(name)) return 'latin';
  return 'other';
}

/** Latin letters without diacritics, lower case: Núñez → nunez, Müller → muller, Łódź → lodz, Đoković → djokovic. */
export function plainLatin(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'dj').replace(/[æÆ]/g, 'ae').replace(/[œŒ]/g, 'oe').toLowerCase();
}

/** Japanese text in Hepburn romaji, kanji through their reading. */
export function romanizeJapanese(name: string): string {
  const kanaForm = han.test(name) ? readingOf(name) : name;
  return toRomaji(kanaForm.normalize('NFKC')).toLowerCase();
}

/**
 * The ways a name can be written in Latin letters, words kept apart:
 * 이재명 → ["i jaemyeong", "lee jaemyeong", …]; 岸田文雄 → ["kishida fumio"].
 */
export function romanizations(name: string): string[] {
  const script = scriptOfName(name);
  if (script === 'latin' || script === 'other') return [plainLatin(name).replace(/[^a-z\s'-]/g, ' ').replace(/\s+/g, ' ').trim()];
  if (script === 'japanese') return [romanizeJapanese(name.replace(/[・=＝]/g, ' ')).replace(/[^a-z\s]/g, ' ').replace(/\s+/g, ' ').trim()];
  const words = name.trim().split(/\s+/);
  // a name is romanized syllable by syllable, without the sound changes between syllables (윤석열 = Yun Seok-yeol, not Seongnyeol)
  // (a syllable's final ㅇ is marked ŋ, so that the key still knows it for one nasal before a vowel: 정은 = jeoŋeun)
  // (and syllables are kept apart by |, so that 반기문's n + g is no ng)
  const rr = (s: string) => [...s].map((c) => romanizeHangul(c).toLowerCase().replace(/ng$/, 'ŋ')).join('|');
  // only a Korean person's name stands for its surname's other spellings (서울 is not 서 + 울)
  const surname = looksLikeKoreanPersonName(words.join('')) || (words.length > 1 && words[0].length <= 2) ? surnameOf(words[0]) : undefined;
  if (!surname) return [words.map(rr).join(' ')];
  const rest = [words[0].slice(surname.length), ...words.slice(1)].filter(Boolean).map(rr).join(' ');
  return surnames[surname].map((s) => `${s} ${rest}`.trim());
}

// Japanese and Korean insert a vowel after a consonant that English leaves
// bare (to-ra-n-pu, teu-reom-peu): the key keeps consonants, and a vowel only
// where it starts the word, so that Trump, トランプ and 트럼프 share one.
const consonantClasses: Array<[RegExp, string]> = [
  // z with j: Korean writes both with ㅈ (젤렌스키, 고이즈미 for ズ)
  // ng is one nasal (삼성 samseong, サムスン samusun, Kim Jong Un); Hangul marks its final ㅇ as ŋ
  [/ŋ|ng/g, 'N'], [/ts|tz/g, 'S'], [/tch|ch|dzh|dj|zh|j|z/g, 'J'], [/sh|sch|s|x/g, 'S'], [/kh|gh|ck|q|c(?=[aou]|$|[^eiy])|k|g/g, 'K'], [/c/g, 'S'],
  [/th|t|d/g, 'T'], [/ph|f|h/g, 'H'], [/p|b|v/g, 'P'], [/l|r/g, 'R'], [/m(?=[PB])|n(?=[PB])/g, 'M'], [/n/g, 'N'], [/m/g, 'M'],
];

/** The consonant key of a romanized name: its consonant classes in order, doubled ones once, a leading vowel as V. */
function consonantKey(word: string): string {
  let w = word.replace(/[^a-zŋ|]/g, '');
  if (!w) return '';
  const leadingVowel = /^[aeiouwy]/.test(w) ? 'V' : '';
  // a silent or breathy h after a consonant or a vowel (Ahn, Sohn, Oh, Rhee) is not a consonant of its own
  w = w.replace(/^kh/, 'h').replace(/(?<=[aeiou]\|?)h(?![aeiou])|(?<=[bdgkprtŋ]\|?)h/g, '');
  for (const [re, cls] of consonantClasses) w = w.replace(re, cls);
  w = w.replace(/\|/g, '');
  // m before p/b written as n in kana (ンプ = npu)
  w = w.replace(/N(?=P)/g, 'M');
  return leadingVowel + w.replace(/[^A-Z]/g, '').replace(/(.)\1+/g, '$1');
}

/** The vowels too, long ones shortened (ou, oo, uu, ei → o, o, u, e), for short names where consonants alone say little. */
function vowelKey(word: string): string {
  // the vowel Japanese and Korean add after a final consonant (souru, seoul; -eu) is no vowel of the name
  return word.replace(/ŋ/g, 'ng').replace(/[^a-z]/g, '').replace(/(?<=[^aeiou])(?:eu|u)$/, '').replace(/ou|oo|oh(?![aeiou])/g, 'o').replace(/uu/g, 'u').replace(/ei|ee/g, 'e').replace(/eo/g, 'o')
    .replace(/[^aeiou]+/g, '.').replace(/(.)\1+/g, '$1');
}

interface NameKey { consonants: string; vowels: string }

/** The keys of a name: one per romanization and per order of its words (family name first or last). */
export function nameKeys(name: string): NameKey[] {
  const out: NameKey[] = [];
  for (const r of romanizations(name)) {
    const words = r.split(/\s+/).map((w) => w.replace(/[-']/g, '')).filter(Boolean);
    if (!words.length) continue;
    const orders = words.length > 1 ? [words, [...words.slice(1), words[0]], [words[words.length - 1], ...words.slice(0, -1)]] : [words];
    for (const o of orders) out.push({ consonants: consonantKey(o.join('')), vowels: vowelKey(o.join('')) });
  }
  return out;
}

/**
 * Do two spellings in different scripts (or the same) sound like one name?
 * Their consonant keys must agree, and for names of fewer than three
 * consonants (Tokyo, Seoul, Kato) their vowels too.
 */
export function soundsAlike(a: string, b: string): boolean {
  // the same romanization, long enough to mean something (제주, Jeju: too few sounds for a key)
  const flat = (r: string) => r.replace(/ŋ/g, 'ng').replace(/[\s'|-]/g, '');
  const ra = romanizations(a).map(flat);
  if (romanizations(b).map(flat).some((r) => r.length >= 4 && ra.includes(r))) return true;
  const ka = nameKeys(a);
  // one consonant is enough only with three vowels or more, all the same (도요타, トヨタ, Toyota)
  const enough = (k: NameKey) => k.consonants.length >= 2 || k.vowels.replace(/\./g, '').length >= 3;
  return nameKeys(b).some((kb) => ka.some((k) => k.consonants === kb.consonants && enough(k) &&
    (k.consonants.replace('V', '').length >= 3 || k.vowels === kb.vowels)));
}

/**
 * An English spelling as Korean and Japanese write it down: an r that ends a
 * syllable is not pronounced (Calder 콜더, Walker ウォーカー, Carter 카터), so
 * it is left out. For comparing a Latin name with its transcription only; the
 * keys above keep the r, which the glossary's variant rules rely on.
 */
export function withoutSyllableFinalR(name: string): string {
  return name.replace(/(?<=[aeiouy])r(?![aeiouy])/gi, '');
}
