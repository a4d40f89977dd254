// What every view needs to know about the request it renders, and the paths
// of the site's pages (shared by the views, the API, the feeds and the sitemaps).
import type { Config } from '../../config.ts';
import type { T } from '../i18n/i18n.ts';

export interface ViewContext {
  edition: string;
  /** the language of the interface text (the edition's, or English where it has no catalog) */
  uiLang: string;
  t: T;
  config: Pick<Config, 'siteName' | 'siteUrl' | 'editions'>;
  /** this page's path, for the language switcher and the consent form */
  path: string;
  /** show the cookie notice (the reader has not answered it yet) */
  askConsent: boolean;
  /** the same page in each edition, for the language switcher (and hreflang, unless the page names its own) */
  alternates: Record<string, string>;
}

export const frontPath = (edition: string) => `/${edition}/`;
export const articlePath = (edition: string, id: number) => `/${edition}/articles/${id}`;
export const storyPath = (edition: string, threadId: number) => `/${edition}/stories/${threadId}`;
export const sectionPath = (edition: string, section: string) => `/${edition}/sections/${encodeURIComponent(section)}`;

/** `path` (starting with /) made absolute on the configured site address. */
export function absoluteUrl(config: Pick<Config, 'siteUrl'>, path: string): string {
  return config.siteUrl.replace(/\/+$/, '') + path;
}

/** The same path in every edition: `/ko/x` → { ko: '/ko/x', en: '/en/x', … }. */
export function alternatesOf(editions: string[], path: string): Record<string, string> {
  const rest = path.replace(/^\/[^/]+/, '');
  return Object.fromEntries(editions.map((e) => [e, `/${e}${rest || '/'}`]));
}
