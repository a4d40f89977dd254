// npm run bench:images — how fast story cards are drawn and encoded, with the
// settings the illustrate stage uses (src/illustrate/card.ts, renditions.ts):
// - cards rendered per second (satori → resvg → PNG), Korean, English and
//   Japanese headlines mixed, after a first card that loads the fonts;
// - renditions encoded per second, per format (AVIF, WebP, JPEG), each at the
//   three widths 480, 800 and 1200, one encode at a time;
// - whole cards stored per second the way the stage does it (render, nine
//   renditions with XMP, atomic writes), two cards in flight;
// - the bytes of each rendition of a typical card.
// Headlines are fictional (the demo corpus's places). ROUNDS (default 3)
// repeats each headline set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cardAlt, renderCard, type CardInput } from '../src/illustrate/card.ts';
import { encoders, renditionWidths, storeImage } from '../src/illustrate/renditions.ts';
import { xmpPacket } from '../src/illustrate/xmp.ts';
import { machineLine } from './machine.ts';

const rounds = Number(process.env.ROUNDS ?? 3);
const headlines: Array<[string, string, string]> = [
  ['ko', 'politics', '가람시 의회, 내년 예산안 3조 원 통과…교통·복지 예산 늘려'],
  ['en', 'transport', 'Portmere council approves harbour bridge plan after a year of debate'],
  ['ja', 'disaster', '風町市で震度5弱の地震　けが人なし、新幹線は一時運転見合わせ'],
  ['ko', 'sports', '한빛 FC, 연장 끝에 누리도 컵 우승'],
  ['en', 'economy', 'Veloria central bank holds rates as inflation eases for a third month'],
  ['ja', 'culture', '湊浦県の美術館で新しい展覧会が開幕、初日に五千人'],
  ['ko', 'weather', '누리도 전역에 한파 특보…내일 아침 영하 12도'],
  ['en', 'sports', 'Kestrel Bay wins the coastal cup'],
  ['ja', 'economy', '湊浦銀行、三年ぶりに金利を引き上げ　住宅ローンへの影響も'],
];
const date = new Date('2026-11-20T03:00:00Z');
const inputs: CardInput[] = headlines.map(([lang, section, headline]) => ({ lang, section, headline, date, siteName: 'Newsroom' }));
const per = (n: number, ms: number) => (n / (ms / 1000)).toFixed(1);

console.log(machineLine());

let t = performance.now();
await renderCard(inputs[0]);
await renderCard(inputs[2]);
console.log(`first Korean and Japanese cards (fonts loaded, layout engine started): ${(performance.now() - t).toFixed(0)} ms`);

t = performance.now();
const pngs: Buffer[] = [];
for (let r = 0; r < rounds; r++) for (const input of inputs) pngs.push(await renderCard(input));
const renderMs = performance.now() - t;
console.log(`cards rendered: ${pngs.length} in ${renderMs.toFixed(0)} ms = ${per(pngs.length, renderMs)} cards/s (ko/en/ja mixed, PNG ${Math.round(pngs.reduce((n, p) => n + p.length, 0) / pngs.length / 1024)} KiB average)`);

const typical = pngs[1]; // the English transport card
const xmp = xmpPacket({ kind: 'card', description: cardAlt(headlines[1][2], 'en'), lang: 'en', creditLine: 'Newsroom' });
const sizes: string[] = [];
for (const format of ['avif', 'webp', 'jpeg'] as const) {
  const samples = pngs.slice(0, Math.min(pngs.length, 9));
  t = performance.now();
  let n = 0;
  for (const png of samples) {
    for (const w of renditionWidths) {
      const out = await encoders[format](sharp(png).resize({ width: w, withoutEnlargement: true })).withXmp(xmp).toBuffer();
      n++;
      if (png === typical) sizes.push(`${format} ${w}: ${(out.length / 1024).toFixed(1)} KiB`);
    }
  }
  const ms = performance.now() - t;
  console.log(`renditions encoded, ${format}: ${n} in ${ms.toFixed(0)} ms = ${per(n, ms)} renditions/s`);
}

const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-images-'));
try {
  const jobs = [...inputs, ...inputs.map((i) => ({ ...i, headline: `${i.headline} (2)` }))];
  let next = 0;
  t = performance.now();
  const worker = async () => {
    while (next < jobs.length) {
      const input = jobs[next++];
      const png = await renderCard(input);
      await storeImage(dir, png, xmpPacket({ kind: 'card', description: cardAlt(input.headline, input.lang), lang: input.lang }));
    }
  };
  await Promise.all([worker(), worker()]);
  const ms = performance.now() - t;
  console.log(`cards stored end to end (render + 9 renditions + files, 2 in flight): ${jobs.length} in ${ms.toFixed(0)} ms = ${per(jobs.length, ms)} cards/s; 100 cards ≈ ${((100 * ms) / jobs.length / 1000).toFixed(0)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`typical card (${headlines[1][2]}): PNG master ${(typical.length / 1024).toFixed(1)} KiB; ${sizes.join(', ')}`);
