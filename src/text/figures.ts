// Figures and what they count, in Korean, English and Japanese: the number
// (1,200 / 1200 / 1천200 / 1.2 thousand → 1200) and the class of its unit,
// read from the counter or noun next to it (1,200명 / 1200人 / 1,200 people →
// people; 1,200채 / 1200棟 / 1,200 homes → homes; 42억 원 / ₩4.2 billion →
// money:KRW). A bare number says little about what it counts; two figures of
// different classes are different facts even when their digits agree.

/** A number as written, its value with scale words applied (42억 → 4200000000). */
export interface NumberMention {
  value: number;
  /** written with a scale word (만, 億, million…) */
  scaled: boolean;
  /** written with a thousands separator */
  grouped: boolean;
  /** where the digits start and where the number (with its scale words) ends */
  start: number;
  end: number;
}

const scales: Record<string, number> = { 천: 1e3, 千: 1e3, 만: 1e4, 万: 1e4, 억: 1e8, 億: 1e8, 조: 1e12, 兆: 1e12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const numberRe = /(\d[\d,]*(?:\.\d+)?)\s*(억|億|만|万|천|千|조|兆|thousand|million|billion|trillion)?(?:\s*(\d[\d,]*)\s*(천|千)?)?/gi;

/** The numbers of a text, scale words applied (1만2천 → 12000, 1.2 thousand → 1200). */
export function readNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(numberRe)) {
    let value = Number(m[1].replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (m[2]) value *= scales[m[2].toLowerCase()];
    if (m[2] && m[3]) value += Number(m[3].replace(/,/g, '')) * (m[4] ? 1e3 : 1);
    const digits = m[1].replace(/,$/, '');
    out.push({ value, scaled: !!m[2], grouped: digits.includes(','), start: m.index!, end: m.index! + m[0].replace(/[\s,]+$/, '').length });
  }
  return out;
}

// ——— what a figure counts ———
// Classes are kept coarse so that three languages agree on them: every
// counter of objects (개, 점, 件, 台, seats, flights…) is one class, `count`.

const koCounters: Array<[string, string]> = [
  ['명', 'people'], ['가구', 'homes'], ['세대', 'homes'], ['채', 'homes'], ['가옥', 'homes'],
  ['원', 'money:KRW'], ['달러', 'money:USD'], ['엔', 'money:JPY'], ['유로', 'money:EUR'], ['위안', 'money:CNY'],
  ['퍼센트', 'percent'], ['프로', 'percent'], ['포인트', 'points'],
  ['개월', 'months'], ['주년', 'count'], ['주일', 'weeks'], ['주', 'weeks'], ['일간', 'days'], ['일', 'day'], ['시간', 'hours'], ['시', 'clock'], ['분', 'minutes'], ['초', 'seconds'],
  ['년', 'years'], ['세', 'age'], ['살', 'age'], ['번째', 'rank'], ['위', 'rank'], ['등', 'rank'], ['회', 'times'], ['번', 'times'], ['배', 'times'],
  ['기가바이트', 'GB'], ['테라바이트', 'TB'], ['메가바이트', 'MB'], ['나노미터', 'nm'], ['킬로와트', 'kW'], ['메가와트', 'MW'], ['기가와트', 'GW'],
  ['킬로미터', 'km'], ['미터', 'm'], ['센티미터', 'cm'], ['센티', 'cm'], ['밀리미터', 'mm'], ['밀리', 'mm'], ['인치', 'in'],
  ['제곱킬로미터', 'km2'], ['제곱미터', 'm2'], ['헥타르', 'ha'], ['평', 'pyeong'], ['킬로그램', 'kg'], ['그램', 'g'], ['톤', 't'], ['리터', 'l'], ['도', '°C'],
  ['개', 'count'], ['점', 'count'], ['건', 'count'], ['곳', 'count'], ['군데', 'count'], ['대', 'count'], ['척', 'count'], ['기', 'count'],
  ['편', 'count'], ['표', 'count'], ['석', 'count'], ['마리', 'count'], ['그루', 'count'], ['권', 'count'], ['장', 'count'], ['종', 'count'],
];
const jaCounters: Array<[string, string]> = [
  ['人', 'people'], ['名', 'people'], ['世帯', 'homes'], ['戸', 'homes'], ['棟', 'homes'], ['軒', 'homes'],
  ['円', 'money:JPY'], ['ドル', 'money:USD'], ['ウォン', 'money:KRW'], ['ユーロ', 'money:EUR'], ['元', 'money:CNY'], ['ポンド', 'money:GBP'],
  ['パーセント', 'percent'], ['割', 'tenths'],
  ['ギガバイト', 'GB'], ['テラバイト', 'TB'], ['メガバイト', 'MB'], ['ナノメートル', 'nm'], ['キロワット', 'kW'], ['メガワット', 'MW'], ['ギガワット', 'GW'], ['ポイント', 'points'],
  ['か月', 'months'], ['カ月', 'months'], ['ヶ月', 'months'], ['ケ月', 'months'], ['ヵ月', 'months'], ['週間', 'weeks'], ['日間', 'days'], ['日', 'day'],
  ['時間', 'hours'], ['時', 'clock'], ['分', 'minutes'], ['秒', 'seconds'], ['年', 'years'], ['歳', 'age'], ['才', 'age'],
  ['番目', 'rank'], ['位', 'rank'], ['等', 'rank'], ['度目', 'times'], ['回', 'times'], ['倍', 'times'],
  ['キロメートル', 'km'], ['メートル', 'm'], ['センチ', 'cm'], ['ミリ', 'mm'], ['平方キロ', 'km2'], ['平方メートル', 'm2'], ['ヘクタール', 'ha'],
  ['キログラム', 'kg'], ['グラム', 'g'], ['トン', 't'], ['リットル', 'l'], ['度', '°C'],
  ['個', 'count'], ['点', 'count'], ['件', 'count'], ['か所', 'count'], ['カ所', 'count'], ['ヶ所', 'count'], ['箇所', 'count'], ['本', 'count'],
  ['台', 'count'], ['隻', 'count'], ['機', 'count'], ['校', 'count'], ['社', 'count'], ['店', 'count'], ['匹', 'count'], ['頭', 'count'],
  ['枚', 'count'], ['冊', 'count'], ['便', 'count'], ['票', 'count'], ['席', 'count'], ['基', 'count'], ['つ', 'count'],
].sort((a, b) => b[0].length - a[0].length) as Array<[string, string]>;
koCounters.sort((a, b) => b[0].length - a[0].length);

const enNouns = new Map<string, string>();
const enClass = (cls: string, words: string) => words.split(' ').forEach((w) => enNouns.set(w, cls));
enClass('people', 'people person persons resident residents citizens inhabitants worker workers employees staff passengers visitors spectators fans ' +
  'students pupils children adults patients victims voters members troops soldiers officers officials police firefighters rescuers evacuees ' +
  'refugees migrants tourists attendees participants customers users subscribers protesters demonstrators players athletes runners delegates ' +
  'lawmakers teachers doctors nurses farmers dead killed injured wounded missing hurt casualties deaths');
enClass('homes', 'household households family families home homes house houses dwellings apartments flats buildings residences');
enClass('money:USD', 'dollar dollars');
enClass('money:KRW', 'won');
enClass('money:JPY', 'yen');
enClass('money:EUR', 'euro euros');
enClass('money:CNY', 'yuan');
enClass('percent', 'percent pct');
enClass('points', 'point points');
enClass('years', 'year years');
enClass('age', 'year-old years-old');
enClass('months', 'month months');
enClass('weeks', 'week weeks');
enClass('days', 'day days');
enClass('hours', 'hour hours');
enClass('minutes', 'minute minutes');
enClass('seconds', 'second seconds');
enClass('clock', 'a.m am p.m pm o\'clock gmt');
enClass('km', 'km kilometre kilometres kilometer kilometers');
enClass('m', 'metre metres meter meters');
enClass('cm', 'cm centimetre centimetres centimeter centimeters');
enClass('mm', 'mm millimetre millimetres millimeter millimeters');
enClass('in', 'inch inches');
enClass('mi', 'mile miles');
enClass('ha', 'ha hectare hectares');
enClass('kg', 'kg kilogram kilograms');
enClass('g', 'gram grams');
enClass('t', 'tonne tonnes ton tons');
enClass('l', 'litre litres liter liters');
enClass('°C', 'degrees');
enClass('GB', 'gigabyte gigabytes gb');
enClass('TB', 'terabyte terabytes tb');
enClass('MB', 'megabyte megabytes mb');
enClass('nm', 'nanometre nanometres nanometer nanometers nm');
enClass('kW', 'kilowatt kilowatts kw');
enClass('MW', 'megawatt megawatts mw');
enClass('GW', 'gigawatt gigawatts gw');
enClass('rank', 'st nd rd th');
// words that follow a number without saying what it counts
const enFunction = new Set(('the a an and or but in on at to of for from by with as is are was were be been has have had will would could should ' +
  'may might can said says after before over under into than that this which who when while since per against through during until up down out ' +
  'about around s').split(' '));
const enModifiers = new Set('more new additional extra other further fewer less local foreign square'.split(' '));
const currencySymbols: Record<string, string> = { $: 'money:USD', '₩': 'money:KRW', '¥': 'money:JPY', '€': 'money:EUR', '£': 'money:GBP' };
const symbolUnits: Array<[RegExp, string]> = [
  [/^\s?%\s?(?:포인트|p\b|ポイント|points?\b)/, 'points'], [/^\s?%/, 'percent'], [/^\s?°\s?C?/, '°C'],
  [/^\s?(GB|TB|MB|nm|kW|MW|GW)(?![a-z])/i, 'digital'], [/^\s?km2|^\s?km²/, 'km2'], [/^\s?m2\b|^\s?m²/, 'm2'], [/^\s?(km|cm|mm|kg|ha)(?![a-z])/i, ''], [/^\s?m(?![a-z])/, 'm'], [/^\s?t(?![a-z])/, 't'], [/^C\b/, '°C'],
];
const koParticle = /^(?:이|가|은|는|을|를|의|에|에서|에게|으로|로|와|과|도|만|씩|까지|부터|이나|나|이며|며|이고|이다|였다|이었다|이라고|으로서|여|가량|쯤|께)?$/;
const hangulWord = /^[\uac00-\ud7a3]+/;
const jaWord = /^[\u3040-\u30ff\u3400-\u9fff々ー]+/;
const hiragana = /^[\u3040-\u309f]/;

function counterOf(word: string, list: Array<[string, string]>, exact: (rest: string) => boolean): string | undefined {
  for (const [counter, cls] of list) if (word.startsWith(counter) && exact(word.slice(counter.length))) return cls;
  return undefined;
}

/** A Korean or Japanese duration written like a calendar year (11년 만, 9年ぶり, 3年間) stays a duration. */
const durationAfterYear = /^(?:년|年)\s?(?:만|간|동안|째|이상|가까이|ぶり|間|目|以上|近く)/;

/**
 * The class of what the number at `n` counts, from the words next to it:
 * a unit class ('people', 'homes', 'money:KRW', 'percent', 'km', 'years'…),
 * 'count' for things of another kind, undefined for a bare number.
 */
export function unitOf(text: string, n: NumberMention, lang: string | null | undefined): string | undefined {
  const l = (lang ?? 'en').slice(0, 2);
  const before = text.slice(Math.max(0, n.start - 3), n.start);
  const cur = /(US\$|\$|₩|¥|€|£)\s?$/.exec(before);
  if (cur) return currencySymbols[cur[1].replace('US', '')];
  // approximations between the number and its counter: 1,200여 명, 1200余棟
  const after = text.slice(n.end, n.end + 40).replace(/^\s?(?:여|余|餘)/, '');
  for (const [re, cls] of symbolUnits) {
    const m = re.exec(after);
    if (m) return cls === 'digital' ? enNouns.get(m[1].toLowerCase()) : cls || m[1].toLowerCase();
  }
  if (l === 'ko' || /^\s?[\uac00-\ud7a3]/.test(after)) {
    const spaced = /^\s/.test(after);
    const word = hangulWord.exec(after.trimStart())?.[0];
    if (!word) return undefined;
    // attached: the counter and then anything (2,300명이); spaced: the counter and a particle only (42억 원을)
    const cls = counterOf(word, koCounters, (rest) => !spaced || koParticle.test(rest));
    if (cls === 'years') return calendarYear(n, after) ? 'year' : 'years';
    if (cls) return cls;
    return koParticle.test(word) ? undefined : 'count';
  }
  if (l === 'ja' || l === 'zh' || /^\s?[\u3040-\u30ff\u3400-\u9fff]/.test(after)) {
    const word = jaWord.exec(after.trimStart())?.[0];
    if (!word) return undefined;
    const cls = counterOf(word, jaCounters, () => true);
    if (cls === 'years') return calendarYear(n, after) ? 'year' : 'years';
    if (cls) return cls;
    return hiragana.test(word) ? undefined : 'count';
  }
  return englishUnit(after, n);
}

/** A number that is part of something else: a time (4:30), a label (G7, COVID-19, A380), a score (108-102). */
export function partOfOther(text: string, n: NumberMention): boolean {
  const before = text.slice(Math.max(0, n.start - 2), n.start);
  return /[:A-Za-z]$|[A-Za-z\d]-$/.test(before) || /^[:\-]\d/.test(text.slice(n.end, n.end + 2));
}

function calendarYear(n: NumberMention, after: string): boolean {
  return Number.isInteger(n.value) && !n.grouped && !n.scaled && n.value >= 1000 && n.value < 3000 && !durationAfterYear.test(after.trimStart());
}

function englishUnit(after: string, n: NumberMention): string | undefined {
  const words = /^(?:-|\s)?([a-z][a-z.']*(?:-[a-z]+)*)(?:\s+([a-z][a-z.']*(?:-[a-z]+)*))?/i.exec(after);
  const bareYear = Number.isInteger(n.value) && !n.grouped && !n.scaled && n.value >= 1800 && n.value <= 2100;
  if (!words) return bareYear ? 'year' : undefined;
  const attached = !/^[\s-]/.test(after);
  const first = words[1].toLowerCase().replace(/\.$/, '');
  const second = words[2]?.toLowerCase().replace(/\.$/, '');
  if (attached) return enNouns.get(first) === 'rank' ? 'rank' : enNouns.get(first);
  if (first === 'per' && second === 'cent') return 'percent';
  if (first === 'basis' && (second === 'points' || second === 'point')) return 'basis points';
  if (first === 'square' && second) return ({ km: 'km2', kilometres: 'km2', kilometers: 'km2', metres: 'm2', meters: 'm2', miles: 'mi2' } as Record<string, string>)[second] ?? 'count';
  const years = first.replace(/-.*/, '');
  if ((years === 'year' || years === 'years') && (/-old$/.test(first) || second === 'old')) return 'age';
  const known = enNouns.get(first) ?? enNouns.get(first.replace(/-.*/, ''));
  if (known && known !== 'rank') return known;
  if (enFunction.has(first)) return bareYear ? 'year' : undefined;
  if (enModifiers.has(first) && second) return enNouns.get(second) ?? (enFunction.has(second) ? undefined : 'count');
  if (second && enNouns.get(second) && enNouns.get(second) !== 'rank') return enNouns.get(second);
  return 'count';
}

/** What is left of a text once its dates are out (a day is not a figure: 11월 18일, Nov. 18, 18 November). */
function withoutDates(text: string): string {
  const months = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December';
  return text
    .replace(/(\d{1,2})\s*(?:월|月)\s*(\d{1,2})\s*(?:일|日)/g, ' ')
    .replace(new RegExp(`\\b(?:${months})\\.?\\s+\\d{1,2}\\b(?:,?\\s+\\d{4})?`, 'g'), ' ')
    .replace(new RegExp(`\\b\\d{1,2}\\s+(?:${months})\\b(?:\\s+\\d{4})?`, 'g'), ' ');
}

// units one language writes where another writes a multiple of them (1.4 GW, 140万kW)
const multiples: Record<string, [number, string]> = {
  'basis points': [0.01, 'points'], tenths: [10, 'percent'], MW: [1e3, 'kW'], GW: [1e6, 'kW'], TB: [1e3, 'GB'], MB: [1e-3, 'GB'],
};

/** 25 basis points → 0.25 points, 4割 → 40 percent, 1.4 GW → 1400000 kW. */
function inCommonUnit(value: number, unit: string | undefined): [number, string | undefined] {
  const m = unit ? multiples[unit] : undefined;
  return m ? [value * m[0], m[1]] : [value, unit];
}

/**
 * A text's figures as language-independent terms: `1200:people` for a figure
 * whose unit says what it counts, `1200` for a bare one. Days of the month
 * are left out (they are dates), and so are small whole counts (3 people).
 */
export function figureTerms(text: string, lang: string | null | undefined): string[] {
  const t = withoutDates(text.normalize('NFKC'));
  const out: string[] = [];
  for (const n of readNumbers(t)) {
    if (partOfOther(t, n)) continue;
    const unit = unitOf(t, n, lang);
    if (unit === 'day') continue;
    if (n.value < 10 && Number.isInteger(n.value) && !n.scaled && unit !== 'percent' && unit !== 'points' && unit !== 'tenths') continue;
    const [v, u] = inCommonUnit(n.value, unit);
    const value = Math.round(v * 100) / 100;
    out.push(u ? `${value}:${u}` : `${value}`);
  }
  return out;
}
