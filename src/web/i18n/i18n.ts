// Interface text and locale formatting for the website. Messages are ICU
// MessageFormat strings in one flat JSON catalog per language; everything
// here runs on every page render, so compiled messages and Intl formatters
// are built once and cached.
import { readFileSync } from 'node:fs';
import { IntlMessageFormat, type Formatters, type PrimitiveType } from 'intl-messageformat';

export const locales = ['ko', 'en', 'ja'] as const;
export type Locale = (typeof locales)[number];
export const fallbackLocale: Locale = 'en';

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (locales as readonly string[]).includes(x);
}

/**
 * The language the interface is shown in for an edition: the edition's own
 * language when it has a catalog ('ko-KR' → 'ko'), else English. Dates, numbers
 * and language names follow the same choice so one page never mixes two
 * languages in its chrome (an English-fallback 'de' edition says
 * "Updated November 1, 2026", not "Updated 1. November 2026").
 */
export function uiLocale(locale: string): Locale {
  if (isLocale(locale)) return locale;
  const primary = String(locale).toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : fallbackLocale;
}

export type Catalog = Readonly<Record<string, string>>;

function loadCatalog(locale: Locale): Catalog {
  const file = new URL(`./messages/${locale}.json`, import.meta.url);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`i18n: cannot read the ${locale} catalog (${file.pathname}): ${(e as Error).message}`, { cause: e });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`i18n: the ${locale} catalog must be a flat JSON object of key → message`);
  }
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') throw new Error(`i18n: message "${key}" in the ${locale} catalog is not a string`);
  }
  return Object.freeze(parsed as Record<string, string>);
}

const catalogs: Record<Locale, Catalog> = {
  ko: loadCatalog('ko'),
  en: loadCatalog('en'),
  ja: loadCatalog('ja'),
};

/** The catalog used for an edition language (English for a language without one). */
export function messagesFor(locale: string): Catalog {
  return catalogs[uiLocale(locale)];
}

export function hasMessage(locale: string, key: string): boolean {
  return Object.hasOwn(messagesFor(locale), key);
}

// One set of Intl formatters shared by every compiled message, instead of a
// private set per message.
function memo<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    // Plain string arguments (the common case on a page render) need no JSON.
    const id = args.every((a) => typeof a === 'string') ? args.join('\u0001') : JSON.stringify(args);
    let hit = cache.get(id);
    if (hit === undefined) cache.set(id, (hit = make(...args)));
    return hit;
  };
}

const sharedFormatters: Formatters = {
  getNumberFormat: memo((locales?: string | string[], opts?: object) => new Intl.NumberFormat(locales, opts as Intl.NumberFormatOptions)),
  getDateTimeFormat: memo((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)),
  getPluralRules: memo((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
};

/**
 * Parse one message the way the site does. Tags are off: messages are plain
 * text, and a '<' in a translation must never turn into markup.
 */
export function compileMessage(locale: string, message: string): IntlMessageFormat {
  return new IntlMessageFormat(message, locale, undefined, { formatters: sharedFormatters, ignoreTag: true });
}

interface Compiled {
  format: IntlMessageFormat;
  /** The text of a message with no arguments, formatted once. */
  fixed?: string;
}

const compiledCache: Record<Locale, Map<string, Compiled>> = { ko: new Map(), en: new Map(), ja: new Map() };

function compiled(ui: Locale, key: string): Compiled {
  const cache = compiledCache[ui];
  let hit = cache.get(key);
  if (hit) return hit;
  const catalog = catalogs[ui];
  if (!Object.hasOwn(catalog, key)) throw new Error(`i18n: no message "${key}" in the ${ui} catalog`);
  let format: IntlMessageFormat;
  try {
    format = compileMessage(ui, catalog[key]);
  } catch (e) {
    throw new Error(`i18n: message "${key}" in the ${ui} catalog does not parse: ${(e as Error).message}`, { cause: e });
  }
  // Type 0 is a literal: a message made only of literals needs no values.
  const literalOnly = format.getAst().every((el) => el.type === 0);
  hit = { format, fixed: literalOnly ? String(format.format()) : undefined };
  cache.set(key, hit);
  return hit;
}

/** The compiled message (cached: the same instance on every call). */
export function messageFormat(locale: string, key: string): IntlMessageFormat {
  return compiled(uiLocale(locale), key).format;
}

function formatCompiled(ui: Locale, key: string, values?: Record<string, unknown>): string {
  const c = compiled(ui, key);
  if (c.fixed !== undefined) return c.fixed;
  try {
    const out = c.format.format(values as Record<string, PrimitiveType> | undefined);
    return Array.isArray(out) ? out.join('') : String(out);
  } catch (e) {
    throw new Error(`i18n: cannot format "${key}" (${ui}): ${(e as Error).message}`, { cause: e });
  }
}

/** The message `key` in the edition's interface language; throws on an unknown key or a missing value. */
export function t(locale: string, key: string, values?: Record<string, unknown>): string {
  return formatCompiled(uiLocale(locale), key, values);
}

export type T = (key: string, values?: Record<string, unknown>) => string;

export function translatorFor(locale: string): T {
  const ui = uiLocale(locale);
  return (key, values) => formatCompiled(ui, key, values);
}

// --- dates, numbers, language names ---------------------------------------

type DateInput = Date | string | number;

function toDate(d: DateInput): Date {
  const date = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(date.getTime())) throw new Error(`i18n: not a valid date: ${String(d)}`);
  return date;
}

const dateTimeFormat = memo(
  (ui: Locale, kind: 'date' | 'short' | 'dateTime', timeZone: string) =>
    new Intl.DateTimeFormat(
      ui,
      kind === 'date'
        ? { dateStyle: 'long', timeZone }
        : kind === 'short'
          ? { month: 'long', day: 'numeric', timeZone }
          : {
              year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone,
              // Korean and Japanese news sites give times on the 24-hour clock
              // (ICU would print "PM 3:05" on a Korean page).
              ...(ui === 'en' ? {} : { hourCycle: 'h23' as const }),
            },
    ),
);

/** ko "2026년 11월 1일", ja "2026年11月1日", en "November 1, 2026". */
export function formatDate(locale: string, date: DateInput, timeZone = 'UTC'): string {
  return dateTimeFormat(uiLocale(locale), 'date', timeZone).format(toDate(date));
}

/** Date, hour:minute and the time zone: ko "2026년 11월 1일 15:05 UTC", en "November 1, 2026 at 3:05 PM UTC". */
export function formatDateTime(locale: string, date: DateInput, timeZone = 'UTC'): string {
  return dateTimeFormat(uiLocale(locale), 'dateTime', timeZone).format(toDate(date));
}

/** Month and day without the year: ko "11월 1일", ja "11月1日", en "November 1". */
export function formatShortDate(locale: string, date: DateInput, timeZone = 'UTC'): string {
  return dateTimeFormat(uiLocale(locale), 'short', timeZone).format(toDate(date));
}

const numberFormat = memo((ui: Locale) => new Intl.NumberFormat(ui));

export function formatNumber(locale: string, n: number | bigint): string {
  return numberFormat(uiLocale(locale)).format(n);
}

const displayNames = memo((ui: string) => new Intl.DisplayNames(ui, { type: 'language', fallback: 'code' }));

/** The name of language `code` in the edition's interface language: languageName('ko', 'en') → '영어'. */
export const languageName = (locale: string, code: string): string => languageNameIn(uiLocale(locale), code);

const languageNameIn = memo((ui: Locale, code: string): string => {
  try {
    return displayNames(ui).of(code) ?? code;
  } catch {
    return code; // a malformed tag from a feed is shown as it is, not a crash
  }
});

/** A language's name in itself, as a language switcher shows it: 'ko' → '한국어'. */
export function nativeLanguageName(code: string): string {
  let name: string;
  try {
    name = displayNames(code).of(code) ?? code;
  } catch {
    return code;
  }
  // Menus start with a capital ('français' → 'Français'); no effect on scripts without case.
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

// --- policy pages -----------------------------------------------------------

export type PolicyPageName = 'ai' | 'privacy';
export interface PolicyValues {
  siteName: string;
  retentionDays: number;
  contact: string;
}
export interface PolicyPage {
  title: string;
  intro: string;
  sections: Array<{ heading: string; paragraphs: string[] }>;
}

/**
 * A policy page's text, read from the catalog keys policy.<page>.title, .intro,
 * .s1.heading, .s1.p1, .s1.p2 … .s2.heading … in order until a number is missing.
 */
export function policyPage(locale: string, page: PolicyPageName, values: PolicyValues): PolicyPage {
  if (page !== 'ai' && page !== 'privacy') throw new Error(`i18n: no policy page "${String(page)}"`);
  if (!Number.isInteger(values.retentionDays) || values.retentionDays < 0) {
    throw new Error(`i18n: retentionDays must be a whole number of days ≥ 0, got ${String(values.retentionDays)}`);
  }
  const ui = uiLocale(locale);
  const v = { ...values };
  const has = (key: string) => Object.hasOwn(catalogs[ui], key);
  const prefix = `policy.${page}`;
  const sections: PolicyPage['sections'] = [];
  for (let s = 1; has(`${prefix}.s${s}.heading`); s++) {
    const paragraphs: string[] = [];
    for (let p = 1; has(`${prefix}.s${s}.p${p}`); p++) paragraphs.push(formatCompiled(ui, `${prefix}.s${s}.p${p}`, v));
    sections.push({ heading: formatCompiled(ui, `${prefix}.s${s}.heading`, v), paragraphs });
  }
  if (sections.length === 0) throw new Error(`i18n: the ${ui} catalog has no sections for the ${page} policy page`);
  return { title: formatCompiled(ui, `${prefix}.title`, v), intro: formatCompiled(ui, `${prefix}.intro`, v), sections };
}
