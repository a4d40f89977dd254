// The grounding check, run on every article whichever writer wrote it: each
// number, date, quoted phrase and name in a paragraph must be found in the
// reports that paragraph cites (the headline, lead and summary: in any of the
// story's reports), compared after normalizing script, spacing and number
// formats. Relative dates ("next week", 다음 주, 来週) are resolved against the
// publication time of the report they come from, and must agree with the
// absolute dates the article gives.
import { extractTerms } from '../text/terms.ts';
import type { Article, SourceReport } from './article.ts';
import { isVariant, namesIn, type GlossaryEntry } from '../glossary/glossary.ts';

export interface GroundingFailure {
  kind: 'number' | 'date' | 'quote' | 'name' | 'relative-date';
  where: string;
  claim: string;
  message: string;
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
}

function evidence(reports: SourceReport[], lang: string): Evidence {
  const text = reports.map((r) => `${r.title}\n${r.body}`).join('\n');
  return { terms: new Set(extractTerms(text, lang).map((t) => t.term)), text: normalizeText(text), names: namesIn(text, lang) };
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
  return (g.byTerm.get(term) ?? []).some((e) => ev.names.some((n) => n === e.spelling || isVariant(n, e.spelling, lang)));
}

function checkText(text: string, where: string, ev: Evidence, lang: string, opts: GroundingOptions, g: Glossary, out: GroundingFailure[]) {
  for (const t of extractTerms(text, lang)) {
    if (ev.terms.has(t.term) || glossarySupports(t.term, ev, lang, g)) continue;
    if (t.kind === 'number') out.push({ kind: 'number', where, claim: t.term.slice(2), message: `the number ${t.term.slice(2)} is not in the cited reports` });
    else if (t.kind === 'date') out.push({ kind: 'date', where, claim: t.term.slice(2), message: `the date ${t.term.slice(2)} (month-day) is not in the cited reports` });
    else if (t.kind === 'entity') out.push({ kind: 'name', where, claim: t.term, message: `the name "${t.term}" is not in the cited reports` });
    else if (lang !== 'en' && opts.isCommonWord && !opts.isCommonWord(t.term)) {
      // In Korean and Japanese a name is not marked: an uncommon word the sources lack is treated as one.
      out.push({ kind: 'name', where, claim: t.term, message: `"${t.term}" is not in the cited reports (a name spelled differently?)` });
    }
  }
  for (const name of namesIn(text, lang)) {
    const preferred = g.spellings.has(name) ? undefined : g.entries.find((e) => isVariant(name, e.spelling, lang));
    if (preferred) out.push({ kind: 'name', where, claim: name, message: `"${name}" is spelled "${preferred.spelling}" in the glossary` });
  }
  for (const q of quotedPhrases(text)) {
    if (!ev.text.includes(normalizeText(q))) out.push({ kind: 'quote', where, claim: q, message: `the quotation "${q}" is not found word for word in the cited reports` });
  }
}

// ——— relative dates ———

interface Relative { phrase: string; from: number; to: number } // day offsets, inclusive

const relatives: Array<{ re: RegExp; from: number; to: number; weekly?: 'next' | 'last' }> = [
  { re: /\btomorrow\b|내일|明日/gi, from: 1, to: 1 },
  { re: /\byesterday\b|어제|昨日/gi, from: -1, to: -1 },
  { re: /\bnext week\b|다음 ?주|来週/gi, from: 0, to: 0, weekly: 'next' },
  { re: /\blast week\b|지난 ?주|先週/gi, from: 0, to: 0, weekly: 'last' },
];

function relativeDates(text: string): Relative[] {
  const out: Relative[] = [];
  for (const r of relatives) for (const m of text.matchAll(r.re)) out.push({ phrase: m[0], from: r.from, to: r.to, ...(r.weekly ? { from: r.weekly === 'next' ? 1 : -13, to: r.weekly === 'next' ? 13 : -1 } : {}) });
  return out;
}

/**
 * Absolute dates in a text, as epoch milliseconds: month and day in the year
 * closest to `near`; in Korean and Japanese also a bare day ("18일", "18日"),
 * which news uses for dates of the current month, in the month closest to `near`.
 */
function absoluteDates(text: string, lang: string, near: number): number[] {
  const out: number[] = [];
  if (lang === 'ko' || lang === 'ja') {
    const bare = lang === 'ko' ? /(?<!월\s*|\d)(\d{1,2})\s*일(?![간째])/g : /(?<!月\s*|\d)(\d{1,2})\s*日(?![間目])/g;
    const n = new Date(near);
    for (const m of text.normalize('NFKC').matchAll(bare)) {
      const d = Number(m[1]);
      if (d < 1 || d > 31) continue;
      const candidates = [-1, 0, 1].map((k) => Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + k, d));
      out.push(candidates.reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a)));
    }
  }
  for (const t of extractTerms(text, lang)) {
    if (t.kind !== 'date') continue;
    const [m, d] = t.term.slice(2).split('-').map(Number);
    const year = new Date(near).getUTCFullYear();
    const candidates = [year - 1, year, year + 1].map((y) => Date.UTC(y, m - 1, d));
    out.push(candidates.reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a)));
  }
  return out;
}

/**
 * A relative date in `text`, resolved against the publication day of the
 * report it comes from, must not contradict the article's absolute dates:
 * "next week" when every date the article gives is already past is the
 * fault this catches.
 */
/**
 * `sameDayCounts`: in the lead and summary, which the writer composes rather
 * than quotes, a date on the source's own day also contradicts "next week"
 * (the event happened that day); in a cited paragraph it may be the day a
 * future plan was announced, so only earlier dates contradict there.
 */
function checkRelative(text: string, where: string, sources: SourceReport[], articleDates: number[], sameDayCounts: boolean, out: GroundingFailure[]) {
  if (!articleDates.length || !sources.length) return;
  // Only phrases that point ahead are checked: "last week" often refers to an
  // earlier event the article gives no date for, while "next week" about a
  // date already past is the fault readers notice.
  for (const r of relativeDates(text).filter((x) => x.from > 0)) {
    // consistent if it agrees when read from the publication day of any report it may come from
    const agrees = sources.some((src) => {
      const p = src.publishedAt;
      const base = Date.UTC(p.getUTCFullYear(), p.getUTCMonth(), p.getUTCDate());
      const ahead = articleDates.some((d) => d > base);
      const contradicted = articleDates.every((d) => (sameDayCounts ? d <= base : d < base));
      return ahead || !contradicted;
    });
    if (!agrees) {
      const p = sources[0].publishedAt.toISOString().slice(0, 10);
      const shown = new Date(articleDates[0]).toISOString().slice(0, 10);
      out.push({ kind: 'relative-date', where, claim: r.phrase, message: `"${r.phrase}" (written on ${p}) disagrees with the article's date ${shown}` });
    }
  }
}

export function checkGrounding(article: Article, reports: SourceReport[], opts: GroundingOptions = {}): Grounding {
  const lang = article.lang;
  const failures: GroundingFailure[] = [];
  const byId = new Map(reports.map((r) => [r.id, r]));
  const everything = evidence(reports, lang);
  const latest = new Date(Math.max(...reports.map((r) => r.publishedAt.getTime())));
  const fullText = [article.headline, article.lead, article.summary, ...article.body.map((p) => p.text)].join('\n');
  const articleDates = absoluteDates(fullText, lang, latest.getTime());

  const glossary = indexGlossary(opts.glossary, lang);
  checkText(article.headline, 'headline', everything, lang, opts, glossary, failures);
  checkText(article.lead, 'lead', everything, lang, opts, glossary, failures);
  checkText(article.summary, 'summary', everything, lang, opts, glossary, failures);
  checkRelative(article.lead, 'lead', reports, articleDates, true, failures);
  checkRelative(article.summary, 'summary', reports, articleDates, true, failures);
  article.body.forEach((p, i) => {
    const where = `paragraph ${i + 1}`;
    const cited = p.citations.map((id) => byId.get(id)).filter((r): r is SourceReport => !!r);
    if (cited.length !== p.citations.length) {
      failures.push({ kind: 'name', where, claim: p.citations.join(','), message: 'the paragraph cites a report that is not one of the story\'s sources' });
    }
    if (!cited.length) return;
    checkText(p.text, where, evidence(cited, lang), lang, opts, glossary, failures);
    checkRelative(p.text, where, cited, articleDates, false, failures);
  });
  // one failure per claim and place
  const seen = new Set<string>();
  const unique = failures.filter((f) => {
    const k = `${f.kind}|${f.where}|${f.claim}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return { ok: unique.length === 0, failures: unique };
}
