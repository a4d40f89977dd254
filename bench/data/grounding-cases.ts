// Grounding-check cases built from the demo corpus, deterministically (no
// randomness): for each demo event and each language it has reports in, the
// extractive article is written from the event's reports (ids 1..n in
// publication order) and kept as a clean case, together with a second clean
// article written with other settings (a three-sentence lead, three-sentence
// paragraphs); erroneous copies of the first are derived by planting exactly
// one error in one place:
// - number: the leading digit of a number in a body paragraph goes up by one
//   (2,900 → 3,900; 2조 → 3조), keeping its notation;
// - date: a date in a body paragraph (else in the lead) moves two days
//   (Nov 19 → Nov 21; 19일 → 21일; 12月4日 → 12月6日);
// - quote: one word is dropped from the middle of a quotation in a body paragraph;
// - name: English, a capitalized word inside a sentence (the rarest in the
//   corpus, so a name rather than "Minister") has one vowel changed; Korean and
//   Japanese, a name found by its title (사장, 감독, 知事, 氏…) or its
//   place/organization ending (…시, …전자, …市, …川) has its first
//   syllable/character changed (고이즈미 → 코이즈미, 早瀬 → 田瀬);
// - relative-date: the summary is replaced by a body sentence that dates an
//   event on or before the day of the earliest report, with that date
//   replaced by "next week" / 다음 주 / 来週; and two more of each story and
//   language: a body sentence's date replaced by "tomorrow" / 내일 / 明日 where
//   it is not the day after the latest report, and by the name of another
//   weekday ("on Friday" / 금요일 / 金曜日 for a Thursday).
// Clean cases also include relative dates carried correctly: a body sentence
// whose date is replaced by the phrase that names it from the day of the latest
// report (the article's reference time): yesterday / today / tomorrow / this
// week / next week / last week, 어제 / 오늘 / 내일 / 이번 주 / 다음 주 / 지난주,
// 昨日 / 今日 / 明日 / 今週 / 来週 / 先週.
// A planted value is always one that appears nowhere in the event's reports,
// so every planted case is a real error. Where a planting cannot be done (no
// number, no quotation…), that variant is skipped. Numbers, dates and names
// are never changed inside quotation marks, so each case holds one kind of error.
import { readFileSync } from 'node:fs';
import { extractTerms } from '../../src/text/terms.ts';
import type { Article, SourceReport } from '../../src/write/article.ts';
import { writeExtractive } from '../../src/write/extractive.ts';
import { sentences } from '../../src/text/sentences.ts';
import { findDates, localDay, quoteSpans as quoteRanges, weekStart, weekdayOf, zoneFor } from '../../src/text/dates.ts';
import { demoCorpus, type Labeled } from '../cluster-quality.ts';

export type PlantedKind = 'number' | 'date' | 'quote' | 'name' | 'relative-date';

export interface GroundingCase {
  /** event/lang/kind, and for planted cases what was changed where */
  name: string;
  article: Article;
  reports: SourceReport[];
  planted: null | PlantedKind;
  lang: string;
  /** what sort of case within its kind: for relative dates "next week (past event)", "tomorrow (past event)", "wrong weekday", "carried" (clean) */
  variant?: string;
}

export interface DemoStory {
  event: string;
  /** the event's own language (of its earliest report; the reference lead's language) */
  lang: string;
  /** every report of the event, ids 1..n in publication order */
  reports: SourceReport[];
}

let corpus: Labeled[] | undefined;
function demo(): Labeled[] {
  return (corpus ??= demoCorpus());
}

/** The demo events, each with its reports as a writer sees them. */
export function demoStories(): DemoStory[] {
  const byEvent = new Map<string, Labeled[]>();
  for (const r of demo()) {
    if (!byEvent.has(r.event)) byEvent.set(r.event, []);
    byEvent.get(r.event)!.push(r);
  }
  return [...byEvent].map(([event, rs]) => ({
    event,
    lang: rs[0].lang,
    reports: rs.map((r, i) => ({ id: i + 1, title: r.title, body: r.body, lang: r.lang, publishedAt: r.publishedAt, outlet: null, url: null })),
  }));
}

/** In how many demo reports each term (extractTerms, in the report's language) appears. */
export function demoDocumentFrequencies(): Map<string, number> {
  const df = new Map<string, number>();
  for (const r of demo()) {
    for (const t of new Set(extractTerms(`${r.title}\n${r.body}`, r.lang).map((x) => x.term))) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return df;
}

/** The human-written reference leads: event → { lang, lead }. */
export function referenceLeads(): Map<string, { lang: string; lead: string }> {
  const rows: Array<{ event: string; lang: string; lead: string }> = JSON.parse(readFileSync(new URL('../../demo/references/leads.json', import.meta.url), 'utf8'));
  return new Map(rows.map((r) => [r.event, { lang: r.lang, lead: r.lead }]));
}

// ——— helpers ———

const quotePairs: Array<[string, string]> = [['"', '"'], ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』']];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Span { start: number; end: number; inner: string; innerStart: number }

/** Quotations (the same pairs the grounding check reads), with positions. */
function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const [open, close] of quotePairs) {
    const re = new RegExp(`${esc(open)}([^${esc(open)}${esc(close)}]*)${esc(close)}`, 'g');
    for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length, inner: m[1], innerStart: m.index! + open.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
const inQuote = (spans: Span[], i: number) => spans.some((s) => i >= s.start && i < s.end);

const monthRe = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const monthNum: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const weekdays = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const monthWord = new RegExp(`^${monthRe}$`);

/** Every (month, day) and bare day written in a text, as `M-D` and `*-D` keys. */
function dateKeys(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.normalize('NFKC');
  for (const m of t.matchAll(/(?:(\d{1,2})\s*(?:월|月)\s*)?(\d{1,2})\s*(?:일|日)/g)) {
    out.add(`*-${+m[2]}`);
    if (m[1]) out.add(`${+m[1]}-${+m[2]}`);
  }
  for (const m of t.matchAll(new RegExp(`\\b(${monthRe})\\.?\\s+(\\d{1,2})\\b`, 'g'))) out.add(`${monthNum[m[1].slice(0, 3).toLowerCase()]}-${+m[2]}`);
  for (const m of t.matchAll(new RegExp(`\\b(\\d{1,2})\\s+(${monthRe})\\b`, 'g'))) out.add(`${monthNum[m[2].slice(0, 3).toLowerCase()]}-${+m[1]}`);
  return out;
}

/** Numbers as written (commas dropped), each with the unit word that follows it if any. */
function numberKeys(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.normalize('NFKC').replace(/(\d),(?=\d)/g, '$1');
  for (const m of t.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(?![\d])\s*(억|億|만|万|천|千|조|兆|thousand|million|billion)?/gi)) {
    out.add(m[1]);
    if (m[2]) out.add(m[1] + m[2].toLowerCase());
  }
  return out;
}

const numberUnit = /^\s*(억|億|만|万|천|千|조|兆|thousand|million|billion)/i;

interface Located { where: 'body' | 'lead'; paragraph: number; start: number; end: number; replacement: string; from: string }

function applyChange(article: Article, at: Located): Article {
  const a = structuredClone(article);
  const edit = (s: string) => s.slice(0, at.start) + at.replacement + s.slice(at.end);
  if (at.where === 'lead') a.lead = edit(a.lead); // the summary keeps its own (correct) text: one error, one place
  else a.body[at.paragraph].text = edit(a.body[at.paragraph].text);
  return a;
}

const describe = (at: Located) => `${at.where === 'lead' ? 'lead' : `paragraph ${at.paragraph + 1}`}: "${at.from}" → "${at.replacement}"`;

// ——— plantings ———

function plantNumber(article: Article, reports: SourceReport[]): Located | null {
  const known = numberKeys(reports.map((r) => `${r.title}\n${r.body}`).join('\n'));
  for (const [p, para] of article.body.entries()) {
    const text = para.text;
    const quotes = quoteSpans(text);
    for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
      const start = m.index!, raw = m[0].replace(/,$/, ''), end = start + raw.length;
      const before = text.slice(Math.max(0, start - 12), start), after = text.slice(end, end + 14);
      if (inQuote(quotes, start)) continue;
      if (/[A-Za-z\d.,:\-]$/.test(before)) continue; // Skylark-3, 6:52, parts of other numbers
      if (/^(?::|\.\d|st\b|nd\b|rd\b|th\b|\s*(?:월|月|일|日|時|시|분|分|秒|초|年|년|a\.m|p\.m|am\b|pm\b|GMT))/i.test(after)) continue; // times, dates, years, ordinals
      if (new RegExp(`${monthRe}\\.?\\s*$`).test(before) || new RegExp(`^\\s+${monthRe}\\b`).test(after)) continue; // Nov 19, 19 November
      const digits = raw.replace(/,/g, '');
      if (/^(19|20)\d\d$/.test(digits)) continue; // years
      const unit = after.match(numberUnit)?.[1];
      if (Number(digits) < 10 && !unit) continue; // the check ignores bare counts under 10 by design
      const lead = Number(raw[0]);
      for (let step = 1; step <= 8; step++) {
        const d = ((lead - 1 + step) % 9) + 1; // 1..9, never a leading zero
        const replacement = String(d) + raw.slice(1);
        const key = replacement.replace(/,/g, '');
        if (known.has(key) || (unit && known.has(key + unit.toLowerCase()))) continue;
        return { where: 'body', paragraph: p, start, end, replacement, from: raw };
      }
    }
  }
  return null;
}

function plantDate(article: Article, reports: SourceReport[], lang: string): Located | null {
  const known = dateKeys(reports.map((r) => `${r.title}\n${r.body}`).join('\n'));
  const places: Array<{ where: 'body' | 'lead'; paragraph: number; text: string }> = [
    ...article.body.map((b, i) => ({ where: 'body' as const, paragraph: i, text: b.text })),
    { where: 'lead', paragraph: -1, text: article.lead },
  ];
  for (const place of places) {
    const quotes = quoteSpans(place.text);
    const found: Array<{ start: number; end: number; month: number | null; day: number; make: (day: number) => string }> = [];
    if (lang === 'en') {
      for (const m of place.text.matchAll(new RegExp(`\\b(${monthRe})(\\.?\\s+)(\\d{1,2})\\b`, 'g'))) {
        found.push({ start: m.index!, end: m.index! + m[0].length, month: monthNum[m[1].slice(0, 3).toLowerCase()], day: +m[3], make: (d) => `${m[1]}${m[2]}${d}` });
      }
      for (const m of place.text.matchAll(new RegExp(`\\b(\\d{1,2})(\\s+)(${monthRe})\\b`, 'g'))) {
        found.push({ start: m.index!, end: m.index! + m[0].length, month: monthNum[m[3].slice(0, 3).toLowerCase()], day: +m[1], make: (d) => `${d}${m[2]}${m[3]}` });
      }
    } else {
      // 19일 / 11월 19일 / 19日 / 12月4日; not durations (9일간, 9일 동안, 3日間, 1日停止)
      const re = lang === 'ko' ? /(?<!\d)(?:(\d{1,2})(월\s*))?(\d{1,2})일(?![간만째])(?!\s*동안)/g : /(?<![\d.])(?:(\d{1,2})(月))?(\d{1,2})日(?![間目分停連])/g;
      const suffix = lang === 'ko' ? '일' : '日';
      for (const m of place.text.matchAll(re)) {
        found.push({ start: m.index!, end: m.index! + m[0].length, month: m[1] ? +m[1] : null, day: +m[3], make: (d) => `${m[1] ? m[1] + m[2] : ''}${d}${suffix}` });
      }
    }
    found.sort((a, b) => a.start - b.start);
    for (const f of found) {
      if (inQuote(quotes, f.start) || f.day < 1 || f.day > 31) continue;
      for (const delta of [2, 3, -2, -3, 4, -4]) {
        const d = f.day + delta;
        if (d < 1 || d > 28) continue;
        if (known.has(`*-${d}`) || (f.month && known.has(`${f.month}-${d}`)) || (!f.month && [...known].some((k) => k.endsWith(`-${d}`)))) continue;
        return { where: place.where, paragraph: place.paragraph, start: f.start, end: f.end, replacement: f.make(d), from: place.text.slice(f.start, f.end) };
      }
    }
  }
  return null;
}

function plantQuote(article: Article, reports: SourceReport[], lang: string): Located | null {
  const evidence = reports.map((r) => `${r.title}\n${r.body}`).join('\n').normalize('NFKC').replace(/\s+/g, ' ').toLowerCase();
  const ja = lang === 'ja' || lang === 'zh';
  const seg = new Intl.Segmenter(lang, { granularity: 'word' });
  for (const [p, para] of article.body.entries()) {
    for (const q of quoteSpans(para.text)) {
      // words with their positions inside the quotation
      const words = ja
        ? [...seg.segment(q.inner)].filter((s) => s.isWordLike).map((s) => ({ w: s.segment, at: s.index }))
        : [...q.inner.matchAll(/\S+/g)].map((m) => ({ w: m[0], at: m.index! }));
      if (ja ? q.inner.length < 8 || words.length < 4 || !/[\u3040-\u309f]/.test(q.inner) : words.length < 4) continue; // titles and names in quotation marks, not quotations
      // drop the longest word that is neither the first nor the last
      const inner = words.slice(1, -1).filter((x) => (ja ? x.w.length >= 2 : /\p{L}{3,}/u.test(x.w) && !/\d/.test(x.w)));
      if (!inner.length) continue;
      const pick = inner.reduce((a, b) => (b.w.length > a.w.length ? b : a));
      let from = pick.at, to = pick.at + pick.w.length;
      if (!ja) to = Math.min(q.inner.length, to + (q.inner.slice(to).match(/^\s+/)?.[0].length ?? 0)); // and the space after it
      const altered = q.inner.slice(0, from) + q.inner.slice(to);
      if (altered.trim().length < 4 || evidence.includes(altered.normalize('NFKC').replace(/\s+/g, ' ').toLowerCase().trim())) continue;
      return { where: 'body', paragraph: p, start: q.innerStart, end: q.innerStart + q.inner.length, replacement: altered, from: q.inner };
    }
  }
  return null;
}

/** Capitalized words that are parts of names but not names (Chapel Lane, Fire Officer, Harbour Party). */
const genericCaps = /^(Province|Officer|Room|Lane|Row|Street|Road|Party|Minister|President|Prime|Chief|Deputy|Agency|Service|Bank|Hall|Palace|Park|Bay|Town|City|Cup|Division|Prize|Library|Journal|Survey|Authority|Guild|Committee|Assembly|Station|Field|Centre|Center|Fiction|Association|Board|Council|Ministry|Department|Electronics|Battery|Partners|Press|Governor|Mayor|Director|Manager|Secretary|Fire|Police|United|Town|Trade|Space|National|First|Crown|Chapel|Harbour|Workers|Fishers|Biology|Monetary|Abyssal)$/;

const vowelSwap: Record<string, string> = { a: 'e', e: 'a', i: 'e', o: 'a', u: 'o' };

/** Hangul: the first syllable's initial consonant changes (고 → 코, 서 → 저). */
function changeHangul(word: string): string {
  const c = word.charCodeAt(0) - 0xac00;
  if (c < 0 || c > 11171) return word;
  const initial = Math.floor(c / 588), rest = c % 588;
  const swap = [15, 0, 5, 16, 3, 2, 7, 17, 7, 12, 9, 18, 14, 12, 12, 0, 3, 7, 11]; // ㄱ→ㅋ ㄲ→ㄱ ㄴ→ㄹ ㄷ→ㅌ …
  return String.fromCharCode(0xac00 + swap[initial] * 588 + rest) + word.slice(1);
}

const kanjiSubstitutes = ['田', '川', '本', '野', '原', '井', '村', '山'];

/** Kana: the first character is voiced or unvoiced (ス → ズ, ガ → カ), or becomes ラ; kanji: the first becomes a common name character. */
function changeJapanese(word: string, free: (w: string) => boolean): string | null {
  const c = word.charCodeAt(0);
  const candidates: string[] = [];
  if (c >= 0x30ab && c <= 0x30c9) candidates.push(String.fromCharCode(c % 2 === 1 ? c + 1 : c - 1)); // カ..ド: the voiced one follows
  else if (c >= 0x30a0 && c <= 0x30ff) candidates.push(c === 0x30e9 ? 'ナ' : 'ラ');
  else candidates.push(...kanjiSubstitutes);
  for (const ch of candidates) {
    const w = ch + word.slice(1);
    if (w !== word && free(w)) return w;
  }
  return null;
}

const koTitles = '(?:사장|감독|위원장|집행위원장|노조위원장|대표|연구관|지사|도지사|누리도지사|도의원|장관|씨|선수|교수|의원|총리|대통령)';
const koPlace = /^[가-힣A-Za-z]{2,}(?:시|도|구|면|전자|배터리|파트너스|로보틱스|위원회|연구원|영화제|산업단지|대교|FC)$/;
const jaTitles = '(?:氏|さん|社長|知事|主任研究員|監督|会長|教授|選手)';
const jaPlace = /(?<![一-龯々])[一-龯々]{1,4}(?:市|県|町|川|駅|地区|海溝|工場|美術館)/g;

function plantName(article: Article, lang: string, allText: string, df: Map<string, number>): Located | null {
  const lowerAll = allText.toLowerCase();
  const free = (w: string) => !lowerAll.includes(w.toLowerCase());
  if (lang === 'en') {
    // a person's surname first (a capitalized word right after another: Livia Maren), then any other
    // capitalized word that is not a common noun of names (Street, Party, Minister); the rarest in the corpus
    let best: { p: number; start: number; word: string; rank: number; df: number } | null = null;
    const seg = new Intl.Segmenter('en', { granularity: 'word' });
    for (const [p, para] of article.body.entries()) {
      const quotes = quoteSpans(para.text);
      let sentenceStart = true; // as the check reads it: a capital after . ! ? starts a sentence
      let previous: { word: string; end: number } | null = null;
      for (const s of seg.segment(para.text)) {
        if (!s.isWordLike) {
          if (/[.!?。！？\n]/.test(s.segment)) sentenceStart = true;
          continue;
        }
        const atStart = sentenceStart;
        sentenceStart = false;
        const w = s.segment;
        const after: { word: string; end: number } | null = previous;
        previous = { word: w, end: s.index + w.length };
        if (atStart || !/^\p{Lu}\p{Ll}{3,}$/u.test(w) || weekdays.test(w) || monthWord.test(w) || inQuote(quotes, s.index)) continue;
        const generic = genericCaps.test(w);
        const rank = generic ? 2 : after && /^\p{Lu}\p{Ll}+$/u.test(after.word) && !genericCaps.test(after.word) && para.text.slice(after.end, s.index) === ' ' ? 0 : 1;
        const f = df.get(w.toLowerCase()) ?? 0;
        if (!best || rank < best.rank || (rank === best.rank && f < best.df)) best = { p, start: s.index, word: w, rank, df: f };
      }
    }
    if (!best) return null;
    for (let i = 1; i < best.word.length; i++) {
      const v = vowelSwap[best.word[i]];
      if (!v) continue;
      const changed = best.word.slice(0, i) + v + best.word.slice(i + 1);
      if (!new RegExp(`\\b${changed}\\b`, 'i').test(allText)) return { where: 'body', paragraph: best.p, start: best.start, end: best.start + best.word.length, replacement: changed, from: best.word };
    }
    return null;
  }
  // Korean and Japanese: a person found by the title after the name, else a place or organization by its ending.
  const found: Array<{ p: number; start: number; word: string; rank: number }> = [];
  for (const [p, para] of article.body.entries()) {
    const text = para.text, quotes = quoteSpans(text);
    if (lang === 'ko') {
      for (const m of text.matchAll(new RegExp(`(?<![가-힣])([가-힣]{3})(?=(?:\\(\\d+\\)\\s*|\\s+(?:[가-힣A-Za-z]+\\s+)?)${koTitles}(?![가-힣]{2}))`, 'g'))) {
        found.push({ p, start: m.index!, word: m[1], rank: 0 });
      }
      for (const m of text.matchAll(/[^\s]+/g)) {
        const piece = m[0].replace(/[^가-힣A-Za-z]+$/, '').replace(/^[^가-힣A-Za-z]+/, '');
        const lead = m[0].indexOf(piece);
        let stem = piece;
        for (let k = 0; k < 2; k++) stem = stripPiece(stem);
        if (koPlace.test(stem) && /^[가-힣]/.test(stem)) found.push({ p, start: m.index! + lead, word: stem, rank: 1 });
      }
    } else {
      for (const m of text.matchAll(new RegExp(`(?<![一-龯々])([一-龯々]{2,4})(?=${jaTitles})`, 'g'))) found.push({ p, start: m.index!, word: m[1], rank: 0 });
      for (const m of text.matchAll(jaPlace)) if (m[0].length >= 3) found.push({ p, start: m.index!, word: m[0], rank: 1 });
      for (const m of text.matchAll(/[\u30a0-\u30ff]{4,}/g)) found.push({ p, start: m.index!, word: m[0], rank: 2 });
    }
    for (let i = found.length - 1; i >= 0; i--) if (found[i].p === p && inQuote(quotes, found[i].start)) found.splice(i, 1);
  }
  found.sort((a, b) => a.rank - b.rank || a.p - b.p || a.start - b.start);
  for (const f of found) {
    const changed = lang === 'ko' ? changeHangul(f.word) : changeJapanese(f.word, free);
    if (!changed || changed === f.word || !free(changed)) continue;
    return { where: 'body', paragraph: f.p, start: f.start, end: f.start + f.word.length, replacement: changed, from: f.word };
  }
  return null;
}

/** One Korean particle off the end (은/는/이/가/의/에서…), keeping at least two syllables. */
function stripPiece(w: string): string {
  const m = w.match(/^(.{2,}?)(에서는|에서|에게|으로|로|의|은|는|이|가|을|를|에|와|과|도|만|측)$/);
  return m ? m[1] : w;
}

const relativePhrase: Record<string, string> = { en: 'next week', ko: '다음 주', ja: '来週' };

/**
 * The summary becomes a body sentence that dates an event on or before the
 * day of the earliest report, with that date replaced by "next week". The
 * date is a month-day date, a bare day (19일, 19日: in the month of the
 * reports, not after their day, and not "다음 달 15일" / 来月), or, in English,
 * a weekday ("on Tuesday") in a sentence with no word of the future in it.
 */
function plantRelative(article: Article, reports: SourceReport[], lang: string): { summary: string; from: string } | null {
  const earliest = new Date(Math.min(...reports.map((r) => r.publishedAt.getTime())));
  const pubDay = Date.UTC(earliest.getUTCFullYear(), earliest.getUTCMonth(), earliest.getUTCDate());
  const resolve = (month: number | null, day: number): number | null => {
    if (month === null) return day <= earliest.getUTCDate() ? Date.UTC(earliest.getUTCFullYear(), earliest.getUTCMonth(), day) : null; // later days: ahead, or last month
    const y = earliest.getUTCFullYear();
    return [y - 1, y, y + 1].map((yy) => Date.UTC(yy, month - 1, day)).reduce((a, b) => (Math.abs(b - pubDay) < Math.abs(a - pubDay) ? b : a));
  };
  const ahead = /(다음\s*달|내달|오는|来月|next month)\s*$/;
  const future = /\b(will|would|is due|are due|due to|expected|scheduled|plans?|planned|set to|is set|are set|next|tomorrow|until)\b/i;
  const weekday = /\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(\s+(?:morning|afternoon|evening|night))?\b/g;
  const found: Array<{ summary: string; from: string; weekday: boolean }> = [];
  for (const para of article.body) {
    for (const s of sentences(para.text, lang)) {
      const quotes = quoteSpans(s);
      const re = lang === 'en'
        ? new RegExp(`(?:\\bon\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?)?\\b(${monthRe})\\.?\\s+(\\d{1,2})\\b(?!\\s*\\()`, 'g')
        : lang === 'ko' ? /(?<!\d)(?:지난\s*)?(?:(\d{1,2})월\s*)?(\d{1,2})일(?![간만째])(?!\s*동안)/g : /(?<![\d.])(?:(\d{1,2})月)?(\d{1,2})日(?![間目分停連])/g;
      for (const m of s.matchAll(re)) {
        if (inQuote(quotes, m.index!) || ahead.test(s.slice(0, m.index!))) continue;
        const month = lang === 'en' ? monthNum[m[1].slice(0, 3).toLowerCase()] : m[1] ? +m[1] : null;
        const at = resolve(month, +m[2]);
        if (at === null || at > pubDay) continue; // only an event already past (or of that very day) when the reports were written
        found.push({ summary: s.slice(0, m.index!) + relativePhrase[lang] + s.slice(m.index! + m[0].length), from: m[0], weekday: false });
      }
      if (lang === 'en' && !future.test(s)) {
        for (const m of s.matchAll(weekday)) {
          if (inQuote(quotes, m.index!)) continue;
          found.push({ summary: s.slice(0, m.index!) + relativePhrase[lang] + s.slice(m.index! + m[0].length), from: m[0], weekday: true });
        }
      }
    }
  }
  // a written date first: it is what the check can compare with
  return found.find((f) => !f.weekday) ?? found[0] ?? null;
}

const phrases: Record<string, { yesterday: string; today: string; tomorrow: string; thisWeek: string; nextWeek: string; lastWeek: string; weekday: (wd: number) => string }> = {
  en: { yesterday: 'yesterday', today: 'today', tomorrow: 'tomorrow', thisWeek: 'this week', nextWeek: 'next week', lastWeek: 'last week',
    weekday: (wd) => `on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][wd]}` },
  ko: { yesterday: '어제', today: '오늘', tomorrow: '내일', thisWeek: '이번 주', nextWeek: '다음 주', lastWeek: '지난주', weekday: (wd) => `${'월화수목금토일'[wd]}요일` },
  ja: { yesterday: '昨日', today: '今日', tomorrow: '明日', thisWeek: '今週', nextWeek: '来週', lastWeek: '先週', weekday: (wd) => `${'月火水木金土日'[wd]}曜日` },
};

interface DatedSentence { sentence: string; start: number; end: number; day: number; from: string }

/** Body sentences with a written date outside quotation marks (an English "on" before it goes with it). */
function datedSentences(article: Article, reports: SourceReport[], lang: string): DatedSentence[] {
  const latest = new Date(Math.max(...reports.map((r) => r.publishedAt.getTime())));
  const out: DatedSentence[] = [];
  for (const para of article.body) {
    for (const s of sentences(para.text, lang)) {
      const quotes = quoteRanges(s);
      for (const m of findDates(s, lang, latest, { zone: zoneFor(lang) })) {
        if (m.kind !== 'absolute' || m.from !== m.to || quotes.some(([a, b]) => m.start >= a && m.start < b)) continue;
        if (/(다음\s*달|내달|오는|지난|来月|先月|next month|내년|작년|来年|昨年|next year|last year|(?:week|morning|afternoon|evening|night) of|[(（~～–-])\s*$/.test(s.slice(0, m.start))) continue;
        const on = lang === 'en' ? (s.slice(0, m.start).match(/\bon\s+$/)?.[0].length ?? 0) : 0;
        out.push({ sentence: s, start: m.start - on, end: m.end, day: m.from, from: s.slice(m.start - on, m.end) });
      }
    }
  }
  return out;
}

const put = (d: DatedSentence, phrase: string) => d.sentence.slice(0, d.start) + phrase + d.sentence.slice(d.end);

/** A body sentence's date replaced by the phrase that names it from the day of the latest report: correct, so clean. */
function carryRelative(article: Article, reports: SourceReport[], lang: string): { summary: string; from: string; phrase: string } | null {
  const p = phrases[lang];
  if (!p) return null;
  const latest = Math.max(...reports.map((r) => r.publishedAt.getTime()));
  const ref = localDay(latest, zoneFor(lang));
  for (const d of datedSentences(article, reports, lang)) {
    const phrase = d.day === ref - 1 ? p.yesterday : d.day === ref ? p.today : d.day === ref + 1 ? p.tomorrow
      : weekStart(d.day) === weekStart(ref) ? p.thisWeek : weekStart(d.day) === weekStart(ref) + 7 ? p.nextWeek : weekStart(d.day) === weekStart(ref) - 7 ? p.lastWeek : null;
    if (phrase) return { summary: put(d, phrase), from: d.from, phrase };
  }
  return null;
}

/** A body sentence's date replaced by "tomorrow" where it is not the day after the latest report, or by another weekday's name. */
function misplaceRelative(article: Article, reports: SourceReport[], lang: string, how: 'tomorrow' | 'weekday'): { summary: string; from: string; phrase: string } | null {
  const p = phrases[lang];
  if (!p) return null;
  const latest = Math.max(...reports.map((r) => r.publishedAt.getTime()));
  const ref = localDay(latest, zoneFor(lang));
  for (const d of datedSentences(article, reports, lang)) {
    if (how === 'tomorrow' && d.day < ref) return { summary: put(d, p.tomorrow), from: d.from, phrase: p.tomorrow };
    if (how === 'weekday') {
      const phrase = p.weekday((weekdayOf(d.day) + 1) % 7);
      return { summary: put(d, phrase), from: d.from, phrase };
    }
  }
  return null;
}

// ——— the cases ———

const compact = { leadSentences: 3, sentencesPerParagraph: 3, bodyParagraphs: 4 };

export function groundingCases(): GroundingCase[] {
  const wordDf = new Map<string, number>();
  for (const r of demo()) for (const w of new Set(`${r.title}\n${r.body}`.toLowerCase().match(/\p{L}+/gu) ?? [])) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
  const allText = demo().map((r) => `${r.title}\n${r.body}`).join('\n');
  const cases: GroundingCase[] = [];
  for (const story of demoStories()) {
    const langs = [...new Set(story.reports.map((r) => r.lang ?? story.lang))].sort((a, b) => (a === story.lang ? -1 : b === story.lang ? 1 : a.localeCompare(b)));
    for (const lang of langs) {
      const { reports } = story;
      const tag = `${story.event}/${lang}`;
      const article = writeExtractive(reports, lang);
      cases.push({ name: `${tag}/clean`, article, reports, planted: null, lang });
      cases.push({ name: `${tag}/clean (3-sentence lead and paragraphs)`, article: writeExtractive(reports, lang, compact), reports, planted: null, lang });
      const plant = (kind: PlantedKind, at: Located | null) => {
        if (at) cases.push({ name: `${tag}/${kind}: ${describe(at)}`, article: applyChange(article, at), reports, planted: kind, lang });
      };
      plant('number', plantNumber(article, reports));
      plant('date', plantDate(article, reports, lang));
      plant('quote', plantQuote(article, reports, lang));
      plant('name', plantName(article, lang, allText, wordDf));
      const rel = plantRelative(article, reports, lang);
      if (rel) {
        cases.push({ name: `${tag}/relative-date: summary "${rel.from}" → "${relativePhrase[lang]}": ${rel.summary}`, article: { ...structuredClone(article), summary: rel.summary }, reports, planted: 'relative-date', lang, variant: 'next week (past event)' });
      }
      for (const how of ['tomorrow', 'weekday'] as const) {
        const wrong = misplaceRelative(article, reports, lang, how);
        if (wrong) {
          cases.push({ name: `${tag}/relative-date: summary "${wrong.from}" → "${wrong.phrase}": ${wrong.summary}`, article: { ...structuredClone(article), summary: wrong.summary }, reports, planted: 'relative-date', lang, variant: how === 'tomorrow' ? 'tomorrow (past event)' : 'wrong weekday' });
        }
      }
      const carried = carryRelative(article, reports, lang);
      if (carried) {
        cases.push({ name: `${tag}/clean (relative date carried): summary "${carried.from}" → "${carried.phrase}": ${carried.summary}`, article: { ...structuredClone(article), summary: carried.summary }, reports, planted: null, lang, variant: 'carried' });
      }
    }
  }
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = groundingCases();
  for (const c of cases) console.log(c.planted ?? 'clean', c.lang, c.name);
}
