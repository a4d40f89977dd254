// Relative dates in an article, checked against the reports it cites
// (src/text/dates.ts reads and resolves them).
//
// - A relative phrase or weekday the article prints on its own ("next week",
//   "on Monday", 다음 주, 来週) is read from the article's reference time, the
//   publication time of the latest report it rests on, and must fall on a date
//   the cited reports give: the date in the report sentence the article's
//   sentence comes from (found by its words, and by the words on either side
//   of the phrase), an absolute date or a relative one resolved against that
//   report's own publication time. A relative phrase that no article date can
//   follow ("next week" when every date the article gives is already past) is
//   a failure too.
// - A phrase printed with its own dates ("다음 주(12월 7일~12월 13일)",
//   "月曜日（12月7日）"), as the extractive writer prints the phrases it copies,
//   must mean those dates when read from the publication time of one of the
//   cited reports; the dates themselves are checked as dates.
// - A weekday printed with a date ("Monday, December 7", "12월 7일(월)") must be
//   that date's weekday.
// Calendar days are taken in the zone of the text's language (zoneFor: Seoul
// for Korean, Tokyo for Japanese, UTC otherwise).
import { dayToIso, findDates, localDay, nearestYear, quoteSpans, weekdayOf, ymd, zoneFor, type DateMention } from '../text/dates.ts';
import { sentences } from '../text/sentences.ts';
import { extractTerms } from '../text/terms.ts';
import type { Article, SourceReport } from './article.ts';

export interface RelativeDateFailure {
  kind: 'relative-date';
  where: string;
  claim: string;
  message: string;
}

interface SourceSentence { text: string; norm: string; terms: Set<string>; mentions: DateMention[] }
/** The days the reports give (relative ones resolved against their own report's time), and the Mondays of the weeks they name. */
export interface SourceDays { days: Set<number>; weeks: Set<number> }
interface SourceDates extends SourceDays { report: SourceReport; sentences: SourceSentence[] }

// The mentions of a text read from a calendar day, remembered: the same texts are read from the same days many times.
const memo = new Map<string, DateMention[]>();
function mentionsOn(text: string, lang: string, day: number): DateMention[] {
  const key = `${lang}|${day}|${text}`;
  let hit = memo.get(key);
  if (!hit) {
    if (memo.size > 20_000) memo.clear();
    memo.set(key, (hit = findDates(text, lang, day * 86_400_000)));
  }
  return hit;
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();
const wordTerms = (text: string, lang: string) => new Set(extractTerms(text, lang).filter((t) => t.kind !== 'date' && t.kind !== 'number').map((t) => t.term));

const cache = new WeakMap<SourceReport, Map<string, SourceDates>>();

/** A report's sentences with their date mentions, resolved against the report's own publication time. */
export function sourceDates(report: SourceReport, fallbackLang: string): SourceDates {
  const lang = report.lang ?? fallbackLang;
  const key = `${lang}|${report.publishedAt.getTime()}|${report.title.length}|${report.body.length}`;
  let byKey = cache.get(report);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const zone = zoneFor(lang);
  const ss: SourceSentence[] = [];
  for (const para of `${report.title}\n\n${report.body}`.split(/\n+/)) {
    for (const text of sentences(para, lang)) {
      ss.push({ text, norm: norm(text), terms: wordTerms(text, lang), mentions: findDates(text, lang, report.publishedAt, { zone }) });
    }
  }
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const s of ss) {
    for (const m of s.mentions) {
      if (m.from === m.to) days.add(m.from);
      else if (m.to - m.from === 6) weeks.add(m.from);
    }
  }
  const out = { report, sentences: ss, days, weeks };
  if (!byKey) cache.set(report, (byKey = new Map()));
  byKey.set(key, out);
  return out;
}

/**
 * The days the reports give, absolute or relative, each resolved against its
 * own report's time: a date the writer printed for "yesterday" or "다음 주" is
 * supported by them.
 */
export function sourceDays(reports: SourceReport[], lang: string): SourceDays {
  const out: SourceDays = { days: new Set(), weeks: new Set() };
  for (const r of reports) {
    const s = sourceDates(r, lang);
    for (const d of s.days) out.days.add(d);
    for (const d of s.weeks) out.weeks.add(d);
  }
  return out;
}

/** Whether a month-day date term (d:M-D) of the article is one of `days`, read in the year nearest `ref`. */
export function dateTermIn(term: string, days: SourceDays, ref: Date, lang: string): boolean {
  const [m, d] = term.replace(/^d:/, '').split('-').map(Number);
  return days.days.has(nearestYear(m, d, localDay(ref, zoneFor(lang))));
}

/**
 * Terms of an article text that the date checks answer for, so that the
 * number and name checks leave them: the dates printed with a relative phrase
 * ("다음 주(12월 7일~12월 13일)": the relative-date check reads them), and the
 * parts of a date the sources give ("November" and "17" of "November 17" when
 * the sources say "Nov 17" or "yesterday"; 月 of "11月18日" when they say "18日").
 */
export function dateTermsCheckedAsDates(text: string, lang: string, sourceTerms: Set<string>, days: SourceDays, ref: Date): Set<string> {
  const out = new Set<string>();
  const l = lang.slice(0, 2);
  const mentions = mentionsOn(text, l, localDay(ref, zoneFor(l)));
  const quotes = quoteSpans(text);
  const term = (day: number) => `d:${ymd(day).m}-${ymd(day).d}`;
  const take = (s: string) => {
    for (const t of extractTerms(s, l)) out.add(t.term);
  };
  for (const m of mentions) {
    if (m.anchor) take(text.slice(m.anchor.start, m.anchor.end));
    // the words of a relative phrase (오늘, 今週): the relative-date check reads them
    if (m.kind !== 'absolute') {
      if (!quotes.some(([a, b]) => m.start >= a && m.start < b)) take(m.text);
      continue;
    }
    // "in the week of November 9", printed for a "last week" of the sources
    const week = l === 'en' && /\bweek of\s+$/i.test(text.slice(0, m.start)) && days.weeks.has(m.from);
    if (week || sourceTerms.has(term(m.from)) || days.days.has(m.from)) take(m.text);
  }
  return out;
}

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from <= b.to && a.to >= b.from;
const span = (m: { from: number; to: number }) => (m.from === m.to ? dayToIso(m.from) : `${dayToIso(m.from)}–${dayToIso(m.to)}`);

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The sentence of `text` around position `at`. */
function sentenceAt(text: string, at: number, lang: string): { text: string; offset: number } {
  let from = 0;
  for (const s of sentences(text, lang)) {
    const i = text.indexOf(s, from);
    if (i < 0) continue;
    if (at >= i && at < i + s.length) return { text: s, offset: i };
    from = i + s.length;
  }
  return { text, offset: 0 };
}

/**
 * What the cited reports say about the date the phrase `m` (in `sentence`,
 * at `at`) stands for: the mentions of the report sentence it was taken from,
 * the one mention aligned with it if the words around it match, else every
 * mention in the reports.
 */
function sourceMentions(sentence: string, at: { start: number; end: number }, lang: string, sources: SourceDates[]): { mentions: DateMention[]; from: string | null } {
  const terms = wordTerms(sentence, lang);
  let best = 0;
  const scored: Array<{ s: SourceSentence; score: number }> = [];
  for (const src of sources) {
    for (const s of src.sentences) {
      let shared = 0;
      for (const t of terms) if (s.terms.has(t)) shared++;
      const score = terms.size ? shared / terms.size : 0;
      scored.push({ s, score });
      best = Math.max(best, score);
    }
  }
  const all = sources.flatMap((x) => x.sentences.flatMap((s) => s.mentions));
  if (best < 0.5) return { mentions: all, from: null };
  const candidates = scored.filter((x) => x.score >= best - 0.05 && x.s.mentions.length);
  if (!candidates.length) return { mentions: all, from: null };
  const before = norm(sentence.slice(0, at.start)), after = norm(sentence.slice(at.end));
  let aligned: { m: DateMention; s: SourceSentence; n: number } | null = null;
  for (const { s } of candidates) {
    for (const m of s.mentions) {
      const n = commonSuffix(before, norm(s.text.slice(0, m.start))) + commonPrefix(after, norm(s.text.slice(m.end)));
      if (!aligned || n > aligned.n) aligned = { m, s, n };
    }
  }
  if (aligned && aligned.n >= 6) return { mentions: [aligned.m], from: aligned.m.text };
  return { mentions: candidates.flatMap((x) => x.s.mentions), from: null };
}

export interface RelativeCheckPart {
  text: string;
  where: string;
  sources: SourceReport[];
  /** the lead and summary, which the writer composes: a date on the source's own day also contradicts "next week" */
  sameDayCounts: boolean;
}

/** The relative-date failures of an article whose parts cite `parts[i].sources`; `ref` is the article's reference time. */
export function checkRelativeDates(parts: RelativeCheckPart[], lang: string, ref: Date): RelativeDateFailure[] {
  const out: RelativeDateFailure[] = [];
  const zone = zoneFor(lang);
  const refDay = localDay(ref, zone);
  const articleDates = parts.flatMap((p) => mentionsOn(p.text, lang, refDay).filter((m) => m.kind === 'absolute').map((m) => m.from));
  for (const part of parts) {
    if (!part.sources.length) continue;
    const quotes = quoteSpans(part.text);
    const mentions = mentionsOn(part.text, lang, refDay).filter((m) => !quotes.some(([a, b]) => m.start >= a && m.start < b));
    for (const m of mentions) {
      if (m.kind === 'absolute') {
        if (m.weekday !== undefined && m.weekday !== weekdayOf(m.from)) {
          out.push({ kind: 'relative-date', where: part.where, claim: m.text, message: `"${m.text}": ${dayToIso(m.from)} is not that weekday` });
        }
        continue;
      }
      if (m.anchor) {
        // read from the day of one of the cited reports, the phrase must mean the dates printed with it
        const anchor = m.anchor;
        const agrees = part.sources.some((s) => {
          const again = mentionsOn(part.text, lang, localDay(s.publishedAt, zone)).find((x) => x.start === m.start);
          return again && again.from === anchor.from && again.to === anchor.to;
        });
        if (!agrees) {
          const p = dayToIso(localDay(part.sources[0].publishedAt, zone));
          out.push({ kind: 'relative-date', where: part.where, claim: m.text, message: `"${part.text.slice(m.start, anchor.end)}": from the day of the cited reports (${p}…), "${m.text}" does not mean ${span(anchor)}` });
          continue;
        }
      }
      const range = m.anchor ?? m;
      // the article's own dates: "next week" cannot follow when every date it gives is already past
      if (!m.anchor && m.from > refDay && articleDates.length) {
        const agrees = part.sources.some((src) => {
          const base = localDay(src.publishedAt, zone);
          return articleDates.some((d) => (part.sameDayCounts ? d > base : d >= base));
        });
        if (!agrees) {
          out.push({ kind: 'relative-date', where: part.where, claim: m.text, message: `"${m.text}" (written on ${dayToIso(localDay(part.sources[0].publishedAt, zone))}) disagrees with the article's date ${dayToIso(articleDates[0])}` });
          continue;
        }
      }
      // the cited reports must give a date in the range the phrase means, read from the article's day
      const sentence = sentenceAt(part.text, m.start, lang);
      const found = sourceMentions(sentence.text, { start: m.start - sentence.offset, end: m.end - sentence.offset }, lang, part.sources.map((r) => sourceDates(r, lang)));
      if (!found.mentions.some((x) => overlaps(x, range))) {
        const said = found.from ? `the report sentence it comes from says "${found.from}" (${span(found.mentions[0])})` : 'the cited reports give no date in that range';
        const read = m.anchor ? `printed as ${span(range)}` : `read from the article's day ${dayToIso(refDay)}, means ${span(m)}`;
        out.push({ kind: 'relative-date', where: part.where, claim: m.text, message: `"${m.text}", ${read}, but ${said}` });
      }
    }
  }
  return out;
}

/**
 * The parts of an article to check, with the reports each rests on: the lead,
 * the summary and each paragraph. The headline is not read for relative dates:
 * the extractive writer prints a report's title as it is.
 */
export function relativeCheckParts(article: Article, reports: SourceReport[]): RelativeCheckPart[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return [
    { text: article.lead, where: 'lead', sources: reports, sameDayCounts: true },
    { text: article.summary, where: 'summary', sources: reports, sameDayCounts: true },
    ...article.body.map((p, i) => ({
      text: p.text, where: `paragraph ${i + 1}`, sameDayCounts: false,
      sources: p.citations.map((id) => byId.get(id)).filter((r): r is SourceReport => !!r),
    })),
  ];
}
