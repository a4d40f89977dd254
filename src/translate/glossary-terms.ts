// The glossary across languages: an entity's spellings in two languages
// (rows sharing an entity_key) make a pair. A machine-translation engine never
// sees the names of such pairs: each is replaced by a placeholder token the
// engine carries through untouched, and the target spelling is put back
// afterwards. Whatever the provider, a translation in which a glossary name
// of the source does not appear in its target spelling is a violation.
import type { Queryable } from '../db/db.ts';
import { primaryLanguage } from '../text/language.ts';
import { rejected } from './common.ts';

export interface GlossaryPair {
  key: string;
  /** the spelling in the source language */
  source: string;
  /** the spelling the translation must use */
  target: string;
}

interface GlossaryViolation extends GlossaryPair {
  /** a variant spelling the translation used instead, when one is recognisable */
  found?: string;
}

/** Every entity spelled in both languages. */
export async function glossaryPairs(q: Queryable, from: string, to: string): Promise<GlossaryPair[]> {
  return q.query<GlossaryPair>(
    `SELECT s.entity_key AS key, s.spelling AS source, t.spelling AS target
     FROM glossary s JOIN glossary t ON t.entity_key = s.entity_key AND t.lang = $2
     WHERE s.lang = $1 ORDER BY s.entity_key`,
    [primaryLanguage(from) ?? from, primaryLanguage(to) ?? to],
  );
}

// Letters of scripts that separate words with spaces: a name there must not be part of a longer word
// ("Lee" is not in "Leeds"). Korean and Japanese attach particles directly, so there a substring counts.
const wordChar = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_]/u;

const letter = /[\p{L}\p{N}]/u;

/** Where `spelling` occurs in `text` as a name (not inside a longer word). */
export function occurrences(text: string, spelling: string): number[] {
  const out: number[] = [];
  if (!spelling) return out;
  const first = spelling[0], last = spelling[spelling.length - 1];
  // A one-character name (이 for Lee) is also a particle or a word part everywhere: it counts only standing alone.
  const alone = [...spelling].length < 2;
  const joins = (neighbour: string | undefined, edge: string) =>
    neighbour !== undefined && (alone ? letter.test(neighbour) : wordChar.test(neighbour) && wordChar.test(edge));
  for (let i = text.indexOf(spelling); i >= 0; i = text.indexOf(spelling, i + 1)) {
    if (joins(text[i - 1], first) || joins(text[i + spelling.length], last)) continue;
    out.push(i);
  }
  return out;
}

const containsName = (text: string, spelling: string) => occurrences(text, spelling).length > 0;

/** The pairs whose source spelling occurs in any of the texts. */
export function pairsIn(texts: string[], pairs: GlossaryPair[]): GlossaryPair[] {
  return pairs.filter((p) => texts.some((t) => containsName(t, p.source)));
}

/** Edit distance, stopping early once it exceeds `max`. */
function within(a: string[], b: string[], max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return false;
    prev = row;
  }
  return prev[b.length] <= max;
}

/**
 * A word of the translation that looks like a misspelling of the expected
 * name (Korvat for Korvath, 코르바수는 for 코르바스): same first letter, one
 * letter off (two for long names). Only a hint for the error message: the
 * violation is the expected spelling's absence.
 */
function variantIn(text: string, expected: string): string | undefined {
  const want = [...expected];
  if (want.length < 3) return undefined;
  const max = want.length >= 8 ? 2 : 1;
  for (const word of text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []) {
    const chars = [...word];
    if (chars[0].toLowerCase() !== want[0].toLowerCase()) continue;
    // words in Korean and Japanese carry particles: there, try the word's beginnings too
    // nearest lengths first: 코르바수는 is 코르바수 + 는, not 코르바 + 수는
    const lengths = wordChar.test(chars[0]) ? [chars.length] : [0, -1, 1, -2, 2].filter((d) => Math.abs(d) <= max).map((d) => want.length + d);
    for (const n of lengths) {
      if (n < 2 || n > chars.length) continue;
      const candidate = chars.slice(0, n);
      if (candidate.join('') !== expected && within(candidate, want, max)) return candidate.join('');
    }
  }
  return undefined;
}

/** Every glossary name of the source that the translation does not spell the glossary's way. */
export function glossaryViolations(sourceText: string, translatedText: string, pairs: GlossaryPair[]): GlossaryViolation[] {
  const out: GlossaryViolation[] = [];
  for (const p of pairs) {
    if (!containsName(sourceText, p.source) || containsName(translatedText, p.target)) continue;
    const found = variantIn(translatedText, p.target);
    out.push(found ? { ...p, found } : { ...p });
  }
  return out;
}

export function describeViolations(violations: GlossaryViolation[]): string {
  return violations.map((v) => `"${v.source}" must be "${v.target}"${v.found ? ` (found "${v.found}")` : ''}`).join('; ');
}

// Placeholders. "[[G1]]" survives machine translation: brackets and a
// letter-digit code are not words to translate. Engines do still touch it —
// spaces inside, full-width forms in Japanese output, other brackets — so the
// token is recognised loosely when it is put back. A single round bracket or
// brace is not enough: news text writes "(G7)" and "(G20)".
const open = '[\\[［【〔(（{｛]';
const close = '[\\]］】〕)）}｝]';
const openSingle = '[\\[［【〔]';
const closeSingle = '[\\]］】〕]';
const code = '[GgＧｇ]\\s*[-_]?\\s*([0-9０-９]{1,3})';
const tokenPattern = new RegExp(`${open}\\s*${open}\\s*${code}\\s*${close}\\s*${close}|${openSingle}\\s*${code}\\s*${closeSingle}`, 'gu');
/** A placeholder as we write it, before any engine touched it. */
const exactToken = /\[\[G\d+\]\]/;

const placeholder = (n: number) => `[[G${n}]]`;

interface ProtectedText {
  /** the text with each glossary name replaced by its placeholder */
  text: string;
  /** slots[n - 1] is the target spelling of placeholder n */
  slots: string[];
}

export interface NameSpan {
  start: number;
  end: number;
  pair: GlossaryPair;
}

/**
 * Where each glossary name (source spelling) occurs in `text`, in text order.
 * Longer names win over names inside them: "코르바스 재단" is one span, not
 * "코르바스" plus the rest.
 */
export function nameSpans(text: string, pairs: GlossaryPair[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const pair of [...pairs].sort((a, b) => b.source.length - a.source.length)) {
    for (const start of occurrences(text, pair.source)) {
      const end = start + pair.source.length;
      if (!spans.some((s) => start < s.end && s.start < end)) spans.push({ start, end, pair });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Replace every glossary name in `text` by a placeholder, numbered in order
 * of first appearance. A text that already holds something shaped like a
 * placeholder is left as it is: the violation check after translation still
 * guards its names.
 */
export function protectNames(text: string, pairs: GlossaryPair[]): ProtectedText {
  if (!pairs.length || exactToken.test(text)) return { text, slots: [] };
  const slotOf = new Map<GlossaryPair, number>();
  const slots: string[] = [];
  let out = '', at = 0;
  for (const s of nameSpans(text, pairs)) {
    if (!slotOf.has(s.pair)) {
      slots.push(s.pair.target);
      slotOf.set(s.pair, slots.length);
    }
    out += text.slice(at, s.start) + placeholder(slotOf.get(s.pair)!);
    at = s.end;
  }
  return { text: out + text.slice(at), slots };
}

// Korean particles come in pairs chosen by whether the word before ends in a consonant
// (batchim). The engine chose one for "[[G1]]"; the real name decides.
const particlePairs: Array<[string, string]> = [['은', '는'], ['이', '가'], ['을', '를'], ['과', '와'], ['으로', '로'], ['이나', '나'], ['이랑', '랑']];
// Attached to the token, any particle; after a space only those that cannot be a word of their own
// (이 "this", 나 "I", 도 "degree" … can).
const particles = ['으로', '에서', '에게', '께서', '이나', '이랑', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '로', '도', '만', '나', '랑'];
const spacedParticles = ['으로', '에서', '에게', '께서', '은', '는', '가', '을', '를', '의', '에', '와', '과', '로'];
const particleAfter = (list: string[], space: string) => new RegExp(`(\uE000\\d+\uE001)${space}(${list.join('|')})(?=[\\s\\p{P}]|$)`, 'gu');
const koAttached = particleAfter(particles, '');
const koSpaced = particleAfter(spacedParticles, '\\s+');

function koreanParticle(name: string, particle: string): string {
  const last = name.codePointAt(name.length - 1) ?? 0;
  if (last < 0xac00 || last > 0xd7a3) return particle; // not a Hangul syllable: the engine's guess stands
  const batchim = (last - 0xac00) % 28;
  const pair = particlePairs.find(([withFinal, withoutFinal]) => particle === withFinal || particle === withoutFinal);
  if (!pair) return particle;
  // ㄹ (batchim 8) takes 로, not 으로
  if (pair[0] === '으로') return batchim === 0 || batchim === 8 ? '로' : '으로';
  return batchim ? pair[0] : pair[1];
}

const cjk = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー、。「」『』・]';

/**
 * Put the target spellings back in place of the placeholders, however the
 * engine spaced or widened them. In Japanese and Chinese no space separates a
 * name from its neighbours; in Korean a particle attaches to the name and
 * agrees with its last syllable. A placeholder number with no slot is an error.
 */
export function restoreNames(text: string, slots: string[], to: string): string {
  if (!slots.length) return text;
  const bad: string[] = [];
  const lang = primaryLanguage(to);
  // first mark each token with private-use delimiters, so spacing can be fixed around it
  let out = text.replace(/[\uE000\uE001]/g, '').replace(tokenPattern, (whole, a?: string, b?: string) => {
    const n = Number((a ?? b ?? '').normalize('NFKC'));
    if (!slots[n - 1]) {
      bad.push(whole);
      return whole;
    }
    return `\uE000${n}\uE001`;
  });
  if (bad.length) throw rejected(`the engine returned a placeholder that was never sent: ${bad[0]}`);
  if (lang === 'ja' || lang === 'zh') {
    out = out.replace(new RegExp(`(${cjk})\\s+(?=\uE000)`, 'gu'), '$1').replace(new RegExp(`(\uE001)\\s+(?=${cjk})`, 'gu'), '$1');
  } else if (lang === 'ko') {
    const agree = (_m: string, token: string, particle: string) => token + koreanParticle(slots[Number(token.slice(1, -1)) - 1], particle);
    out = out.replace(koSpaced, agree).replace(koAttached, agree);
  }
  return out.replace(/\uE000(\d+)\uE001/g, (_m, n: string) => slots[Number(n) - 1]);
}
