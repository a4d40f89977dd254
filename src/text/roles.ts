// The role a text gives a person where it names them: the title beside the
// name (유민수 감독, 山田首相, Coach Yu). Two spellings that a variant rule
// could join but that never met in one story are still one person when the
// reports give them the same role beside the same other names; a lawmaker
// 류민수 and a coach 유민수 are two people.
import { personTitles } from './names.ts';

/** Forms of address that say nothing about a person's role. */
const address = new Set(['씨', '氏', 'さん', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame']);

const koTitles = personTitles.ko.filter((t) => !address.has(t));
const jaTitles = personTitles.ja.filter((t) => !address.has(t));
const enTitles = new Set([...personTitles.en].filter((t) => !address.has(t)).map((t) => t.toLowerCase()));

/** How far after a Korean or Japanese name its title may stand (an organisation may come between: 유민수 국토교통부 장관). */
const koWindow = 2; // words
const jaWindow = 8; // characters

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function koreanRoles(after: string): string[] {
  const words = after.split(/[\s,]+/).filter(Boolean).slice(0, koWindow);
  for (const w of words) {
    // a title ends the word or stands before its particle: 장관은, 부장관이, 감독
    const title = koTitles.find((t) => new RegExp(`${escapeRe(t)}(?:[은는이가을를의와과도께에게]|에게|께서)?$`).test(w.replace(/[^\p{L}]+$/u, '')));
    if (title) return [title];
  }
  return [];
}

function japaneseRoles(after: string): string[] {
  const window = after.slice(0, jaWindow);
  let best: { title: string; at: number } | undefined;
  for (const t of jaTitles) {
    const at = window.indexOf(t);
    if (at >= 0 && (!best || at < best.at)) best = { title: t, at };
  }
  return best ? [best.title] : [];
}

function englishRoles(before: string): string[] {
  // "Coach Min-su Yu", "Foreign Minister Jane Ortega", "Sen. Ortega"
  const words = before.trimEnd().split(/\s+/).slice(-3).map((w) => w.replace(/[.,]$/, '').toLowerCase());
  return words.filter((w) => enTitles.has(w));
}

/** The role words beside each occurrence of `name` in `text`, each once. */
export function rolesOf(text: string, name: string, lang: string): string[] {
  const out = new Set<string>();
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    const after = text.slice(i + name.length, i + name.length + 40);
    const found = lang === 'ko' ? koreanRoles(after) : lang === 'ja' ? japaneseRoles(after) : englishRoles(text.slice(Math.max(0, i - 60), i));
    for (const r of found) out.add(r);
  }
  return [...out];
}
