// The desk's interface text: ICU MessageFormat catalogs like the site's, one
// flat JSON object per language. The shell's messages are in this folder;
// each desk section may keep its own in <section>/i18n/<locale>.json, merged
// in at start (a key defined twice is an error, so sections cannot clash).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IntlMessageFormat, PrimitiveType } from 'intl-messageformat';
import { chooseEdition } from '../../web/editions.ts';
import { compileMessage, isLocale, locales, type Locale } from '../../web/i18n/i18n.ts';

export { locales, isLocale, type Locale };

const deskDir = fileURLToPath(new URL('../', import.meta.url));

function readCatalog(file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`desk i18n: cannot read ${file}: ${(e as Error).message}`, { cause: e });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`desk i18n: ${file} must be a flat JSON object`);
  for (const [k, v] of Object.entries(parsed)) if (typeof v !== 'string') throw new Error(`desk i18n: "${k}" in ${file} is not a string`);
  return parsed as Record<string, string>;
}

function loadCatalog(locale: Locale): Record<string, string> {
  const files = [`${deskDir}i18n/${locale}.json`];
  for (const entry of readdirSync(deskDir, { withFileTypes: true })) {
    const file = `${deskDir}${entry.name}/i18n/${locale}.json`;
    if (entry.isDirectory() && entry.name !== 'i18n' && existsSync(file)) files.push(file);
  }
  const merged: Record<string, string> = {};
  for (const file of files) {
    for (const [k, v] of Object.entries(readCatalog(file))) {
      if (Object.hasOwn(merged, k)) throw new Error(`desk i18n: "${k}" is defined twice in the ${locale} catalogs (${file})`);
      merged[k] = v;
    }
  }
  return merged;
}

const catalogs = Object.fromEntries(locales.map((l) => [l, loadCatalog(l)])) as Record<Locale, Record<string, string>>;
const compiled = Object.fromEntries(locales.map((l) => [l, new Map<string, IntlMessageFormat>()])) as Record<Locale, Map<string, IntlMessageFormat>>;

export function deskCatalog(locale: Locale): Readonly<Record<string, string>> {
  return catalogs[locale];
}

export type DeskT = (key: string, values?: Record<string, unknown>) => string;

export function deskTranslator(locale: Locale): DeskT {
  return (key, values) => {
    let f = compiled[locale].get(key);
    if (!f) {
      const message = catalogs[locale][key];
      if (message === undefined) throw new Error(`desk i18n: no message "${key}" in the ${locale} catalog`);
      f = compileMessage(locale, message);
      compiled[locale].set(key, f);
    }
    const out = f.format(values as Record<string, PrimitiveType> | undefined);
    return Array.isArray(out) ? out.join('') : String(out);
  };
}

/** The person's own choice, else the browser's languages, else English. */
export function deskLocale(chosen: string | null | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(chosen)) return chosen;
  const picked = chooseEdition(['en', 'ko', 'ja'], undefined, acceptLanguage);
  return isLocale(picked) ? picked : 'en';
}

export const localeNames: Record<Locale, string> = { ko: '한국어', en: 'English', ja: '日本語' };
