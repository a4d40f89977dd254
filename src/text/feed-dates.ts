// Dates as feeds and article pages write them: one instant for an entry's
// publication time. (Dates inside news copy, and relative dates, are in
// dates.ts.) Pure functions; never throws; never reads the server's zone.
//
// Read:
// - RFC 822 / 1123 / 2822, with or without the weekday, two-digit years
//   (00–49 → 20xx, 50–99 → 19xx, as RFC 2822 says), obsolete zones (UT, GMT,
//   EST…PDT, military letters) and asctime / Date.toString() shapes;
// - ISO 8601 / RFC 3339, extended and basic, fractional seconds, week dates
//   (2026-W47-3) and ordinal dates (2026-322); W3CDTF partial dates (YYYY, YYYY-MM);
// - month and weekday names in en, de, fr, es, pt (and it, nl), with or without
//   accents and abbreviation dots: "Seg, 24 Set 2018", "Mi, 03 Okt 2018",
//   "mardi 3 avril 2018 à 10h30", "3 de abril de 2018", "3. Oktober 2018 um 10:00 Uhr";
// - Korean and Japanese forms: "2026년 11월 18일 오후 3시 20분", "2026.11.18 15:20",
//   "2026. 11. 18. 오후 3:20", "2026年11月18日(水) 15時20分", "令和8年11月18日";
// - zones: numeric offsets (+0900, +09:00, +09, GMT+9, UTC-05:30), IANA names
//   (Asia/Seoul), and the abbreviations in `zoneAbbreviations` below;
// - Unix timestamps (10 digits: seconds, 13: milliseconds).
//
// A date with no zone is read in the configured zone, else in the usual zone
// of the feed's language (ko → Asia/Seoul, ja → Asia/Tokyo, zh → Asia/Shanghai),
// else in the zone its own script implies (Hangul → Seoul; kana, 時 or a Japanese
// era → Tokyo), else UTC — flagged `zoneless` either way.
//
// Written as a table-driven parser rather than on a date library: date-fns,
// luxon and dayjs parse one declared format at a time (a feed does not declare
// its format), and chrono-node reads free text by heuristics (no Korean; it
// rolls "31 Feb" over instead of refusing it). Zone offsets come from ICU
// through Intl.DateTimeFormat, which Node ships with full data.

export type FeedDateFlag =
  /** no zone in the text: read in `zone` */
  | 'zoneless'
  /** later than the fetch time plus the allowed skew: clamped to the fetch time */
  | 'future'
  | 'two-digit-year'
  /** the year was missing and taken as the one that puts the date nearest before now */
  | 'year-inferred'
  /** an abbreviation with several meanings (IST, CST, BST…): the table's choice was used */
  | 'ambiguous-zone'
  /** a single military letter other than Z: RFC 2822 says to treat it as unknown (-0000) */
  | 'military-zone'
  /** the weekday written does not match the date: the date wins */
  | 'weekday-mismatch'
  /** a date without a time, or a W3CDTF partial date: the start of that day, month or year */
  | 'date-only'
  /** dd/mm or mm/dd could not be told apart by the numbers: read by the language's order */
  | 'ambiguous-order'
  | 'epoch';

export interface FeedDate {
  date?: Date;
  flags: FeedDateFlag[];
  /** why there is no date */
  reason?: string;
  /** the zone a zoneless date was read in */
  zone?: string;
}

export interface FeedDateOptions {
  /** the feed's (or entry's, or page's) language, a BCP 47 tag */
  lang?: string;
  /** an IANA zone for dates with none (a source's configured zone): wins over the language's */
  zone?: string;
  /** the fetch time: later dates beyond the skew are clamped to it (default: now) */
  now?: Date | number;
  /** allowed clock skew for dates in the future, ms (default 10 minutes) */
  skewMs?: number;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const defaultSkew = 10 * MIN;

// ——— tables ———

// Lower case, accents stripped, no trailing dot. Abbreviations shared between
// languages mean the same month everywhere they occur.
const monthNames: Record<string, number> = {};
const addMonths = (names: string[]) => names.forEach((n, i) => n.split('|').forEach((w) => w && (monthNames[w] = i + 1)));
// en
addMonths(['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug', 'september|sep|sept', 'october|oct', 'november|nov', 'december|dec']);
// de (with Austrian Jänner/Feber)
addMonths(['januar|janner|jan', 'februar|feber|feb', 'marz|mrz|maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober|okt', 'november', 'dezember|dez']);
// fr
addMonths(['janvier|janv', 'fevrier|fevr|fev', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']);
// es
addMonths(['enero|ene', 'febrero', 'marzo', 'abril|abr', 'mayo', 'junio', 'julio', 'agosto|ago', 'septiembre|setiembre|set', 'octubre', 'noviembre', 'diciembre|dic']);
// pt
addMonths(['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro|out', 'novembro', 'dezembro']);
// it, nl
addMonths(['gennaio|gen', 'febbraio', 'marzo', 'aprile', 'maggio|mag', 'giugno|giu', 'luglio|lug', 'agosto', 'settembre', 'ottobre|ott', 'novembre', 'dicembre']);
addMonths(['januari', 'februari', 'maart|mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']);

// 0 = Monday … 6 = Sunday
const weekdayNames: Record<string, number> = {};
const addWeekdays = (names: string[]) => names.forEach((n, i) => n.split('|').forEach((w) => (weekdayNames[w] = i)));
addWeekdays(['monday|mon', 'tuesday|tue|tues', 'wednesday|wed', 'thursday|thu|thur|thurs', 'friday|fri', 'saturday|sat', 'sunday|sun']);
addWeekdays(['montag|mo', 'dienstag|di', 'mittwoch|mi', 'donnerstag|do', 'freitag|fr', 'samstag|sonnabend|sa', 'sonntag|so']);
addWeekdays(['lundi|lun', 'mardi|mar', 'mercredi|mer', 'jeudi|jeu', 'vendredi|ven', 'samedi|sam', 'dimanche|dim']);
addWeekdays(['lunes|lun', 'martes|mar', 'miercoles|mie', 'jueves|jue', 'viernes|vie', 'sabado|sab', 'domingo|dom']);
addWeekdays(['segunda|seg', 'terca|ter', 'quarta|qua', 'quinta|qui', 'sexta|sex', 'sabado|sab', 'domingo|dom']);
addWeekdays(['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica']);
addWeekdays(['maandag|ma', 'dinsdag|di', 'woensdag|wo', 'donderdag|do', 'vrijdag|vr', 'zaterdag|za', 'zondag|zo']);
addWeekdays(['월요일|월', '화요일|화', '수요일|수', '목요일|목', '금요일|금', '토요일|토', '일요일|일']);
addWeekdays(['月曜日|月曜|月', '火曜日|火曜|火', '水曜日|水曜|水', '木曜日|木曜|木', '金曜日|金曜|金', '土曜日|土曜|土', '日曜日|日曜|日']);

/** Words that carry nothing for the instant: prepositions, "Uhr", "feira", labels on Korean pages. */
const fillers = new Set([
  'at', 'on', 'the', 'of', 'de', 'del', 'a', 'à', 'as', 'às', 'le', 'el', 'um', 'uhr', 'den', 'am', 'feira', 'h', 'hs', 'hrs',
  'le', 'il', 'op', 'om', 'kl', 'y', 'et',
  '입력', '기사입력', '등록', '승인', '게재', '発行', '公開', '掲載', '配信',
]);

interface ZoneEntry { offset: number; ambiguous?: string }
/**
 * Zone abbreviations, in minutes east of UTC. Ambiguous ones, and the choice
 * (flagged `ambiguous-zone` where the other meaning is still in use and the
 * feed's language does not settle it):
 * - IST: India +05:30 (chosen), Irish Summer +01:00 (for ga, en-IE), Israel +02:00 (for he);
 * - CST: US Central −06:00 (chosen), China +08:00 (for zh), Cuba −05:00;
 * - CDT: US Central Daylight −05:00 (chosen), Cuba Daylight −04:00;
 * - BST: British Summer +01:00 (chosen), Bangladesh +06:00 (for bn);
 * - AST: Atlantic −04:00 (chosen), Arabia +03:00 (for ar);
 * - EST: US Eastern −05:00 (chosen), the old Australian Eastern +10:00 (now AEST);
 * - GST: Gulf +04:00 (chosen), South Georgia −02:00;
 * - MST: US Mountain −07:00 (chosen), Malaysia +08:00 (now MYT);
 * - SST: Samoa −11:00 (chosen), Singapore +08:00 (now SGT).
 */
const zoneAbbreviations: Record<string, ZoneEntry> = {
  UT: { offset: 0 }, UTC: { offset: 0 }, GMT: { offset: 0 }, Z: { offset: 0 }, WET: { offset: 0 }, WEST: { offset: 60 },
  BST: { offset: 60, ambiguous: 'bn:360' }, IST: { offset: 330, ambiguous: 'ga:60,en-ie:60,he:120,iw:120' },
  CET: { offset: 60 }, CEST: { offset: 120 }, MET: { offset: 60 }, MEST: { offset: 120 }, MEZ: { offset: 60 }, MESZ: { offset: 120 },
  EET: { offset: 120 }, EEST: { offset: 180 }, MSK: { offset: 180 }, TRT: { offset: 180 },
  SAST: { offset: 120 }, CAT: { offset: 120 }, EAT: { offset: 180 }, WAT: { offset: 60 },
  AST: { offset: -240, ambiguous: 'ar:180' }, ADT: { offset: -180 }, NST: { offset: -210 }, NDT: { offset: -150 },
  EST: { offset: -300 }, EDT: { offset: -240 }, CST: { offset: -360, ambiguous: 'zh:480' }, CDT: { offset: -300 },
  MST: { offset: -420 }, MDT: { offset: -360 }, PST: { offset: -480 }, PDT: { offset: -420 },
  AKST: { offset: -540 }, AKDT: { offset: -480 }, HST: { offset: -600 }, HAST: { offset: -600 }, SST: { offset: -660 },
  BRT: { offset: -180 }, BRST: { offset: -120 }, ART: { offset: -180 }, CLT: { offset: -240 }, CLST: { offset: -180 },
  COT: { offset: -300 }, PET: { offset: -300 }, VET: { offset: -240 },
  GST: { offset: 240 }, IRST: { offset: 210 }, PKT: { offset: 300 }, NPT: { offset: 345 }, BDT: { offset: 360 },
  ICT: { offset: 420 }, WIB: { offset: 420 }, WITA: { offset: 480 }, WIT: { offset: 540 },
  HKT: { offset: 480 }, SGT: { offset: 480 }, MYT: { offset: 480 }, PHT: { offset: 480 }, PHST: { offset: 480 }, AWST: { offset: 480 },
  KST: { offset: 540 }, JST: { offset: 540 }, ACST: { offset: 570 }, ACDT: { offset: 630 }, AEST: { offset: 600 }, AEDT: { offset: 660 },
  NZST: { offset: 720 }, NZDT: { offset: 780 },
};

/** US generic zone names ("3:20 p.m. ET"): standard or daylight time by the date. */
const genericZones: Record<string, string> = { ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles' };

/** The zone a language's news is usually dated in, where it has one. */
function languageZone(lang: string | undefined): string | undefined {
  const l = (lang ?? '').toLowerCase();
  if (/^ko\b/.test(l)) return 'Asia/Seoul';
  if (/^ja\b/.test(l)) return 'Asia/Tokyo';
  if (/^zh[-_](tw|hant)/.test(l)) return 'Asia/Taipei';
  if (/^zh\b/.test(l)) return 'Asia/Shanghai';
  return undefined;
}

/** Abbreviations whose meaning the feed's language settles. */
function abbreviationOffset(abbr: string, lang: string | undefined): { offset: number; ambiguous: boolean } | undefined {
  const e = zoneAbbreviations[abbr];
  if (!e) return undefined;
  if (e.ambiguous === undefined) return { offset: e.offset, ambiguous: false };
  const l = (lang ?? '').toLowerCase().replace('_', '-');
  for (const pair of e.ambiguous.split(',').filter(Boolean)) {
    const [tag, off] = pair.split(':');
    if (l === tag || l.startsWith(tag + '-') || (tag.includes('-') && l.startsWith(tag))) return { offset: Number(off), ambiguous: false };
  }
  return { offset: e.offset, ambiguous: true };
}

// ——— zones through ICU ———

const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();
function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  let f = zoneFormats.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      f = null;
    }
    if (zoneFormats.size < 500) zoneFormats.set(zone, f);
  }
  return f;
}
export const isTimeZone = (zone: string) => zoneFormat(zone) !== null;

/** The offset of `zone` from UTC at instant `t`, in ms. */
function zoneOffset(zone: string, t: number): number {
  const f = zoneFormat(zone);
  if (!f) return 0;
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(t)) if (x.type !== 'literal') p[x.type] = Number(x.value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

/** The instant whose wall-clock time in `zone` is `wall` (a wall time written as if UTC). */
function wallToInstant(wall: number, zone: string): number {
  if (zone === 'UTC') return wall;
  const first = wall - zoneOffset(zone, wall);
  const second = zoneOffset(zone, first);
  // In a DST gap there is no such wall time: the offset before the gap is used
  // (02:30 becomes 03:30 daylight time), as Temporal's "compatible" does.
  return wall - second === first ? first : Math.max(first, wall - second);
}

// ——— the calendar ———

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const monthNamesEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Calendar fields as written, before a zone is applied. */
interface Fields {
  y?: number; m?: number; d?: number; H?: number; M?: number; S?: number; ms?: number;
  /** minutes east of UTC, when the text gives a zone */
  offset?: number;
  zone?: string;
  weekday?: number;
  flags: FeedDateFlag[];
}

const fail = (reason: string): FeedDate => ({ flags: [], reason });

/** Two-digit and three-digit years as RFC 2822 reads them. */
function fullYear(y: number, digits: number, flags: FeedDateFlag[]): number {
  if (digits === 2) {
    flags.push('two-digit-year');
    return y < 50 ? 2000 + y : 1900 + y;
  }
  if (digits === 3) return 1900 + y;
  return y;
}

function finish(f: Fields, opts: FeedDateOptions, source: string): FeedDate {
  const flags = f.flags;
  const now = opts.now === undefined ? Date.now() : typeof opts.now === 'number' ? opts.now : opts.now.getTime();
  if (f.y === undefined && f.m !== undefined && f.d !== undefined) {
    // "Oct 3, 10:00": the latest such date not after now (plus a day for zones ahead)
    const y = new Date(now).getUTCFullYear();
    f.y = Date.UTC(y, f.m - 1, f.d) > now + DAY ? y - 1 : y;
    flags.push('year-inferred');
  }
  const { y, m = 1, d = 1 } = f;
  if (y === undefined) return fail('no year');
  if (y === 0) return fail('year 0 does not exist');
  if (y < 1800 || y > 9999) return fail(`implausible year ${y}`);
  if (m < 1 || m > 12) return fail(`no month ${m}`);
  if (d < 1 || d > daysIn(y, m)) return fail(`impossible date: ${monthNamesEn[m - 1]} has no day ${d}${m === 2 && d === 29 ? ` in ${y}` : ''}`);
  let { H = 0, M = 0, S = 0, ms = 0 } = f;
  if (f.H === undefined) flags.push('date-only');
  // 24:00 is the end of the day (Date.UTC carries it into the next)
  if (H > 24 || (H === 24 && (M || S || ms))) return fail(`no hour ${H}`);
  if (M > 59) return fail(`no minute ${M}`);
  if (S > 60) return fail(`no second ${S}`);
  if (S === 60) S = 59; // a leap second: the instant before it
  if (f.weekday !== undefined) {
    const wd = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
    if (wd !== f.weekday) flags.push('weekday-mismatch');
  }
  const wall = Date.UTC(y, m - 1, d, H, M, S, ms);
  let t: number;
  let zone: string | undefined;
  if (f.offset !== undefined) {
    if (Math.abs(f.offset) > 18 * 60) return fail(`no zone is ${Math.abs(f.offset / 60)} hours from UTC`);
    t = wall - f.offset * MIN;
  } else {
    zone = f.zone ?? (opts.zone && isTimeZone(opts.zone) ? opts.zone : undefined) ?? languageZone(opts.lang) ?? scriptZone(source) ?? 'UTC';
    if (!f.zone) flags.push('zoneless');
    t = wallToInstant(wall, zone);
  }
  if (!Number.isFinite(t)) return fail('out of range');
  const skew = opts.skewMs ?? defaultSkew;
  if (t > now + skew) {
    flags.push('future');
    t = now;
  }
  return { date: new Date(t), flags, ...(zone ? { zone } : {}) };
}

/** The zone the text's own script implies, for a date with no zone and no language. */
function scriptZone(s: string): string | undefined {
  if (/[\uac00-\ud7a3]/.test(s)) return 'Asia/Seoul';
  if (/[\u3040-\u30ff時曜]|令和|平成|昭和/.test(s)) return 'Asia/Tokyo';
  return undefined;
}

// ——— ISO 8601 / RFC 3339 / W3CDTF ———

const isoPattern = new RegExp(
  '^([+-]?\\d{4})' +
    // calendar (extended or basic), week, or ordinal date; month or year alone (W3CDTF)
    '(?:-(\\d{2})(?:-(\\d{2}))?|(\\d{2})(\\d{2})|-?W(\\d{2})(?:-?([1-7]))?|-?(\\d{3}))?' +
    '(?:[T ](\\d{2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?)?' +
    '\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?$',
  'i',
);

function parseIso(s: string, opts: FeedDateOptions): FeedDate | undefined {
  const x = isoPattern.exec(s);
  if (!x) return undefined;
  const [, ys, em, ed, bm, bd, wk, wd, ord, H, M, S, frac, z] = x;
  const f: Fields = { flags: [], y: Number(ys) };
  if (wk) {
    // ISO week: week 1 holds the year's first Thursday
    const week = Number(wk);
    const jan4 = Date.UTC(f.y!, 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    const weeksInYear = (() => {
      const dec28 = Date.UTC(f.y!, 11, 28);
      const mondayLast = dec28 - ((new Date(dec28).getUTCDay() + 6) % 7) * DAY;
      return Math.round((mondayLast - monday1) / (7 * DAY)) + 1;
    })();
    if (week < 1 || week > weeksInYear) return fail(`${f.y} has no week ${week}`);
    const day = new Date(monday1 + ((week - 1) * 7 + (wd ? Number(wd) - 1 : 0)) * DAY);
    Object.assign(f, { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() });
  } else if (ord) {
    const n = Number(ord);
    if (f.y === 0) return fail('year 0 does not exist');
    if (n < 1 || n > (isLeap(f.y!) ? 366 : 365)) return fail(`${f.y} has no day ${n}`);
    const day = new Date(Date.UTC(f.y!, 0, n));
    Object.assign(f, { m: day.getUTCMonth() + 1, d: day.getUTCDate() });
  } else {
    const m = em ?? bm;
    const d = ed ?? bd;
    if (m) f.m = Number(m);
    if (d) f.d = Number(d);
  }
  if (H) {
    f.H = Number(H);
    f.M = M ? Number(M) : 0;
    f.S = S ? Number(S) : 0;
    f.ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  }
  if (z) f.offset = offsetMinutes(z);
  return finish(f, opts, s);
}

/** "+09:00", "+0900", "-05", "+9" → minutes east of UTC. */
function offsetMinutes(z: string): number {
  if (/^z$/i.test(z)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(z)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

// ——— everything else: tokens ———

const tokenPattern = new RegExp(
  [
    // 1–5: a numeric date: 2026-11-18, 2026/11/18, 18.11.2026, 11/18/26, "2026. 11. 18."
    '(\\d{1,4})([-/.])\\s?(\\d{1,2})\\2\\s?(\\d{1,4})\\.?(?!\\d)',
    // 5–8: a time: 15:20, 15:20:00, 15:20:00.123, 10h30 (fr, pt)
    '(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?',
    '(\\d{1,2})\\s?h\\s?(\\d{2})?(?![\\p{L}\\d])',
    // 11–13: an offset, after GMT/UTC or standing alone: GMT+9, UTC+05:30, +0900, -05:00
    '(?:(gmt|utc|ut)\\s?|(?<![\\p{L}]))([+-])(\\d{1,2}(?::?\\d{2})?)(?![\\d:])',
    // 14–15: a number with a Korean or Japanese unit
    '(\\d+)\\s*(년|年|월|月|일|日|시|時|时|분|分|초|秒)',
    // 16–17: a number, with a dot ("3." in German) or an ordinal suffix
    '(\\d+)(\\.|st|nd|rd|th|er|º|ª|o)?(?![\\p{L}\\d])',
    // 18: a word (a.m. and p.m. are joined first)
    "([\\p{L}][\\p{L}'’]*)\\.?",
    // 19: brackets: words inside them may be comments, "(Korean Standard Time)"
    '([()\\[\\]])',
  ].join('|'),
  'giu',
);

const stripAccents = (w: string) => (/^[\p{Script=Latin}'’]+$/u.test(w) ? w.normalize('NFD').replace(/\p{M}+/gu, '') : w);

const eras: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867 };

function parseTokens(source: string, s: string, opts: FeedDateOptions, namedZone: string | undefined): FeedDate {
  const f: Fields = { flags: [], zone: namedZone };
  const numbers: Array<{ value: number; digits: number; dotted: boolean }> = [];
  const months: Array<{ month: number; alsoWeekday: boolean; word: string }> = [];
  const weekdays: number[] = [];
  let meridiem: 'am' | 'pm' | undefined;
  let depth = 0;
  let numericDate: { a: string; sep: string; b: string; c: string } | undefined;
  let lastEnd = 0;
  const setOnce = (key: 'y' | 'm' | 'd' | 'H' | 'M' | 'S', v: number) => {
    if (f[key] !== undefined) throw new Parse(`two values for one field (${v})`);
    f[key] = v;
  };
  // "+0900 (KST)" says one zone twice; a different zone in brackets is a comment
  const setZone = (offset: number) => {
    if (f.offset === offset) return;
    if (f.offset !== undefined || f.zone) {
      if (depth > 0) return;
      throw new Parse('two zones');
    }
    f.offset = offset;
  };
  for (const x of s.matchAll(tokenPattern)) {
    const gap = s.slice(lastEnd, x.index);
    lastEnd = x.index! + x[0].length;
    if (/[^\s,;|.\-–—/·:]/u.test(gap)) throw new Parse(`unexpected "${gap.trim()}"`);
    if (x[1] !== undefined) {
      if (numericDate) throw new Parse('two dates');
      numericDate = { a: x[1], sep: x[2], b: x[3], c: x[4] };
    } else if (x[5] !== undefined || x[9] !== undefined) {
      if (f.H !== undefined) throw new Parse('two times');
      f.H = Number(x[5] ?? x[9]);
      f.M = Number(x[6] ?? x[10] ?? 0);
      f.S = Number(x[7] ?? 0);
      f.ms = x[8] ? Math.floor(Number(`0.${x[8]}`) * 1000) : 0;
    } else if (x[12] !== undefined) {
      // a bare "-05" right after a date could be a date's part; offsets need a time or GMT/UTC before them
      if (!x[11] && f.H === undefined && !/\d{3}/.test(x[13])) throw new Parse(`unexpected "${x[0]}"`);
      setZone(offsetMinutes(x[12] + x[13]));
    } else if (x[14] !== undefined) {
      const v = Number(x[14]);
      const unit = x[15];
      if (unit === '년' || unit === '年') setOnce('y', fullYear(v, x[14].length, f.flags));
      else if (unit === '월' || unit === '月') setOnce('m', v);
      else if (unit === '일' || unit === '日') setOnce('d', v);
      else if (unit === '분' || unit === '分') setOnce('M', v);
      else if (unit === '초' || unit === '秒') setOnce('S', v);
      else setOnce('H', v);
    } else if (x[16] !== undefined) {
      numbers.push({ value: Number(x[16]), digits: x[16].length, dotted: x[17] === '.' });
    } else if (x[18] !== undefined) {
      const raw = x[18];
      const w = stripAccents(raw.toLowerCase().replace(/[’']/g, ''));
      const upper = raw.toUpperCase();
      if (w === 'am' || w === 'pm' || w === '오전' || w === '오후' || w === '午前' || w === '午後') {
        meridiem = w === 'am' || w === '오전' || w === '午前' ? 'am' : 'pm';
      } else if (w === '정오' || w === '正午') {
        f.H ??= 12;
      } else if (monthNames[w] !== undefined) {
        months.push({ month: monthNames[w], alsoWeekday: weekdayNames[w] !== undefined, word: w });
      } else if (weekdayNames[w] !== undefined) {
        weekdays.push(weekdayNames[w]);
      } else if (zoneAbbreviations[upper] && raw.length > 1 && (raw === upper || /^(gmt|utc|ut)$/i.test(raw))) {
        // abbreviations in capitals only ("cat", "art" are words), except the universal ones
        const z = abbreviationOffset(upper, opts.lang)!;
        if (z.ambiguous) f.flags.push('ambiguous-zone');
        setZone(z.offset);
      } else if (genericZones[raw]) {
        if (f.offset !== undefined || f.zone) throw new Parse('two zones');
        f.zone = genericZones[raw];
      } else if (/^[a-ik-y]$/i.test(raw) && f.H !== undefined && lastEnd >= s.trimEnd().length) {
        // RFC 822's military zones had their signs reversed in practice; RFC 2822: read as -0000
        f.flags.push('military-zone');
        setZone(0);
      } else if (/^z$/i.test(raw) && f.H !== undefined) {
        setZone(0);
      } else if (fillers.has(w) || fillers.has(raw)) {
        // nothing
      } else if (depth > 0) {
        // a comment in brackets: "(Korean Standard Time)", "(KST)" was read above
      } else {
        throw new Parse(`unrecognized word "${raw}"`);
      }
    } else if (x[19] !== undefined) {
      depth = Math.max(0, depth + ('(['.includes(x[19]) ? 1 : -1));
    }
  }
  const tail = s.slice(lastEnd);
  if (/[^\s,;|.\-–—/·:]/u.test(tail)) throw new Parse(`unexpected "${tail.trim()}"`);

  // the month: a name (a word that is also a weekday counts only when no other month is named)
  let monthWords = months;
  if (monthWords.length > 1) {
    const strict = monthWords.filter((m) => !m.alsoWeekday);
    for (const m of monthWords) if (m.alsoWeekday && strict.length) weekdays.push(weekdayNames[m.word]);
    monthWords = strict;
  }
  if (monthWords.length > 1) throw new Parse('two month names');
  if (monthWords.length === 1) setOnce('m', monthWords[0].month);
  if (weekdays.length) f.weekday = weekdays[0];

  if (numericDate) {
    if (f.m !== undefined || f.y !== undefined || f.d !== undefined) throw new Parse('two dates');
    readNumericDate(f, numericDate, opts.lang);
  }
  if (numbers.length) {
    if (f.m !== undefined && f.d === undefined && numbers.length <= 2) {
      // day and year around a month name: the one of three or four digits is the year,
      // else the first is the day ("03 Oct 18", "Oct 3, 18")
      let yi = numbers.findIndex((n) => n.digits >= 3);
      if (yi < 0 && numbers.length === 2) yi = numbers[0].value > 31 ? 0 : 1;
      if (yi >= 0) setOnce('y', fullYear(numbers[yi].value, numbers[yi].digits, f.flags));
      const rest = numbers.filter((_, i) => i !== yi);
      if (rest.length) setOnce('d', rest[0].value);
    } else if (f.y !== undefined && f.m !== undefined && f.d === undefined && numbers.length === 1) {
      setOnce('d', numbers[0].value);
    } else if (f.H !== undefined && f.M === undefined && numbers.length === 1) {
      setOnce('M', numbers[0].value); // "15時 20" is rare; but "3시 20" happens
    } else if (numbers.length === 1 && f.m === undefined && !numericDate && (numbers[0].digits === 10 || numbers[0].digits === 13)) {
      const t = numbers[0].digits === 10 ? numbers[0].value * 1000 : numbers[0].value;
      const d = new Date(t);
      return finish({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), offset: 0, flags: ['epoch'] }, opts, source);
    } else if (f.H === undefined && numbers.length === 1 && meridiem) {
      f.H = numbers[0].value; // "3 pm"
      f.M = 0;
    } else {
      throw new Parse(`cannot place the number${numbers.length > 1 ? 's' : ''} ${numbers.map((n) => n.value).join(', ')}`);
    }
  }
  if (f.m === undefined && f.y === undefined) throw new Parse('no date');
  if (meridiem && f.H !== undefined) {
    // "15:00 am" is not a.m.: German "am" ("am 3. Oktober") is a preposition
    if (f.H > 12 || f.H === 0) {
      // as written
    } else if (meridiem === 'pm' && f.H < 12) f.H += 12;
    else if (meridiem === 'am' && f.H === 12) f.H = 0;
  }
  if (f.H !== undefined) {
    f.M ??= 0;
    f.S ??= 0;
  }
  return finish(f, opts, source);
}

class Parse extends Error {}

/** Y-M-D, D.M.Y or M/D/Y: the numbers decide where they can, the language where they cannot. */
function readNumericDate(f: Fields, x: { a: string; sep: string; b: string; c: string }, lang: string | undefined) {
  const [a, b, c] = [Number(x.a), Number(x.b), Number(x.c)];
  const l = (lang ?? '').toLowerCase();
  const eastAsian = /^(ko|ja|zh)\b/.test(l);
  if (x.a.length >= 3 || (eastAsian && x.c.length <= 2)) {
    // 2026-11-18, 2026.11.18; in Korean, Japanese and Chinese also 26.11.18
    Object.assign(f, { y: fullYear(a, x.a.length, f.flags), m: b, d: c });
    return;
  }
  if (x.c.length < 2) throw new Parse('no year in the numeric date');
  const y = fullYear(c, x.c.length, f.flags);
  let dayFirst: boolean;
  if (a > 12 && b <= 12) dayFirst = true;
  else if (b > 12 && a <= 12) dayFirst = false;
  else {
    // month first only where it is the custom: US English with slashes (and no language given)
    const us = x.sep === '/' && (!l || /^en(-us)?$/.test(l) || l.startsWith('en-us'));
    dayFirst = !us;
    if (a !== b) f.flags.push('ambiguous-order');
  }
  Object.assign(f, dayFirst ? { y, m: b, d: a } : { y, m: a, d: b });
}

/** Read one date string from a feed or an article page. Never throws. */
export function parseFeedDate(input: unknown, opts: FeedDateOptions = {}): FeedDate {
  try {
    if (input instanceof Date) return Number.isFinite(input.getTime()) ? finish(fieldsOf(input), opts, '') : fail('invalid Date');
    if (typeof input === 'number') input = String(input);
    if (typeof input !== 'string') return fail('not a string');
    // full-width digits and letters to ASCII; no-break and other spaces to one space
    let s = input.normalize('NFKC').replace(/[\s\u00a0\u200b\u3000]+/g, ' ').trim();
    if (!s) return fail('empty');
    if (s.length > 200) return fail('too long to be a date');
    // RFC 9557 appends the zone's name to an offset ("…+09:00[Asia/Seoul]"): the offset decides
    s = s.replace(/(\d|Z|z)\[!?[A-Za-z_/+-]+\]$/, '$1');
    const iso = parseIso(s, opts);
    if (iso) return iso;
    const source = s;
    // IANA zone names: "2026-11-18 15:20 Asia/Seoul"
    let named: string | undefined;
    s = s.replace(/(?<![\p{L}\d])([A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_-]+){1,2})(?![\p{L}\d])/u, (m) => {
      if (!isTimeZone(m)) return m;
      named = m;
      return ' ';
    });
    s = s
      .replace(/(令和|平成|昭和|大正|明治)\s*(元|\d+)\s*年/g, (_, era: string, n: string) => `${eras[era] + (n === '元' ? 1 : Number(n))}年`)
      .replace(/(?<![\p{L}])([ap])\.\s?m\.?(?![\p{L}])/giu, '$1m')
      .replace(/(\d)([ap]m)(?![\p{L}])/giu, '$1 $2')
      .replace(/(\d)T(\d)/g, '$1 $2');
    try {
      return parseTokens(source, s, opts, named);
    } catch (e) {
      if (e instanceof Parse) return fail(e.message);
      throw e;
    }
  } catch (e) {
    return fail(`unreadable: ${(e as Error)?.message ?? String(e)}`);
  }
}

function fieldsOf(d: Date): Fields {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), offset: 0, flags: [] };
}

/** The instant alone, for callers that do not count flags. */
export function feedDate(input: unknown, opts: FeedDateOptions = {}): Date | undefined {
  return parseFeedDate(input, opts).date;
}
