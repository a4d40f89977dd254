// The grounding check's trust rules (the trust itself is in src/ingest/source-trust.ts):
// - a part of the article whose cited reports are all carried only by
//   low-trust sources is held ('low-trust');
// - a part that also cites a trusted report is held when one of its numbers,
//   dates or names is given only by its low-trust reports ('untrusted-claim'):
//   a hostile feed's claim does not pass because a trusted outlet is cited beside it.
// What a trusted outlet alone reports stands: corroboration by a second outlet
// is not asked, since an extractive lead comes from one report by design.
import { extractTerms } from '../text/terms.ts';
import type { Article, SourceReport } from './article.ts';

/** A report's trust as src/ingest/source-trust.ts reads it (the write stage passes it in). */
export interface ReportTrustInfo {
  trusted: boolean;
  outlets: number[];
}

export interface TrustFailure {
  kind: 'low-trust' | 'untrusted-claim';
  where: string;
  claim: string;
  message: string;
}

/** The parts of an article with the reports each rests on. */
export function citedParts(article: Article, reports: SourceReport[]): Array<{ where: string; text: string; cited: number[] }> {
  const all = reports.map((r) => r.id);
  const lead = article.leadCitations?.length ? article.leadCitations : all;
  return [
    { where: 'headline', text: article.headline, cited: lead },
    { where: 'lead', text: article.lead, cited: lead },
    { where: 'summary', text: article.summary, cited: all },
    ...article.body.map((p, i) => ({ where: `paragraph ${i + 1}`, text: p.text, cited: p.citations })),
  ];
}

const outletNames = (ids: number[], byId: Map<number, SourceReport>) => [...new Set(ids.map((id) => byId.get(id)?.outlet ?? `report ${id}`))].join(', ');

export function checkTrust(article: Article, reports: SourceReport[], trust: Map<number, ReportTrustInfo>): TrustFailure[] {
  const out: TrustFailure[] = [];
  const byId = new Map(reports.map((r) => [r.id, r]));
  // the numbers, dates and names each report gives, read as the article's language reads them
  const termsOf = new Map<number, Set<string>>();
  const termsOfReport = (id: number) => {
    let set = termsOf.get(id);
    if (!set) {
      const r = byId.get(id);
      set = new Set(r ? extractTerms(`${r.title}\n${r.body}`, article.lang).filter((t) => t.kind !== 'word').map((t) => t.term) : []);
      termsOf.set(id, set);
    }
    return set;
  };
  for (const part of citedParts(article, reports)) {
    // a report no source carries (none is made by ingestion) is not judged: it vouches like a trusted one
    const low = part.cited.filter((id) => trust.has(id) && !trust.get(id)!.trusted);
    if (!low.length) continue;
    if (low.length === part.cited.length) {
      out.push({ kind: 'low-trust', where: part.where, claim: part.text.slice(0, 200), message: `rests only on low-trust sources (${outletNames(low, byId)}): an editor must trust one of them or check the claim` });
      continue;
    }
    const vouched = part.cited.filter((id) => !low.includes(id));
    for (const t of extractTerms(part.text, article.lang)) {
      if (t.kind === 'word') continue;
      const givenBy = low.filter((id) => termsOfReport(id).has(t.term));
      // a term no cited report gives is the other checks' failure, not this one's
      if (!givenBy.length || vouched.some((id) => termsOfReport(id).has(t.term))) continue;
      const claim = t.kind === 'entity' ? t.term : t.term.slice(2);
      out.push({ kind: 'untrusted-claim', where: part.where, claim, message: `"${claim}" is given only by low-trust sources (${outletNames(givenBy, byId)}), not by the trusted reports cited beside them` });
    }
  }
  return out;
}
