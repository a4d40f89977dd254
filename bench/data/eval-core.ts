// Shared building blocks of the clustering evaluation set: a seeded PRNG,
// Korean particle selection, and number and date formatting in Korean, English
// and Japanese news styles. Nothing here uses Math.random or the host locale,
// so the same seed always gives the same bytes.

export type Lang = 'ko' | 'en' | 'ja';
export const LANGS: Lang[] = ['ko', 'en', 'ja'];
export interface Names { en: string; ko: string; ja: string }
export const N = (en: string, ko: string, ja: string): Names => ({ en, ko, ja });

// ---------------------------------------------------------------- PRNG

/** cyrb53-style string hash → 32-bit unsigned integer. */
export function hash32(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed, h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** sfc32: small, fast, good enough for test data; fully deterministic. */
export class Rng {
  private a: number; private b: number; private c: number; private d: number;
  constructor(seed: number | string) {
    const s = typeof seed === 'number' ? String(seed) : seed;
    this.a = hash32(s, 1); this.b = hash32(s, 2); this.c = hash32(s, 3); this.d = hash32(s, 4) | 1;
    for (let i = 0; i < 12; i++) this.next();
  }
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  /** integer in [lo, hi] inclusive */
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from empty list');
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** pick with weights (same length as xs) */
  weighted<T>(xs: readonly T[], ws: readonly number[]): T {
    let total = 0; for (const w of ws) total += w;
    let x = this.next() * total;
    for (let i = 0; i < xs.length; i++) { x -= ws[i]; if (x < 0) return xs[i]; }
    return xs[xs.length - 1];
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  sample<T>(xs: readonly T[], k: number): T[] { return this.shuffle(xs).slice(0, Math.min(k, xs.length)); }
  fork(label: string | number): Rng { return new Rng(`${Math.floor(this.next() * 4294967296)}:${label}`); }
}

// ---------------------------------------------------------------- Korean particles

// Batchim class of the last spoken syllable: 'none' (no final consonant),
// 'rieul' (final ㄹ, which takes 로 rather than 으로) or 'other'.
type Batchim = 'none' | 'rieul' | 'other';

// How Latin letters are read in Korean (에이, 비, 씨, … 엘, 엠, 엔, 알 …).
const LATIN: Record<string, Batchim> = {
  a: 'none', b: 'none', c: 'none', d: 'none', e: 'none', f: 'none', g: 'none', h: 'none', i: 'none',
  j: 'none', k: 'none', l: 'rieul', m: 'other', n: 'other', o: 'none', p: 'none', q: 'none', r: 'rieul',
  s: 'none', t: 'none', u: 'none', v: 'none', w: 'none', x: 'none', y: 'none', z: 'none',
};

export function batchim(text: string): Batchim {
  let i = text.length - 1;
  while (i >= 0 && /[\s'"’‘”“)\]」』】》>.,]/.test(text[i])) i--;
  if (i < 0) return 'none';
  const ch = text[i];
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  if (/[0-9０-９]/.test(ch)) {
    // read the number: trailing zeros give 십/백/천/만 (all with a final consonant)
    const digits = text.slice(0, i + 1).match(/[0-9０-９]+$/)![0].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    const last = digits[digits.length - 1];
    if (last === '0') return digits.length === 1 ? 'other' /* 영 */ : 'other';
    if ('178'.includes(last)) return 'rieul'; // 일 칠 팔
    if ('36'.includes(last)) return 'other'; // 삼 육
    return 'none'; // 이 사 오 구
  }
  if (ch === '%' || ch === '％') return 'none'; // 퍼센트
  const l = ch.toLowerCase();
  if (l in LATIN) return LATIN[l];
  return 'none';
}

// [form after a final consonant, form after a vowel]
const PARTICLES: [string, string][] = [
  ['이라고', '라고'], ['이라는', '라는'], ['이라며', '라며'], ['이었다', '였다'], ['이어서', '여서'],
  ['이지만', '지만'], ['이다', '다'], ['이며', '며'], ['이자', '자'], ['이나', '나'], ['이든', '든'],
  ['으로', '로'], ['은', '는'], ['이', '가'], ['을', '를'], ['과', '와'], ['아', '야'],
];

/** The correct form of a Korean particle after `word` (either form may be given). */
export function koParticle(word: string, particle: string): string {
  const pair = PARTICLES.find(([a, b]) => a === particle || b === particle);
  if (!pair) throw new Error(`unknown Korean particle: ${particle}`);
  const b = batchim(word);
  if (pair[0] === '으로') return b === 'other' ? '으로' : '로';
  return b === 'none' ? pair[1] : pair[0];
}

// ---------------------------------------------------------------- numbers

export type NumKind = 'int' | 'money' | 'pct' | 'dec' | 'score' | 'ord';
export interface Num { k: NumKind; v: number; v2?: number; dp?: number; approx?: boolean }

export const fullwidth = (s: string) => s.replace(/[0-9.%\-]/g, (c) => (c === '.' ? '．' : c === '%' ? '％' : c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

export function commas(v: number): string {
  const neg = v < 0; const s = String(Math.abs(Math.round(v)));
  return (neg ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Decimal with at most `dp` places, trailing zeros removed (4.50 → 4.5). */
export function trimDec(v: number, dp = 2): string {
  const s = v.toFixed(dp);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

// Korean / Japanese myriad grouping (만/억/조, 万/億/兆). `below` formats each
// group (< 10000): comma '3,500', plain '3500', or Korean 천 style '3천500'.
function myriad(v: number, units: [number, string][], below: (n: number) => string): string {
  let rest = Math.round(v);
  let out = '';
  for (const [u, name] of units) {
    const q = Math.floor(rest / u);
    if (q > 0) { out += below(q) + name; rest -= q * u; }
  }
  if (rest > 0 || out === '') out += below(rest);
  return out;
}
const KO_UNITS: [number, string][] = [[1e12, '조'], [1e8, '억'], [1e4, '만']];
const JA_UNITS: [number, string][] = [[1e12, '兆'], [1e8, '億'], [1e4, '万']];
const koCheon = (n: number) => (n >= 1000 ? `${Math.floor(n / 1000)}천${n % 1000 ? String(n % 1000) : ''}` : String(n));

/** Round to two significant figures (for approximate renderings). */
export function round2(v: number): number {
  if (v < 100) return v;
  const p = Math.pow(10, Math.floor(Math.log10(v)) - 1);
  return Math.round(v / p) * p;
}

export function fmtInt(v: number, lang: Lang, style: number, approx = false): string {
  const a = approx ? round2(v) : v;
  if (lang === 'en') {
    const pre = approx && a !== v ? (a > v ? 'nearly ' : 'more than ') : approx ? 'about ' : '';
    if (a < 10 && style !== 1) return pre + EN_SMALL[a];
    if (style === 1) return pre + String(a);
    if (style === 2 && a >= 1e6 && a % 1e5 === 0) return `${pre}${trimDec(a / 1e6, 1)} million`;
    // "1.2 thousand" only in approximate renderings: exact figures keep their digits
    if (style === 2 && approx && a >= 1000 && a % 100 === 0) return `${pre}${trimDec(a / 1000, 1)} thousand`;
    return pre + commas(a);
  }
  if (lang === 'ko') {
    let s: string;
    if (style === 1) s = a >= 1e4 ? myriad(a, KO_UNITS, koCheon) : koCheon(a);
    else if (style === 2) s = a >= 1e4 ? myriad(a, KO_UNITS, String) : String(a);
    else s = commas(a);
    return approx ? (a !== v ? `${s}여` : `약 ${s}`) : s;
  }
  let s = style === 0 ? commas(a) : a >= 1e4 ? myriad(a, JA_UNITS, String) : String(a);
  if (style === 2) s = fullwidth(s);
  return approx ? `約${s}` : s;
}

export interface Currency { en: string; ko: string; ja: string }

export function fmtMoney(v: number, cur: Currency, lang: Lang, style: number): string {
  if (lang === 'en') {
    if (v >= 1e9) {
      if (style === 1 && v < 1e11) return `${commas(v / 1e6)} million ${cur.en}`;
      if (style === 2) return `${trimDec(v / 1e9)}bn ${cur.en}`;
      return `${trimDec(v / 1e9)} billion ${cur.en}`;
    }
    if (v >= 1e6) {
      if (style === 2) return `${trimDec(v / 1e6)}m ${cur.en}`;
      if (style === 1 && v % 1e6 !== 0) return `${commas(v)} ${cur.en}`;
      return `${trimDec(v / 1e6)} million ${cur.en}`;
    }
    return `${commas(v)} ${cur.en}`;
  }
  if (lang === 'ko') {
    const below = style === 1 ? koCheon : style === 2 ? String : commas;
    return `${myriad(v, KO_UNITS, below)} ${cur.ko}`;
  }
  const below = style === 0 ? commas : String;
  let s = myriad(v, JA_UNITS, below);
  if (style === 2) s = fullwidth(s);
  return `${s}${cur.ja}`;
}

export function fmtPct(v: number, dp: number, lang: Lang, style: number): string {
  const s = trimDec(v, dp);
  if (lang === 'en') return style === 1 ? `${s} percent` : style === 2 ? `${s} per cent` : `${s}%`;
  if (lang === 'ko') return style === 1 ? `${s}퍼센트` : `${s}%`;
  return style === 1 ? `${s}％` : style === 2 ? fullwidth(`${s}%`) : `${s}%`;
}

export function fmtDec(v: number, dp: number, lang: Lang, style: number): string {
  const s = trimDec(v, dp);
  return lang === 'ja' && style === 2 ? fullwidth(s) : s;
}

export function fmtScore(a: number, b: number, lang: Lang, style: number): string {
  if (lang === 'en') return style === 1 ? `${a}–${b}` : `${a}-${b}`;
  if (lang === 'ko') return style === 1 ? `${a}대 ${b}` : `${a}-${b}`;
  return style === 1 ? `${a}対${b}` : style === 2 ? fullwidth(`${a}-${b}`) : `${a}-${b}`;
}

function ordSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

export function fmtNum(n: Num, lang: Lang, style: number, cur: Currency): string {
  switch (n.k) {
    case 'int': return fmtInt(n.v, lang, style, !!n.approx);
    case 'money': return fmtMoney(n.v, cur, lang, style);
    case 'pct': return fmtPct(n.v, n.dp ?? 1, lang, style);
    case 'dec': return fmtDec(n.v, n.dp ?? 1, lang, style);
    case 'score': return fmtScore(n.v, n.v2 ?? 0, lang, style);
    case 'ord': return lang === 'en' ? `${n.v}${ordSuffix(n.v)}` : lang === 'ja' && style === 2 ? fullwidth(String(n.v)) : String(n.v);
  }
}

// ---------------------------------------------------------------- dates

export const EPOCH = Date.UTC(2026, 8, 7); // Monday 7 September 2026: day 0 of the set
const DAY = 86400000;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_MON = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const EN_WD = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const KO_WD = ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'];
const JA_WD = ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日'];

export interface DayParts { y: number; m: number; d: number; wd: number }
export function dayParts(day: number): DayParts {
  const t = new Date(EPOCH + day * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), wd: t.getUTCDay() };
}

export function fmtWeekday(day: number, lang: Lang): string {
  const p = dayParts(day);
  return lang === 'en' ? EN_WD[p.wd] : lang === 'ko' ? KO_WD[p.wd] : JA_WD[p.wd];
}

/**
 * The date of an event as a report mentions it. `pubDay` is the local day the
 * report appears; `style` picks the house style; `withOn` adds English "on".
 */
export function fmtEventDate(day: number, pubDay: number, lang: Lang, style: number, withOn: boolean): string {
  const p = dayParts(day);
  if (lang === 'en') {
    let s: string;
    switch (style % 5) {
      case 0: s = EN_WD[p.wd]; break;
      case 1: s = `${EN_MON[p.m]} ${p.d}`; break;
      case 2: s = `${p.d} ${EN_MONTHS[p.m]}`; break;
      case 3: s = `${EN_MONTHS[p.m]} ${p.d}`; break;
      default: s = `${EN_WD[p.wd]}, ${EN_MON[p.m]} ${p.d}`; break;
    }
    if (style % 5 === 0 && pubDay === day + 1 && withOn) return 'yesterday';
    if (style % 5 === 0 && pubDay === day && withOn) return 'on ' + s;
    if (style % 5 === 0 && pubDay !== day && pubDay !== day + 1) s = `${EN_MON[p.m]} ${p.d}`;
    return withOn ? `on ${s}` : s;
  }
  if (lang === 'ko') {
    switch (style % 4) {
      case 1: return pubDay > day ? `지난 ${p.d}일` : `${p.d}일`;
      case 2: return `${p.m + 1}월 ${p.d}일`;
      case 3: return pubDay === day + 1 ? `어제(${p.d}일)` : `${p.d}일`;
      default: return `${p.d}일`;
    }
  }
  switch (style % 4) {
    case 1: return `${p.m + 1}月${p.d}日`;
    case 2: return fullwidth(`${p.d}`) + '日';
    case 3: return pubDay === day + 1 ? `昨日（${p.d}日）` : `${p.d}日`;
    default: return `${p.d}日`;
  }
}

/** A date in the future relative to the report (a planned strike, a visit, a vote). */
export function fmtFutureDate(day: number, pubDay: number, lang: Lang, style: number, withOn: boolean): string {
  const p = dayParts(day);
  const pp = dayParts(pubDay);
  if (lang === 'en') {
    if (style % 5 === 0 && day - pubDay >= 2 && day - pubDay <= 6 && withOn) return `next ${EN_WD[p.wd]}`;
    if (style % 5 === 0 && day - pubDay === 1 && withOn) return 'tomorrow';
    const s = style % 5 === 2 ? `${p.d} ${EN_MONTHS[p.m]}` : style % 5 === 3 ? `${EN_MONTHS[p.m]} ${p.d}` : `${EN_MON[p.m]} ${p.d}`;
    return withOn ? `on ${s}` : s;
  }
  if (lang === 'ko') {
    if (style % 4 === 1) return p.m === pp.m ? `오는 ${p.d}일` : `다음 달 ${p.d}일`;
    if (style % 4 === 3 && day - pubDay === 1) return `내일(${p.d}일)`;
    return `${p.m + 1}월 ${p.d}일`;
  }
  if (style % 4 === 1) return p.m === pp.m ? `${p.d}日` : `来月${p.d}日`;
  if (style % 4 === 2) return fullwidth(`${p.m + 1}`) + '月' + fullwidth(`${p.d}`) + '日';
  return `${p.m + 1}月${p.d}日`;
}

export { DAY };
