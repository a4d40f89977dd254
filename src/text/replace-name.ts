// Printing one spelling of a name for another, where the name stands in text.
// Where words are spaced, the name is replaced where it stands as a word ("Lee"
// is not in "Leeds"), so the new spelling may contain the old (Kovalsky →
// Kovalskyy). Korean and Japanese attach particles directly: there every
// occurrence is the name, and a new spelling that contains the old one is left
// alone, since it would be rewritten twice.
const spacedScript = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function replaceName(text: string, from: string, to: string): string {
  if (!from || from === to) return text;
  if (spacedScript.test(from)) return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(from)}(?![\\p{L}\\p{N}])`, 'gu'), to);
  return to.includes(from) ? text : text.split(from).join(to);
}
