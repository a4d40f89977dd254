// The grounding check, run on every article whichever writer wrote it: each
// number, date, quoted phrase and name in a paragraph must be found in the
// reports that paragraph cites (the headline and lead: in the reports the writer
// says they rest on, else and for the summary in any of the story's reports), compared after normalizing script, spacing and number
// formats. Relative dates ("next week", 다음 주, 来週, "on Monday") are checked
// in src/write/relative-dates.ts: read from the article's reference time (its
// latest report), they must fall on a date the cited reports give, and agree
// with the absolute dates the article gives. Then every sentence (headline,
// lead, body, summary, alt text) must be supported by the sentences of the
// reports it cites (src/write/sentence-support.ts: its content words, names
// and figures in one passage, its negation and modality the same, the names
// it quotes where the passage has them); a failing sentence is a claim with
// the closest source sentence beside it.
import { extractTerms } from '../text/terms.ts';
import type { Article, SourceReport } from './article.ts';
import { isVariant, nameParts, type GlossaryEntry } from '../glossary/glossary.ts';
import { namesIn, solidlyWritten } from '../text/names.ts';
import { checkRelativeDates, dateTermIn, dateTermsCheckedAsDates, relativeCheckParts, sourceDays, type SourceDays } from './relative-dates.ts';
import { checkTrust, type ReportTrustInfo } from './trust-check.ts';
import { checkSentenceSupport, type SupportKind } from './sentence-support.ts';

export interface GroundingFailure {
  kind: 'number' | 'date' | 'quote' | 'name' | 'relative-date' | 'low-trust' | 'untrusted-claim' | SupportKind;
  where: string;
  claim: string;
  message: string;
  /** for a sentence that its sources do not support: the source sentence that comes closest */
  closestSource?: { reportId: number; sentence: string; coverage: number };
}

export interface Grounding {
  ok: boolean;
  failures: GroundingFailure[];
}

export interface GroundingOptions {
  /** words seen in many reports are ordinary vocabulary, not names (Korean and Japanese names are not capitalized) */
  isCommonWord?: (term: string) => boolean;
  /** the glossary of the article's language: its spellings stand for their variants in the sources */
  glossary?: GlossaryEntry[];
  /** each report's sources' trust (src/ingest/source-trust.ts); absent: trust is not judged */
  trust?: Map<number, ReportTrustInfo>;
}

// Straight and curly single quotes double as apostrophes (Korvath's), so only ‘…’ pairs count.
const quotePairs: Array<[string, string]> = [['"', '"'], ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』']];

function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(/[“”"'‘’「」『』]/g, '"').replace(/\s+/g, ' ').toLowerCase().trim();
}

export function quotedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const [open, close] of quotePairs) {
    const re = new RegExp(`${escape(open)}([^${escape(open)}${escape(close)}]{4,300})${escape(close)}`, 'g');
    for (const m of text.matchAll(re)) out.push(m[1].trim());
  }
  return out;
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Evidence {
  terms: Set<string>;
  text: string;
  names: string[];
  /** the days the reports give, relative dates resolved against their own report's time (src/write/relative-dates.ts) */
  days: SourceDays;
  /** the article's reference time: month-day dates are read in the year nearest it */
  ref: Date;
}

/** `known`: the glossary's spellings, so a name the reports write solid (마리아산토스) is found as the name it is. */
function evidence(reports: SourceReport[], lang: string, ref: Date, known: string[]): Evidence {
  const text = reports.map((r) => `${r.title}\n${r.body}`).join('\n');
  const names = [...namesIn(text, lang), ...solidlyWritten(text, lang, known)].flatMap(nameParts);
  return { terms: new Set(extractTerms(text, lang).map((t) => t.term)), text: normalizeText(text), names, days: sourceDays(reports, lang), ref };
}

/** The glossary indexed by the terms of its spellings, built once per check. */
interface Glossary {
  entries: GlossaryEntry[];
  spellings: Set<string>;
  byTerm: Map<string, GlossaryEntry[]>;
}

function indexGlossary(entries: GlossaryEntry[] = [], lang: string): Glossary {
  const byTerm = new Map<string, GlossaryEntry[]>();
  for (const e of entries) for (const t of extractTerms(e.spelling, lang)) byTerm.set(t.term, [...(byTerm.get(t.term) ?? []), e]);
  return { entries, spellings: new Set(entries.map((e) => e.spelling)), byTerm };
}

/** A glossary spelling counts as found when the sources use it or a variant of it. */
function glossarySupports(term: string, ev: Evidence, lang: string, g: Glossary): boolean {
  return (g.byTerm.get(term) ?? []).some((e) => ev.names.some((n) => n === e.spelling || isVariant(n, e.spelling)));
}

function checkText(text: string, where: string, ev: Evidence, lang: string, opts: GroundingOptions, g: Glossary, out: GroundingFailure[]) {
  const asDates = dateTermsCheckedAsDates(text, lang, ev.terms, ev.days, ev.ref);
  for (const t of extractTerms(text, lang)) {
    if (ev.terms.has(t.term) || glossarySupports(t.term, ev, lang, g)) continue;
    // a date the writer printed for a relative one in the sources ("yesterday" → "on December 2"), and the parts of dates
    if (t.kind === 'date' && dateTermIn(t.term, ev.days, ev.ref, lang)) continue;
    if (asDates.has(t.term)) continue;
    if (t.kind === 'number') out.push({ kind: 'number', where, claim: t.term.slice(2), message: `the number ${t.term.slice(2)} is not in the cited reports` });
    else if (t.kind === 'date') out.push({ kind: 'date', where, claim: t.term.slice(2), message: `the date ${t.term.slice(2)} (month-day) is not in the cited reports` });
    else if (t.kind === 'entity') out.push({ kind: 'name', where, claim: t.term, message: `the name "${t.term}" is not in the cited reports` });
    else if (lang !== 'en' && opts.isCommonWord && !opts.isCommonWord(t.term)) {
      // In Korean and Japanese a name is not marked: an uncommon word the sources lack is treated as one.
      out.push({ kind: 'name', where, claim: t.term, message: `"${t.term}" is not in the cited reports (a name spelled differently?)` });
    }
  }
  // a name that is a glossary spelling whole keeps its words, as the writer's applyGlossary does (Conciliation Board is not Bread's variant)
  for (const name of namesIn(text, lang).filter((n) => !g.spellings.has(n)).flatMap(nameParts)) {
    const preferred = g.spellings.has(name) ? undefined : g.entries.find((e) => isVariant(name, e.spelling));
    if (preferred) out.push({ kind: 'name', where, claim: name, message: `"${name}" is spelled "${preferred.spelling}" in the glossary` });
  }
  for (const q of quotedPhrases(text)) {
    if (!ev.text.includes(normalizeText(q))) out.push({ kind: 'quote', where, claim: q, message: `the quotation "${q}" is not found word for word in the cited reports` });
  }
}

export function checkGrounding(article: Article, reports: SourceReport[], opts: GroundingOptions = {}): Grounding {
  const lang = article.lang;
  const failures: GroundingFailure[] = [];
  const byId = new Map(reports.map((r) => [r.id, r]));
  // the article's reference time: the publication time of the latest report it rests on
  const latest = new Date(Math.max(...reports.map((r) => r.publishedAt.getTime())));
  const glossary = indexGlossary(opts.glossary, lang);
  const known = [...glossary.spellings];
  const everything = evidence(reports, lang, latest, known);
  const byCitations = new Map<string, Evidence>([[reports.map((r) => r.id).join(','), everything]]);

  // the headline and lead are checked against the reports they cite, when the writer recorded them
  const leadCited = (article.leadCitations ?? []).map((id) => byId.get(id)).filter((r): r is SourceReport => !!r);
  if (article.leadCitations?.length && leadCited.length !== article.leadCitations.length) {
    failures.push({ kind: 'name', where: 'lead', claim: article.leadCitations.join(','), message: 'the headline and lead cite a report that is not one of the story\'s sources' });
  }
  const leadEvidence = leadCited.length ? evidence(leadCited, lang, latest, known) : everything;
  checkText(article.headline, 'headline', leadEvidence, lang, opts, glossary, failures);
  checkText(article.lead, 'lead', leadEvidence, lang, opts, glossary, failures);
  checkText(article.summary, 'summary', everything, lang, opts, glossary, failures);
  article.body.forEach((p, i) => {
    const where = `paragraph ${i + 1}`;
    const cited = p.citations.map((id) => byId.get(id)).filter((r): r is SourceReport => !!r);
    if (cited.length !== p.citations.length) {
      failures.push({ kind: 'name', where, claim: p.citations.join(','), message: 'the paragraph cites a report that is not one of the story\'s sources' });
    }
    if (!cited.length) return;
    // paragraphs citing the same reports share their evidence (reading the reports is most of the check's time)
    const key = cited.map((r) => r.id).join(',');
    if (!byCitations.has(key)) byCitations.set(key, evidence(cited, lang, latest, known));
    checkText(p.text, where, byCitations.get(key)!, lang, opts, glossary, failures);
  });
  if (reports.length) failures.push(...checkRelativeDates(relativeCheckParts(article, reports), lang, latest));
  if (opts.trust) failures.push(...checkTrust(article, reports, opts.trust));
  // whole sentences; a glossary spelling stands for the sources' variants of it
  const sameName = (a: string, b: string) => a === b || isVariant(a, b) || glossary.entries.some((e) => e.spelling === a && isVariant(b, e.spelling));
  failures.push(...checkSentenceSupport(article, reports, { sameName }).map(({ closest, ...f }) => ({ ...f, ...(closest ? { closestSource: closest } : {}) })));
  // one failure per claim and place
  const seen = new Set<string>();
  const unique = failures.filter((f) => {
    const k = `${f.kind}|${f.where}|${f.claim}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return { ok: unique.length === 0, failures: unique };
}
