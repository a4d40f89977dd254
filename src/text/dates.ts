// Dates in English, Korean and Japanese news copy: the one home for date
// knowledge. Pure functions, no DB.
//
// - Absolute dates: "Dec. 3", "December 3", "3 December 2026", "Monday, Dec 7",
//   "2026년 12월 3일", "12월 3일", "2026年12月3日", "12月3日", and in Korean and
//   Japanese the bare day of the month ("18일", "18日"; "다음 달 15일", "来月15日",
//   "오는 27일", "지난 3일").
// - Relative phrases: today / yesterday / tomorrow, this / next / last week,
//   this / next / last month, 오늘 / 어제 / 내일 / 그제 / 모레, 이번 주 / 다음 주 /
//   지난주, 이번 달 / 다음 달 / 지난달, 今日 / 昨日 / 明日 / 一昨日 / 明後日, 今週 /
//   来週 / 先週, 今月 / 来月 / 先月.
// - Weekday names without a date: "on Monday", "last Friday", "this Thursday",
//   "지난 월요일", "오는 금요일", "이번 주 금요일", "월요일", "来週月曜日", "月曜日に".
//
// Every mention resolves to a range of calendar days, [from, to] inclusive,
// counted as days since 1970-01-01 ("epoch days"), against a reference time:
// the publication time of the text it comes from. The calendar day of a time
// is taken in UTC unless a time zone is given (`zone`, an IANA name such as
// Asia/Seoul); `zoneFor(lang)` gives the zone a language's news is usually
// dated in, for callers that want it. Weeks are ISO weeks, Monday to Sunday:
// "next week" said on Monday 30 November is 7–13 December.
//
// A weekday alone is read by the tense of its clause: in a clause about the
// future ("will", "is due", 예정, 予定…) the first such day on or after the
// reference day; in one about the past ("said", "-ed", 했다, した…) the last
// such day on or before it; otherwise the one within three days of it.

// ——— calendar ———

const DAY = 86_400_000;

/** Epoch day of a UTC calendar date (month 1–12). */
export const epochDay = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY);
/** The UTC calendar date of an epoch day. */
export function ymd(day: number): { y: number; m: number; d: number } {
  const t = new Date(day * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;
/** The Monday of the ISO week of a day. */
export const weekStart = (day: number) => day - weekdayOf(day);
export const dayToIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
/** The calendar day (epoch day) of a time, in UTC or in the given IANA time zone. */
export function localDay(t: Date | number, zone = 'UTC'): number {
  const ms = typeof t === 'number' ? t : t.getTime();
  if (zone === 'UTC') return Math.floor(ms / DAY);
  let f = zoneFormats.get(zone);
  if (!f) zoneFormats.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' })));
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  return epochDay(+p.year, +p.month, +p.day);
}

/** The zone a language's news is usually dated in: Korea and Japan; UTC otherwise. */
export function zoneFor(lang: string | null | undefined): string {
  const l = (lang ?? '').slice(0, 2);
  return l === 'ko' ? 'Asia/Seoul' : l === 'ja' ? 'Asia/Tokyo' : 'UTC';
}

/** The day with month `m` and day `d` in the year that puts it closest to `near` (an epoch day). */
export function nearestYear(m: number, d: number, near: number): number {
  const { y } = ymd(near);
  return [y - 1, y, y + 1].map((yy) => epochDay(yy, m, d)).reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a));
}

/** The day `d` of the month `k` months from `near`'s (clamped to the month's length). */
function dayInMonth(near: number, k: number, d: number): number | null {
  const { y, m } = ymd(near);
  const first = epochDay(y, m + k, 1);
  const last = epochDay(y, m + k + 1, 1) - 1;
  const day = first + d - 1;
  return d >= 1 && day <= last ? day : null;
}

function monthRange(near: number, k: number): [number, number] {
  const { y, m } = ymd(near);
  return [epochDay(y, m + k, 1), epochDay(y, m + k + 1, 1) - 1];
}

// ——— month names (also used by extractTerms) ———

export const monthNames: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const monthFull = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdayEn = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const weekdayKo = '월화수목금토일';
const weekdayJa = '月火水木金土日';

/** Dates written in any of the three languages, as d:M-D (the terms extractTerms emits; text already NFKC). */
export function dateTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(\d{1,2})\s*(?:월|月)\s*(\d{1,2})\s*(?:일|日)/g)) out.push(`d:${+m[1]}-${+m[2]}`);
  for (const m of text.matchAll(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b/gi)) {
    out.push(`d:${monthNames[m[1].toLowerCase()]}-${+m[2]}`);
  }
  for (const m of text.matchAll(/\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi)) {
    out.push(`d:${monthNames[m[2].toLowerCase()]}-${+m[1]}`);
  }
  return out;
}

// ——— mentions ———

export type MentionKind = 'absolute' | 'relative' | 'weekday';

export interface DateMention {
  /** position in the text as given (not normalized) */
  start: number;
  end: number;
  text: string;
  /** absolute: a written date; relative: a phrase such as "next week" or "다음 달 15일"; weekday: a weekday name without a date */
  kind: MentionKind;
  /** the days meant, inclusive, as epoch days */
  from: number;
  to: number;
  /** a written weekday that goes with an absolute date ("Monday, December 7"), 0 = Monday */
  weekday?: number;
  /** a relative phrase followed by its own date in parentheses: "다음 주(12월 7일~12월 13일)", "어제(12월 2일)" */
  anchor?: { start: number; end: number; from: number; to: number };
}

export interface ResolveOptions {
  /** IANA time zone for the reference day; UTC if absent */
  zone?: string;
}

type Tense = 'future' | 'past' | null;

const monthRe = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const wdRe = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const digit = (s: string) => Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
const D = '[0-9０-９]';

const enFuture = /\b(?:will|would|shall|'ll|due|expected|expects?|scheduled|plans?|planned|planning|set to|is to|are to|aims? to|intends? to|next|upcoming|coming|again|until|going to|to be held|is set|are set|hopes? to|ahead)\b/i;
const enIrregularPast = /\b(?:was|were|said|told|won|came|broke|struck|began|made|took|gave|met|held|led|rose|fell|saw|went|got|had|did|left|lost|beat|hit|ran|sent|spent|swept|stood|kept|brought|fought|found|paid|sold|wrote|cut|put|drew|threw|grew|flew|spoke|chose|woke|rang|sank|shut|fled|felt|heard|meant|became|ago)\b/i;
const enPastEd = /\b[a-z]{3,}(?<!need|speed|feed|seed|proceed|exceed|succeed|indeed|breed|bleed|embed|bed|red|shed|hundred|led|fed)ed\b/i;

function tenseOf(text: string, at: number, end: number, lang: string): Tense {
  if (lang === 'en') {
    // the clause around the phrase
    const before = text.slice(0, at), after = text.slice(end);
    const s = before.search(/[^,;:—–()"“”.!?]*$/);
    const e = after.search(/[,;:—–()"“”.!?]/);
    const clause = before.slice(s) + ' ' + (e < 0 ? after : after.slice(0, e));
    if (enFuture.test(clause)) return 'future';
    if (enIrregularPast.test(clause) || enPastEd.test(clause)) return 'past';
    return null;
  }
  // Korean and Japanese: the predicate follows, up to the end of the sentence
  const rest = text.slice(end);
  const stop = rest.search(/[.!?。！？\n]/);
  const clause = stop < 0 ? rest : rest.slice(0, stop + 1);
  if (lang === 'ko') {
    if (/예정|계획|방침|겠|[할될볼갈올]\s*것|전망|앞두|목표|까지|이르면/.test(clause)) return 'future';
    for (const ch of clause) {
      const c = ch.charCodeAt(0) - 0xac00;
      if (c >= 0 && c < 11172 && c % 28 === 20 && ch !== '있') return 'past'; // a syllable ending in ㅆ: 했, 었, 았, 였, 됐, 혔…
    }
    return 'future'; // the plain present (방문한다) is how Korean news states what is to come
  }
  if (lang === 'ja') {
    if (/予定|方針|見通し|見込み|目指|計画|へ。|する。|される。|までに/.test(clause)) return 'future';
    if (/た(?:。|と|が|ほか|ものの|、|$)|だった|ました/.test(clause)) return 'past';
    return 'future';
  }
  return null;
}

/** The weekday `wd` nearest to `ref` in the direction of the tense. */
function resolveWeekday(wd: number, ref: number, how: 'next' | 'last' | 'this' | 'nextWeek' | 'lastWeek' | Tense): number {
  const diff = (wd - weekdayOf(ref) + 7) % 7; // days ahead to the next such weekday (0: today)
  switch (how) {
    case 'nextWeek': return weekStart(ref) + 7 + wd;
    case 'lastWeek': return weekStart(ref) - 7 + wd;
    case 'this': return weekStart(ref) + wd;
    case 'next': return ref + (diff === 0 ? 7 : diff);
    case 'last': return ref - ((7 - diff) % 7 || 7);
    case 'future': return ref + diff;
    case 'past': return ref - ((7 - diff) % 7);
    default: return diff <= 3 ? ref + diff : ref + diff - 7;
  }
}

interface Raw { start: number; end: number; kind: MentionKind; from: number; to: number; weekday?: number }

const weekRange = (ref: number, k: number): [number, number] => [weekStart(ref) + 7 * k, weekStart(ref) + 7 * k + 6];

function enMentions(text: string, ref: number): Raw[] {
  const out: Raw[] = [];
  // absolute: (Weekday,) Month D(, YYYY) / D Month (YYYY)
  for (const m of text.matchAll(new RegExp(`\\b(?:(${wdRe}),?\\s+)?(${monthRe})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'))) {
    const mo = monthNames[m[2].toLowerCase()] ?? monthNames[m[2].slice(0, 3).toLowerCase()], d = +m[3];
    if (d < 1 || d > 31) continue;
    const day = m[4] ? epochDay(+m[4], mo, d) : nearestYear(mo, d, ref);
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'absolute', from: day, to: day, ...(m[1] ? { weekday: weekdayEn.findIndex((w) => w.startsWith(m[1].slice(0, 3))) } : {}) });
  }
  for (const m of text.matchAll(new RegExp(`\\b(?:(${wdRe}),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthRe})\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'))) {
    const mo = monthNames[m[3].toLowerCase()] ?? monthNames[m[3].slice(0, 3).toLowerCase()], d = +m[2];
    if (d < 1 || d > 31) continue;
    const day = m[4] ? epochDay(+m[4], mo, d) : nearestYear(mo, d, ref);
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'absolute', from: day, to: day, ...(m[1] ? { weekday: weekdayEn.findIndex((w) => w.startsWith(m[1].slice(0, 3))) } : {}) });
  }
  const rel: Array<[RegExp, (m: RegExpMatchArray) => [number, number]]> = [
    [/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi, () => [ref, ref]],
    [/\byesterday(?: (?:morning|afternoon|evening))?\b/gi, () => [ref - 1, ref - 1]],
    [/\btomorrow(?: (?:morning|afternoon|evening|night))?\b/gi, () => [ref + 1, ref + 1]],
    [/\b(this|next|last) week\b/gi, (m) => weekRange(ref, { this: 0, next: 1, last: -1 }[m[1].toLowerCase() as 'this']!)],
    [/\b(this|next|last) month\b/gi, (m) => monthRange(ref, { this: 0, next: 1, last: -1 }[m[1].toLowerCase() as 'this']!)],
  ];
  for (const [re, f] of rel) for (const m of text.matchAll(re)) {
    const [from, to] = f(m);
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'relative', from, to });
  }
  for (const m of text.matchAll(new RegExp(`\\b(?:(last|next|this|coming|past)\\s+)?(${wdRe})(?:\\s+(?:morning|afternoon|evening|night))?\\b(?!s\\b)`, 'gi'))) {
    if (!/^[A-Z]/.test(m[2])) continue;
    if (/\bevery\s+$/i.test(text.slice(0, m.index!))) continue;
    const wd = weekdayEn.findIndex((w) => w.toLowerCase().startsWith(m[2].slice(0, 3).toLowerCase()));
    const p = m[1]?.toLowerCase();
    const how = p === 'last' || p === 'past' ? 'last' : p === 'next' || p === 'coming' ? 'next' : p === 'this' ? 'this' : tenseOf(text, m.index!, m.index! + m[0].length, 'en');
    const day = resolveWeekday(wd, ref, how);
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'weekday', from: day, to: day });
  }
  return out;
}

const koBareNot = '(?![간만째])(?!\\s*(?:동안|연속|이상|이내|후|뒤|만에|가량|정도|넘게|치))';
const jaBareNot = '(?![間目分停連])(?!\\s*(?:後|以上|以内|ぶり|連続|ほど|程度|分))';

function cjkMentions(text: string, lang: 'ko' | 'ja', ref: number): Raw[] {
  const out: Raw[] = [];
  const ko = lang === 'ko';
  const [Y, M, Dd] = ko ? ['년', '월', '일'] : ['年', '月', '日'];
  // absolute: (YYYY년) M월 D일, with a weekday in parentheses after it if any
  const wdChars = ko ? weekdayKo : weekdayJa;
  const abs = new RegExp(`(?:(${D}{4})\\s*${Y}\\s*)?(${D}{1,2})\\s*${M}\\s*(${D}{1,2})\\s*${Dd}(?:\\s*[(（]([${wdChars}])(?:요일|曜日?)?[)）])?`, 'g');
  for (const m of text.matchAll(abs)) {
    const mo = digit(m[2]), d = digit(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const day = m[1] ? epochDay(digit(m[1]), mo, d) : nearestYear(mo, d, ref);
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'absolute', from: day, to: day, ...(m[4] ? { weekday: wdChars.indexOf(m[4]) } : {}) });
  }
  // bare days, with what says which month: 다음 달 15일, 来月15日, 오는 27일, 지난 3일
  const prefix = ko ? '(다음\\s*달|내달|지난\\s*달|지난달|이번\\s*달|이달|오는|지난)?\\s*' : '(来月|先月|今月|翌月|前月)?';
  const bare = new RegExp(`(?:${prefix})(?<![0-9０-９]|[0-9０-９][.,]|[0-9０-９]\\s*${M}\\s*)(${D}{1,2})${Dd}${ko ? koBareNot : jaBareNot}`, 'g');
  for (const m of text.matchAll(bare)) {
    const d = digit(m[2]);
    if (d < 1 || d > 31) continue;
    const p = (m[1] ?? '').replace(/\s+/g, '');
    let day: number | null;
    let kind: MentionKind = 'absolute';
    if (/^(다음달|내달|来月|翌月)$/.test(p)) (day = dayInMonth(ref, 1, d)), (kind = 'relative');
    else if (/^(지난달|先月|前月)$/.test(p)) (day = dayInMonth(ref, -1, d)), (kind = 'relative');
    else if (/^(이번달|이달|今月)$/.test(p)) (day = dayInMonth(ref, 0, d)), (kind = 'relative');
    else if (p === '오는') day = [0, 1].map((k) => dayInMonth(ref, k, d)).find((x): x is number => x !== null && x >= ref) ?? null;
    else if (p === '지난') day = [0, -1].map((k) => dayInMonth(ref, k, d)).find((x): x is number => x !== null && x <= ref) ?? null;
    else {
      const cands = [-1, 0, 1].map((k) => dayInMonth(ref, k, d)).filter((x): x is number => x !== null);
      day = cands.length ? cands.reduce((a, b) => (Math.abs(b - ref) < Math.abs(a - ref) ? b : a)) : null;
    }
    if (day === null) continue;
    const start = p ? m.index! : m.index! + m[0].length - m[2].length - Dd.length;
    out.push({ start, end: m.index! + m[0].length, kind, from: day, to: day });
  }
  const rel: Array<[RegExp, (m: RegExpMatchArray) => [number, number]]> = ko
    ? [
        [/오늘(?!날)/g, () => [ref, ref]],
        [/어제|어저께/g, () => [ref - 1, ref - 1]],
        [/그제|그저께/g, () => [ref - 2, ref - 2]],
        [/내일/g, () => [ref + 1, ref + 1]],
        [/모레/g, () => [ref + 2, ref + 2]],
        [/(?:이번|다음|지난)\s*주(?!말|주|자|식|택|민|장|년|간|권|류|제|체|석|인|력|요)|(?:금주|내주)(?![가-힣])/g, (m) => weekRange(ref, /^(다음|내주)/.test(m[0]) ? 1 : /^지난/.test(m[0]) ? -1 : 0)],
        [/(이번|다음|지난)\s*달|이달(?![가-힣]{2})|내달/g, (m) => monthRange(ref, /^(다음|내달)/.test(m[0]) ? 1 : /^지난/.test(m[0]) ? -1 : 0)],
      ]
    : [
        [/今日|本日/g, () => [ref, ref]],
        [/(?<!一)昨日/g, () => [ref - 1, ref - 1]],
        [/一昨日|おととい/g, () => [ref - 2, ref - 2]],
        [/明日(?!香)|あした/g, () => [ref + 1, ref + 1]],
        [/明後日|あさって/g, () => [ref + 2, ref + 2]],
        [/今週|来週|先週/g, (m) => weekRange(ref, m[0] === '来週' ? 1 : m[0] === '先週' ? -1 : 0)],
        [/今月|来月|先月/g, (m) => monthRange(ref, m[0] === '来月' ? 1 : m[0] === '先月' ? -1 : 0)],
      ];
  for (const [re, f] of rel) for (const m of text.matchAll(re)) {
    const [from, to] = f(m);
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'relative', from, to });
  }
  // weekdays: 지난 월요일, 오는 금요일, 이번 주 금요일, 월요일; 来週月曜日, 月曜日に, 月曜
  const wd = ko
    ? /(?:(지난\s*주|지난주|다음\s*주|다음주|이번\s*주|내주|금주|지난|오는|다음|이번)\s*)?([월화수목금토일])요일/g
    : /(?:(来週|先週|今週|次の|前の|この|今度の)\s*(?:の\s*)?)?([月火水木金土日])曜(?:日)?/g;
  for (const m of text.matchAll(wd)) {
    if (/(매주|毎週|毎)\s*$/.test(text.slice(0, m.index!))) continue; // every Monday
    const p = (m[1] ?? '').replace(/\s+/g, '');
    const how = /^(다음주|내주|来週)$/.test(p) ? 'nextWeek' : /^(지난주|先週)$/.test(p) ? 'lastWeek' : /^(이번주|금주|今週|이번|この)$/.test(p) ? 'this'
      : /^(오는|다음|次の|今度の)$/.test(p) ? 'next' : /^(지난|前の)$/.test(p) ? 'last' : tenseOf(text, m.index!, m.index! + m[0].length, lang);
    const day = resolveWeekday((ko ? weekdayKo : weekdayJa).indexOf(m[2]), ref, how);
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'weekday', from: day, to: day });
  }
  return out;
}

/** Quotations in a text, as [start, end) spans: their dates are the speaker's, not the writer's. */
export function quoteSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [open, close] of [['"', '"'], ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』']]) {
    let i = 0;
    for (;;) {
      const a = text.indexOf(open, i);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      out.push([a, b + 1]);
      i = b + 1;
    }
  }
  return out;
}

/**
 * Every date mention in `text`, resolved against `ref` (the publication time
 * of the text), in order, overlapping matches resolved to the longest. A
 * relative phrase or weekday followed by its own date in parentheses gets it
 * as its `anchor`.
 */
export function findDates(text: string, lang: string | null | undefined, ref: Date | number, opts: ResolveOptions = {}): DateMention[] {
  const l = (lang ?? 'en').slice(0, 2);
  const refDay = localDay(ref, opts.zone);
  const raw = l === 'ko' || l === 'ja' ? cjkMentions(text, l, refDay) : enMentions(text, refDay);
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  for (const r of raw) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) {
      if (r.end - r.start > last.end - last.start) kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  const out: DateMention[] = [];
  for (let i = 0; i < kept.length; i++) {
    const r = kept[i];
    const m: DateMention = { ...r, text: text.slice(r.start, r.end) };
    if (r.kind !== 'absolute') {
      // 다음 주(12월 7일~12월 13일), 어제(12월 2일), 月曜日（12月7日）: the parenthesis dates the phrase
      const next = kept[i + 1];
      const open = text.slice(r.end).match(/^\s*[(（]/);
      if (open && next && next.kind === 'absolute' && next.start === r.end + open[0].length) {
        const after = kept[i + 2];
        const dash = text.slice(next.end).match(/^\s*[~～〜–-]\s*/);
        const last = dash && after && after.kind === 'absolute' && after.start === next.end + dash[0].length ? after : next;
        const close = text.slice(last.end).match(/^\s*[)）]/);
        if (close) {
          m.anchor = { start: next.start, end: last.end + close[0].length, from: next.from, to: last.to };
          i += last === next ? 1 : 2;
        }
      }
    }
    out.push(m);
  }
  return out;
}

// ——— printing ———

/** An absolute date as a reader of the language expects it: en "December 3", ko "12월 3일", ja "12月3日"; en with weekday "Monday, December 7". */
export function formatDate(day: number, lang: string, opts: { weekday?: boolean } = {}): string {
  const { m, d } = ymd(day);
  const l = lang.slice(0, 2);
  if (l === 'ko') return `${m}월 ${d}일`;
  if (l === 'ja' || l === 'zh') return `${m}月${d}日`;
  return `${opts.weekday ? `${weekdayEn[weekdayOf(day)]}, ` : ''}${monthFull[m - 1]} ${d}`;
}

/** A range of days: one date, or "12월 7일~12월 13일" / "12月7日～12月13日" / "December 7–13". */
export function formatRange(from: number, to: number, lang: string): string {
  if (from === to) return formatDate(from, lang);
  const l = lang.slice(0, 2);
  if (l === 'ko') return `${formatDate(from, l)}~${formatDate(to, l)}`;
  if (l === 'ja' || l === 'zh') return `${formatDate(from, l)}～${formatDate(to, l)}`;
  return `${formatDate(from, l)}–${formatDate(to, l)}`;
}

// ——— rewriting ———

const enPrepBefore = /\b(?:on|during|by|until|till|from|since|before|after|of|through|in|for|to|at|over|within)\s+$/i;

/**
 * Relative dates in `text` (written at `publishedAt`) printed as absolute
 * dates, so that the sentence still says the same when it is read later or
 * next to reports of other days. Quotations are left as they are.
 * - English: "yesterday" → "on December 2"; "next week" → "in the week of
 *   December 7"; "on Monday" → "on Monday, December 7"; "next month" → "in
 *   January"; "on Monday night" → "on the night of Monday, December 7"; a possessive
 *   ("Saturday's quake", "last week's visit") is left.
 * - Korean and Japanese: a day is replaced ("어제" → "12월 2일", "昨日" →
 *   "12月2日"; a bare "18일" → "11월 18일", "다음 달 15일" → "12월 15일"); a week
 *   or a weekday keeps its word and gets its dates in parentheses ("다음 주(12월
 *   7일~12월 13일)", "来週（12月7日～12月13日）", "월요일(12월 7일)"); a month
 *   alone (다음 달, 来月) is left.
 */
export function rewriteRelativeDates(text: string, lang: string, publishedAt: Date | number, opts: ResolveOptions = {}): string {
  const l = (lang ?? 'en').slice(0, 2);
  const quotes = quoteSpans(text);
  const mentions = findDates(text, l, publishedAt, opts);
  let out = '';
  let at = 0;
  for (const m of mentions) {
    if (m.kind === 'absolute' && !(l !== 'en' && m.text.replace(/^\s*(오는|지난)\s*/, '').match(/^[0-9０-９]{1,2}\s*[일日]$/))) continue;
    if (m.anchor || quotes.some(([a, b]) => m.start >= a && m.start < b)) continue;
    const replacement = rewriteOne(text, m, l);
    if (replacement === null) continue;
    out += text.slice(at, m.start) + replacement;
    at = m.end;
  }
  return out + text.slice(at);
}

function rewriteOne(text: string, m: DateMention, l: string): string | null {
  const after = text.slice(m.end);
  if (/^['’]s?\b/.test(after)) return null; // possessives stay
  if (l === 'en') {
    const before = text.slice(0, m.start);
    const hasPrep = enPrepBefore.test(before);
    const atStart = /(^|[.!?]\s+)$/.test(before);
    const cap = (s: string) => (atStart ? s[0].toUpperCase() + s.slice(1) : s);
    const word = m.text.toLowerCase();
    if (m.kind === 'weekday') {
      const part = word.match(/\b(morning|afternoon|evening|night)$/)?.[1];
      const prefixed = /^(last|next|this|coming|past)\s/.test(word);
      const date = formatDate(m.from, 'en', { weekday: true });
      if (part) return cap(`${hasPrep ? '' : 'on '}the ${part} of ${date}`); // "on the evening of Thursday, November 19"
      return cap(prefixed && !hasPrep ? `on ${date}` : date);
    }
    if (m.from === m.to) {
      const part = word.match(/\b(morning|afternoon|evening|night)$/)?.[1] ?? (word === 'tonight' ? 'night' : undefined);
      const date = formatDate(m.from, 'en');
      const body = part ? `the ${part} of ${date}` : date;
      return cap(hasPrep ? body : `on ${body}`);
    }
    if (/week/.test(word)) return cap(`${hasPrep ? '' : 'in '}the week of ${formatDate(m.from, 'en')}`);
    if (/month/.test(word)) {
      const { m: mo } = ymd(m.from);
      return cap(`${hasPrep ? '' : 'in '}${monthFull[mo - 1]}`);
    }
    return null;
  }
  const paren = (s: string) => (l === 'ko' ? `(${s})` : `（${s}）`);
  if (m.kind === 'weekday') return m.text + paren(formatDate(m.from, l));
  if (m.kind === 'absolute') {
    // a bare day: the month is added ("오는 27일" → "오는 11월 27일")
    const lead = m.text.match(/^\s*(?:(?:오는|지난)\s*)?/)![0];
    return lead + formatDate(m.from, l);
  }
  if (m.from === m.to) return formatDate(m.from, l);
  if (m.to - m.from === 6) return m.text + paren(formatRange(m.from, m.to, l));
  return null; // a month alone
}
