// Which edition a reader gets at `/`: the one they chose before (a cookie
// set only when they use the language switcher), else the best match for
// their browser's Accept-Language, else the site's first edition.

export const editionCookie = 'nr_edition';

/** Parse Accept-Language into primary language subtags, best first. */
function acceptedLanguages(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.lang && x.lang !== '*' && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((x) => x.lang);
}

export function chooseEdition(editions: string[], remembered: string | undefined, acceptLanguage: string | undefined | null): string {
  if (remembered && editions.includes(remembered)) return remembered;
  return acceptedLanguages(acceptLanguage).find((l) => editions.includes(l)) ?? editions[0];
}
