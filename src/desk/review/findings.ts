// What the review queue and the editor show of a version's failing claims:
// each claim with the part of the article it is in, its place in that text
// (for the <mark>), and the source sentences that come closest.
import type { Paragraph, SourceReport } from '../../write/article.ts';
import { closestSentences, sentenceWith, type ClosestSentence } from '../../write/closest-source.ts';
import type { GroundingFailure } from '../../write/grounding.ts';

export interface VersionText {
  headline: string;
  lead: string;
  summary: string;
  body: Paragraph[];
}

export interface Finding extends GroundingFailure {
  /** 1-based, in the order the check gave them */
  n: number;
  closest: ClosestSentence[];
}

/** The text of a part as the check names it: headline, lead, summary, paragraph N. */
export function partText(v: VersionText, where: string): string | undefined {
  if (where === 'headline' || where === 'lead' || where === 'summary') return v[where];
  const m = /^paragraph (\d+)$/.exec(where);
  return m ? v.body[Number(m[1]) - 1]?.text : undefined;
}

/** The reports a part answers to: a paragraph's citations, the story's reports for the rest. */
function reportsFor(v: VersionText, where: string, reports: SourceReport[]): SourceReport[] {
  const m = /^paragraph (\d+)$/.exec(where);
  if (!m) return reports;
  const cited = new Set(v.body[Number(m[1]) - 1]?.citations ?? []);
  const own = reports.filter((r) => cited.has(r.id));
  return own.length ? own : reports;
}

export function findingsOf(v: VersionText, failures: GroundingFailure[], reports: SourceReport[], lang: string): Finding[] {
  return failures.map((f, i) => {
    const text = partText(v, f.where) ?? '';
    const context = f.claim && text ? sentenceWith(text, f.claim, lang) : text;
    const near = context ? closestSentences(context, reportsFor(v, f.where, reports), lang) : [];
    // the sentence check names the passage it compared the claim with: that one first
    const own = f.closestSource && reports.find((r) => r.id === f.closestSource!.reportId);
    const closest = own ? [{ reportId: own.id, sentence: f.closestSource!.sentence, score: f.closestSource!.coverage, shared: [], outlet: own.outlet, url: own.url },
      ...near.filter((s) => s.sentence !== f.closestSource!.sentence)].slice(0, 2) : near;
    return { ...f, n: i + 1, closest };
  });
}

/** Where `claim` stands in `text`: as written (any case), else a number with its digits grouped (1500 → 1,500). */
export function claimSpan(text: string, claim: string): [number, number] | undefined {
  if (!claim) return undefined;
  const at = text.toLowerCase().indexOf(claim.toLowerCase());
  if (at >= 0) return [at, at + claim.length];
  if (/^\d+(\.\d+)?$/.test(claim)) {
    const [int, frac] = claim.split('.');
    const grouped = int.split('').join('[,.\\u00a0 \\u202f]?') + (frac ? `[.,]${frac}` : '');
    const m = new RegExp(`(?<![\\d])${grouped}(?![\\d])`).exec(text);
    if (m) return [m.index, m.index + m[0].length];
  }
  return undefined;
}

export interface Segment {
  text: string;
  /** the finding this segment shows, when it is a claim */
  finding?: Finding;
}

/** `text` cut into plain runs and marked claims (the first place of each; overlapping claims keep the earlier). */
export function markedSegments(text: string, findings: Finding[]): Segment[] {
  const spans = findings
    .map((f) => ({ f, span: claimSpan(text, f.claim) }))
    .filter((x): x is { f: Finding; span: [number, number] } => !!x.span)
    .sort((a, b) => a.span[0] - b.span[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const { f, span } of spans) {
    if (span[0] < at) continue;
    if (span[0] > at) out.push({ text: text.slice(at, span[0]) });
    out.push({ text: text.slice(span[0], span[1]), finding: f });
    at = span[1];
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
