// The two pages of the live site that answer each reader differently, as one
// static choice for all: `/` (live: a redirect to the edition the browser
// asks for) becomes a page linking every edition that moves on to the default
// one, and `/edition/<ed>` (live: remembers the choice in a cookie, then goes
// to the page asked for) becomes a page moving on to that edition's front
// page. docs/nginx-static.conf answers both with redirects instead.
import { nativeLanguageName } from '../web/i18n/i18n.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function movingOn(opts: { lang: string; title: string; to: string; links: Array<{ href: string; label: string; lang: string }> }): string {
  return `<!doctype html>
<html lang="${escape(opts.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${escape(opts.to)}">
<title>${escape(opts.title)}</title></head>
<body><h1>${escape(opts.title)}</h1>
<ul>${opts.links.map((l) => `<li><a href="${escape(l.href)}" lang="${escape(l.lang)}" hreflang="${escape(l.lang)}">${escape(l.label)}</a></li>`).join('')}</ul>
</body></html>
`;
}

/** `/`: every edition, moving on to the first (the default). */
export function rootIndexHtml(siteName: string, editions: string[]): string {
  return movingOn({
    lang: editions[0], title: siteName, to: `/${editions[0]}/`,
    links: editions.map((ed) => ({ href: `/${ed}/`, label: nativeLanguageName(ed), lang: ed })),
  });
}

/** `/edition/<ed>`: that edition's front page (which page the reader was on is in the query, which a file cannot read). */
export function editionSwitchHtml(siteName: string, edition: string): string {
  return movingOn({ lang: edition, title: siteName, to: `/${edition}/`, links: [{ href: `/${edition}/`, label: nativeLanguageName(edition), lang: edition }] });
}

/** A page that moved (the live site answers 301): a static server without the redirect sends readers on with this. */
export function movedHtml(to: string, absoluteTo: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="robots" content="noindex"><link rel="canonical" href="${escape(absoluteTo)}">
<meta http-equiv="refresh" content="0; url=${escape(to)}"><title>${escape(to)}</title></head>
<body><p><a href="${escape(to)}">${escape(absoluteTo)}</a></p></body></html>
`;
}
