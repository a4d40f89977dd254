// The source sentences that come closest to a claim the grounding check could
// not find: every sentence of the cited reports is scored by the terms it
// shares with the claim's sentence (numbers, dates and names count most, as
// they are what the check looks for), so an editor sees at a glance what the
// sources say instead. Pure: no database, no clock.
import { extractTerms, type TermKind } from '../text/terms.ts';
import { sentences } from '../text/sentences.ts';
import type { SourceReport } from './article.ts';

export interface ClosestSentence {
  reportId: number;
  sentence: string;
  /** the shared terms' weight over the claim sentence's: 0 (nothing shared) to 1 */
  score: number;
  /** the terms both share, as the term extractor writes them */
  shared: string[];
  outlet: string | null;
  url: string | null;
}

const weight: Record<TermKind, number> = { number: 3, date: 3, entity: 2, word: 1 };

/** A term as the grounding check names it in a claim: numbers and dates without their kind prefix ("n:1500" → "1500"). */
export function claimOfTerm(t: { term: string; kind: TermKind }): string {
  return t.kind === 'number' || t.kind === 'date' ? t.term.slice(2) : t.term;
}

/** The sentence of `text` that holds `claim`, as written or as a term (1,500 for 1500); the whole text when none does. */
export function sentenceWith(text: string, claim: string, lang: string): string {
  const needle = claim.normalize('NFKC').toLowerCase();
  const all = sentences(text, lang);
  return all.find((s) => s.normalize('NFKC').toLowerCase().includes(needle))
    ?? all.find((s) => extractTerms(s, lang).some((t) => claimOfTerm(t) === claim))
    ?? text;
}

/**
 * The `limit` sentences of `reports` that share most with `context` (the
 * claim's sentence), best first; sentences sharing nothing are left out.
 * Ties go to the earlier report and sentence, so the answer is stable.
 */
export function closestSentences(context: string, reports: SourceReport[], lang: string, limit = 2): ClosestSentence[] {
  const wanted = new Map<string, number>();
  for (const t of extractTerms(context, lang)) wanted.set(t.term, Math.max(wanted.get(t.term) ?? 0, weight[t.kind]));
  const total = [...wanted.values()].reduce((a, b) => a + b, 0);
  if (!total) return [];
  const scored: ClosestSentence[] = [];
  for (const r of reports) {
    const rLang = r.lang ?? lang;
    for (const sentence of [r.title, ...sentences(r.body, rLang)]) {
      const shared = [...new Set(extractTerms(sentence, rLang).map((t) => t.term))].filter((t) => wanted.has(t));
      if (!shared.length) continue;
      const score = shared.reduce((a, t) => a + wanted.get(t)!, 0) / total;
      scored.push({ reportId: r.id, sentence, score, shared, outlet: r.outlet, url: r.url });
    }
  }
  // a stable sort keeps report order, then sentence order, among equal scores
  return scored.sort((a, b) => b.score - a.score).filter((s, i, all) => all.findIndex((o) => o.sentence === s.sentence) === i).slice(0, limit);
}
