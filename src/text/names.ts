// Names of people, organisations and places in running text, per language,
// with no model:
// - English: runs of capitalized words (with "of", "de", "van" … inside),
//   titles, months, weekdays and demonyms taken off; a capitalized word that
//   starts a sentence counts only when it is no ordinary English word, is a
//   known place, or appears capitalized inside a sentence elsewhere.
// - Korean: a person's name before a title or 씨 (and its other mentions in
//   the text), known places, organisations by their endings (외교부, 경찰청,
//   삼성전자, 더불어민주당), Latin acronyms.
// - Japanese: the proper nouns kuromoji's IPADIC tags (人名, 組織, 地域),
//   joined into whole names (姓 + 名, 大阪 + 府, ソニー + グループ), and
//   katakana names before a title or joined by ・.
import { isHangulSyllable } from './hangul.ts';
import { englishNames } from './names-en.ts';
import { japaneseNames } from './names-ja.ts';
import { koreanNames } from './names-ko.ts';
import type { Name } from './names-shared.ts';
import { stripKoreanParticle } from './terms.ts';

export { personTitles, type Name, type NameType } from './names-shared.ts';

/** The names in a text with their types, each distinct name once, in order of first appearance. */
export function detectNames(text: string, lang: string): Name[] {
  const l = lang.slice(0, 2);
  const found = l === 'ko' ? koreanNames(text) : l === 'ja' ? japaneseNames(text) : englishNames(text);
  const seen = new Set<string>();
  return found.filter((n) => (n.name.length >= 2 || (l === 'ko' && n.type === 'person') || (l === 'ja' && n.type === 'place')) && !seen.has(n.name) && (seen.add(n.name), true));
}

/** The names in a text as written. */
export const namesIn = (text: string, lang: string): string[] => detectNames(text, lang).map((n) => n.name);

export const hasHangul = (s: string) => [...s].some(isHangulSyllable);

// the solid forms of a list of names, kept while the list lives (a glossary is read once and asked of many texts)
const solidIndexes = new WeakMap<readonly string[], { length: number; index: Map<string, string> }>();
function solidIndex(names: readonly string[]): Map<string, string> {
  const kept = solidIndexes.get(names);
  if (kept && kept.length === names.length) return kept.index;
  const index = new Map<string, string>();
  for (const n of names) if (/\s/.test(n.trim()) && hasHangul(n)) index.set(n.replace(/\s+/g, ''), n);
  solidIndexes.set(names, { length: names.length, index });
  return index;
}

/**
 * Known names of several words that the text writes solid (마리아산토스 for
 * 마리아 산토스, with or without a particle after it), as the text writes them.
 * Korean outlets space a foreign name between its words or not; a word that
 * runs two or more known name words together is that name, which the detector
 * alone cannot tell from a long compound noun (대한상공회의소 회장).
 */
export function solidlyWritten(text: string, lang: string, spacedNames: readonly string[]): string[] {
  if (lang.slice(0, 2) !== 'ko') return [];
  const bySolid = solidIndex(spacedNames);
  if (!bySolid.size) return [];
  const found = new Set<string>();
  for (const [word] of text.normalize('NFC').matchAll(/[\uac00-\ud7a3]{4,}/g)) {
    const solid = bySolid.has(word) ? word : stripKoreanParticle(word);
    if (bySolid.has(solid)) found.add(solid);
  }
  return [...found];
}
