// Story cards: a 1200×630 graphic drawn from the article's own words (section,
// headline, date, site name) in the edition's language, with the site's own
// section names and date format. It is the article's picture when there is no
// AI image, and its Open Graph image. It is a graphic, never presented as AI:
// satori lays it out as SVG, resvg paints it.
import { createHash } from 'node:crypto';
import { formatDate, hasMessage, t, uiLocale } from '../web/i18n/i18n.ts';
import { familyName, fontsFor, scriptsIn } from './fonts.ts';

export const cardWidth = 1200;
export const cardHeight = 630;
/** bump when the design changes: every card is then redrawn once */
export const cardDesign = 2;

export interface CardInput {
  headline: string;
  /** one of the writer's sections (politics, business, …), or null when unknown */
  section: string | null;
  /** the language the card is drawn in */
  lang: string;
  date: Date;
  siteName: string;
}

/** Deep tones that keep white text above 7:1 contrast. */
const sectionColours: Record<string, string> = {
  politics: '#1f3a5f', business: '#0f4c5c', economy: '#1b5e3b', society: '#5b3a6b', world: '#234e70',
  science: '#2d3e8c', technology: '#263238', culture: '#7a2e3a', sports: '#8a3210', weather: '#2a5566',
  disaster: '#8b1e1e', labour: '#5e4519', courts: '#3e3a36', transport: '#32506a',
};
const neutral = '#2b2f36';

/**
 * The section's name as the site's catalogs give it, in `lang` (English for a
 * language without a catalog); a section the catalogs do not know is shown as
 * it is, and no section gives ''.
 */
export function sectionName(section: string | null, lang: string): string {
  if (!section) return '';
  const key = `section.${section}`;
  return hasMessage(lang, key) ? t(uiLocale(lang), key) : section;
}

/**
 * The date as the edition's pages print it (in UTC, so card and page agree):
 * 2026년 11월 1일, 2026年11月1日, November 1, 2026.
 */
export function cardDate(date: Date, lang: string): string {
  return formatDate(lang, date);
}

/** The card's alt text, in the card's own language (English for a language without a catalog). */
export function cardAlt(headline: string, lang: string): string {
  return t(uiLocale(lang), 'image.cardAlt', { headline });
}

/** What a card is drawn from, hashed: the same inputs always give the same card. */
export function cardInputHash(input: CardInput): string {
  const parts = { design: cardDesign, headline: input.headline, section: input.section, lang: input.lang,
    date: cardDate(input.date, input.lang), site: input.siteName };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Rough width of a text in ems, to pick a headline size before layout. */
function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x1100 && (c <= 0x11ff || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60))) w += 1;
    else if (ch === ' ') w += 0.26;
    else if (/[A-Z0-9]/.test(ch)) w += 0.64;
    else w += 0.54;
  }
  return w;
}

const pad = 72;
const headlineBox = { width: cardWidth - 2 * pad, height: 330 };
const lineHeight = 1.22;

/** The largest headline size whose estimated lines fit the box; long headlines are clamped with an ellipsis. */
export function headlineLayout(headline: string): { size: number; lines: number } {
  const ems = emWidth(headline) * 1.08; // words do not fill lines exactly
  for (const size of [84, 76, 68, 60, 54]) {
    const fit = Math.floor(headlineBox.height / (size * lineHeight));
    if (Math.ceil((ems * size) / headlineBox.width) <= Math.min(fit, 4)) return { size, lines: Math.min(fit, 4) };
  }
  return { size: 54, lines: 4 };
}

type El = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): El =>
  ({ type, props: { style, children, ...extra } });

function tree(input: CardInput): El {
  const { size, lines } = headlineLayout(input.headline);
  const kicker = sectionName(input.section, input.lang);
  const fontFamily = (input.lang === 'ja' ? ['latin', 'ja', 'ko'] : ['latin', 'ko', 'ja'])
    .map((s) => `'${familyName(s as 'latin')}'`).join(', ');
  const latin = !/^(ko|ja|zh)/.test(input.lang);
  return el('div', {
    width: cardWidth, height: cardHeight, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
    backgroundColor: sectionColours[input.section ?? ''] ?? neutral, color: '#ffffff', fontFamily,
    padding: `${pad - 8}px ${pad}px ${pad - 16}px ${pad}px`,
    // a soft light from the top right keeps a flat colour from looking empty
    backgroundImage: 'radial-gradient(circle at 100% 0%, rgba(255,255,255,0.16) 0%, rgba(255,255,255,0) 60%)',
  }, [
    el('div', { display: 'flex', alignItems: 'center', height: 40 }, kicker ? [
      el('div', { width: 8, height: 32, backgroundColor: 'rgba(255,255,255,0.85)', marginRight: 16 }),
      el('div', { fontSize: 30, fontWeight: 700, letterSpacing: latin ? 2 : 1, textTransform: latin ? 'uppercase' : 'none', opacity: 0.92 }, kicker),
    ] : []),
    el('div', { display: 'flex', height: headlineBox.height, alignItems: 'center', overflow: 'hidden' }, [
      el('div', {
        display: 'block', width: headlineBox.width, fontSize: size, fontWeight: 700, lineHeight, lineClamp: lines,
        wordBreak: input.lang === 'ko' ? 'keep-all' : 'normal', letterSpacing: latin ? -0.5 : 0,
      }, input.headline),
    ]),
    el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', borderTop: '2px solid rgba(255,255,255,0.35)', paddingTop: 22, fontSize: 28 }, [
      el('div', { fontWeight: 700 }, input.siteName),
      el('div', { fontWeight: 400, opacity: 0.9 }, cardDate(input.date, input.lang)),
    ]),
  ], { lang: input.lang });
}

/** The card as SVG (satori's layout), with only the fonts its text needs loaded. */
export async function cardSvg(input: CardInput): Promise<string> {
  const text = [input.headline, sectionName(input.section, input.lang), input.siteName, cardDate(input.date, input.lang)].join(' ');
  const fonts = fontsFor(scriptsIn(text, input.lang), input.lang);
  // loaded on first use: the stage plans cards (cardInputHash, cardAlt) without drawing them here
  const { default: satori } = await import('satori');
  return satori(tree(input) as never, { width: cardWidth, height: cardHeight, fonts });
}

/** The card as a 1200×630 PNG. */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const svg = await cardSvg(input);
  const { Resvg } = await import('@resvg/resvg-js');
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
