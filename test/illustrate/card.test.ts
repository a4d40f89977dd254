// Story cards: size, scripts that really render (no tofu), localized parts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardAlt, cardDate, cardInputHash, headlineLayout, renderCard, sectionName, type CardInput } from '../../src/illustrate/card.ts';
import { fontsFor, scriptsIn } from '../../src/illustrate/fonts.ts';
import { formatDate, t } from '../../src/web/i18n/i18n.ts';

const base: CardInput = { headline: '', section: 'politics', lang: 'ko', date: new Date('2026-11-01T03:00:00Z'), siteName: 'Newsroom' };

async function pixels(png: Buffer) {
  return sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

/** How many bytes of two same-size rasters differ. */
async function differing(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([pixels(a), pixels(b)]);
  assert.equal(x.info.width, y.info.width);
  let n = 0;
  for (let i = 0; i < x.data.length; i++) if (x.data[i] !== y.data[i]) n++;
  return n;
}

/** A bare string drawn with exactly these fonts, black on white. */
async function drawText(text: string, fonts: ReturnType<typeof fontsFor>): Promise<Buffer> {
  const svg = await satori({ type: 'div', props: { style: { display: 'flex', width: 600, height: 120, background: '#fff', color: '#000', fontSize: 64 }, children: text } } as never,
    { width: 600, height: 120, fonts });
  return new Resvg(svg).render().asPng();
}

test('a card is a 1200×630 PNG with real content', async () => {
  const png = await renderCard({ ...base, headline: '가람시 의회, 내년 예산안 통과', lang: 'ko' });
  const meta = await sharp(png).metadata();
  assert.equal(meta.format, 'png');
  assert.equal(meta.width, 1200);
  assert.equal(meta.height, 630);
  assert.ok(png.length > 20_000, `a card of ${png.length} bytes is too small to hold text`);
});

test('Korean, Japanese and English headlines are drawn: each differs from an empty headline and from another headline of the same length', async () => {
  const cases = [
    { lang: 'ko', a: '가람시 의회 예산안 통과', b: '한빛시 교통 대책안 발표' },
    { lang: 'ja', a: '風町市で新しい橋が開通', b: '湊浦県の港に大型客船が' },
    { lang: 'en', a: 'Portmere bridge opens', b: 'Kestrel Bay port shuts' },
  ];
  for (const c of cases) {
    const empty = await renderCard({ ...base, lang: c.lang, headline: '' });
    const a = await renderCard({ ...base, lang: c.lang, headline: c.a });
    const b = await renderCard({ ...base, lang: c.lang, headline: c.b });
    assert.ok(await differing(a, empty) > 20_000, `${c.lang}: the headline put ink on the card`);
    // tofu boxes would look the same for any two strings of one length
    assert.ok(await differing(a, b) > 10_000, `${c.lang}: two headlines are told apart`);
  }
});

test('Hangul and kana are drawn from their own fonts, not as tofu from the Latin font', async () => {
  const latinOnly = fontsFor([], 'en');
  for (const [text, other, lang] of [['정치 경제', '사회 문화', 'ko'], ['政治と経済', '社会と文化', 'ja']] as const) {
    const scripts = scriptsIn(text, lang);
    assert.ok(scripts.includes(lang), `${text} needs the ${lang} font`);
    const withFont = await drawText(text, fontsFor(scripts, lang));
    const withoutFont = await drawText(text, latinOnly);
    assert.ok(await differing(withFont, withoutFont) > 1_000, `${lang}: the CJK font changes what is drawn`);
    assert.ok(await differing(withFont, await drawText(other, fontsFor(scripts, lang))) > 1_000, `${lang}: different words, different glyphs`);
  }
});

test('section names, dates and alt texts are in the card language', () => {
  assert.equal(sectionName('politics', 'ko'), '정치');
  assert.equal(sectionName('economy', 'ja'), '経済');
  assert.equal(sectionName('economy', 'en'), 'Economy');
  assert.equal(sectionName('sports', 'fr'), 'Sports', 'another language falls back to English');
  assert.equal(sectionName('politics', 'ko-KR'), '정치', 'a regional tag uses its language');
  assert.equal(sectionName('gardening', 'ko'), 'gardening', 'a section the catalogs do not know is shown as it is');
  assert.equal(sectionName(null, 'ko'), '');
  for (const lang of ['ko', 'ja', 'en', 'fr']) assert.equal(sectionName('weather', lang), t(lang, 'section.weather'), 'the site\'s own section names');
  const d = new Date('2026-11-01T03:00:00Z');
  assert.equal(cardDate(d, 'ko'), '2026년 11월 1일');
  assert.equal(cardDate(d, 'ja'), '2026年11月1日');
  assert.equal(cardDate(d, 'en'), 'November 1, 2026');
  assert.equal(cardAlt('예산안 통과', 'ko'), '‘예산안 통과’ 기사 제목 카드');
  assert.equal(cardAlt('予算案可決', 'ja'), '見出しカード：予算案可決');
  assert.equal(cardAlt('Budget passes', 'en'), 'Title card: Budget passes');
  assert.equal(cardAlt('Le budget passe', 'fr'), 'Title card: Le budget passe', 'a language without a catalog gets English');
});

test('the card prints the date the page prints (UTC), even where the local day has already turned', () => {
  // 20:00 UTC on 31 October is already 1 November in Seoul and Tokyo
  const evening = new Date('2026-10-31T20:00:00Z');
  assert.equal(cardDate(evening, 'ko'), '2026년 10월 31일');
  assert.equal(cardDate(evening, 'ja'), '2026年10月31日');
  for (const lang of ['ko', 'ja', 'en', 'de']) assert.equal(cardDate(evening, lang), formatDate(lang, evening));
});

test('the input hash changes with what the card shows, and only then', () => {
  const a = { ...base, headline: 'One' };
  assert.equal(cardInputHash(a), cardInputHash({ ...a, date: new Date('2026-11-01T05:00:00Z') }), 'same day, same card');
  assert.notEqual(cardInputHash(a), cardInputHash({ ...a, date: new Date('2026-11-02T00:30:00Z') }), 'another UTC day, another card');
  assert.notEqual(cardInputHash(a), cardInputHash({ ...a, headline: 'Two' }));
  assert.notEqual(cardInputHash(a), cardInputHash({ ...a, lang: 'ja' }));
  assert.notEqual(cardInputHash(a), cardInputHash({ ...a, section: 'sports' }));
  assert.notEqual(cardInputHash(a), cardInputHash({ ...a, siteName: 'Other' }));
});

/** The rows from `top` to the bottom of a card, as raw pixels. */
async function strip(png: Buffer, top: number): Promise<Buffer> {
  return sharp(png).removeAlpha().extract({ left: 0, top, width: 1200, height: 630 - top }).raw().toBuffer();
}

test('a long headline is set smaller and clamped to four lines, and never reaches the footer', async () => {
  assert.deepEqual(headlineLayout('Bridge opens'), { size: 84, lines: 3 }, 'a short headline gets the largest size');
  assert.deepEqual(headlineLayout('A very long headline '.repeat(12)), { size: 54, lines: 4 }, 'the smallest size, four lines');
  const card = { ...base, lang: 'en', section: 'transport' };
  const short = await renderCard({ ...card, headline: 'Bridge opens' });
  const long = await renderCard({ ...card, headline: 'A very long headline about the budget '.repeat(10) });
  // the footer: the rule (about 118 px up), the site name and the date
  const footerTop = 630 - 125;
  assert.ok((await strip(short, footerTop)).equals(await strip(long, footerTop)), 'the footer strip is pixel-identical whatever the headline');
  // and the strip is not blank: another site name changes it
  const otherSite = await renderCard({ ...card, headline: 'Bridge opens', siteName: 'Another Site' });
  assert.ok(!(await strip(short, footerTop)).equals(await strip(otherSite, footerTop)), 'the footer strip holds the footer');
  assert.ok(await differing(short, long) > 20_000, 'the headlines themselves differ');
});
