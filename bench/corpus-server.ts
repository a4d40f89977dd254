// A child process that serves a generated corpus on loopback: feeds
// (/feed/N, as many as the benchmark asks for) of ITEMS_PER_FEED items in
// Korean, English and Japanese. A share of items give only a teaser (their
// full text is on an article page); a share are wire copies carried by two
// feeds. Prints its port on stdout when ready.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from './machine.ts';

const perFeed = Number(process.env.ITEMS_PER_FEED ?? 200);
const teaserShare = Number(process.env.TEASER_SHARE ?? 0.3);
const wireShare = Number(process.env.WIRE_SHARE ?? 0.05);

// Deterministic pseudo-random numbers, so every run serves the same corpus.
const rng = seededRandom;

const en = 'council harbour minister budget storm bridge election strike court league club market shares exports grain rail port mayor province vote hearing plan report city union workers talks deal festival museum film science probe ferry'.split(' ');
const enGlue = 'the of and to in said on for with after at from a new by'.split(' ');
const koNouns = '의회 항만 장관 예산 태풍 다리 선거 파업 법원 리그 시장 주가 수출 곡물 철도 항구 시장 도의회 투표 청문회 계획 도시 노조 협상 축제 박물관 영화 과학 조사 여객선'.split(' ');
const koEnds = '이 을 은 에서 과 의 로 에'.split(' ');
const koVerbs = '발표했다 밝혔다 결정했다 말했다 전했다 합의했다'.split(' ');
const jaNouns = '議会 港湾 大臣 予算 台風 橋 選挙 ストライキ 裁判所 リーグ 市場 株価 輸出 穀物 鉄道 港 市長 県 投票 公聴会 計画 都市 労組 交渉 祭り 博物館 映画 科学 調査 フェリー'.split(' ');
const jaParticles = 'が を は で と の に'.split(' ');
const pick = <T,>(r: () => number, xs: T[]) => xs[Math.floor(r() * xs.length)];

const nounsOf: Record<string, string[]> = { en, ko: koNouns, ja: jaNouns };

function sentence(lang: string, r: () => number, nouns = nounsOf[lang]): string {
  const n = 10 + Math.floor(r() * 10);
  if (lang === 'ko') return Array.from({ length: n / 2 }, () => pick(r, nouns) + pick(r, koEnds)).join(' ') + ' ' + pick(r, koVerbs) + '.';
  if (lang === 'ja') return Array.from({ length: n / 2 }, () => pick(r, nouns) + pick(r, jaParticles)).join('') + '発表した。';
  const words = Array.from({ length: n }, (_, i) => (i % 3 === 1 ? pick(r, enGlue) : pick(r, nouns)));
  return words[0][0].toUpperCase() + words.join(' ').slice(1) + ` ${Math.floor(r() * 1000)}.`;
}

// With TOPICS=n (bench:scale), each item reports one of n events: its words come from
// six nouns of the event's own, and its first sentence names the event with an invented
// name in the item's script and a figure, so the items of one event share what the others
// lack. Unset, every item draws on the whole vocabulary.
const topics = Number(process.env.TOPICS ?? 0);
const syllables: Record<string, string[]> = {
  en: 'ka lo ven mir tas do ru sel po quin'.split(' '),
  ko: '가 로 벤 미 타 도 루 셀 포 퀸'.split(' '),
  ja: 'カ ロ ベン ミ タ ド ル セ ポ キン'.split(' '),
};
function eventName(lang: string, t: number): string {
  const word = (n: number) => String(n).padStart(3, '0').split('').map((d) => syllables[lang][Number(d)]).join('');
  const name = `${word(t % 1000)} ${word(Math.floor(t / 1000) + 100)}`;
  return lang === 'en' ? name.replace(/\b\w/g, (c) => c.toUpperCase()) : name;
}

function body(lang: string, seed: number): string[] {
  const r = rng(seed);
  if (!topics) return Array.from({ length: 6 }, () => Array.from({ length: 3 }, () => sentence(lang, r)).join(' '));
  const t = Math.floor(r() * topics);
  const pool = rng(t + 1);
  const nouns = Array.from({ length: 6 }, () => pick(pool, nounsOf[lang]));
  const paras = Array.from({ length: 6 }, () => Array.from({ length: 3 }, () => sentence(lang, r, nouns)).join(' '));
  const figure = `${2000 + (t % 7000)}`;
  paras[0] = `${eventName(lang, t)} ${figure} ${paras[0]}`;
  return paras;
}

const langOf = (feed: number) => ['ko', 'en', 'ja'][feed % 3];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function item(feed: number, i: number, host: string) {
  const r = rng(feed * 100_003 + i);
  const isWire = r() < wireShare && feed > 0;
  // A wire copy reuses the text of the same item in the previous feed of its language.
  const textSeed = isWire ? (feed - 3 >= 0 ? feed - 3 : feed) * 100_003 + i : feed * 100_003 + i;
  const lang = langOf(feed);
  const teaser = !isWire && r() < teaserShare;
  const paras = body(lang, textSeed);
  return {
    guid: `f${feed}-i${i}`,
    link: `http://${host}/article/${feed}/${i}?utm_source=rss`,
    title: paras[0].slice(0, 60),
    description: paras[0].slice(0, 80),
    content: teaser ? undefined : paras.map((p) => `<p>${esc(p)}</p>`).join(''),
    date: new Date(Date.UTC(2026, 10, 20) + (feed * perFeed + i) * 60_000).toUTCString(),
  };
}

function rssFeed(feed: number, host: string): string {
  const items = Array.from({ length: perFeed }, (_, i) => item(feed, i, host));
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Generated outlet ${feed}</title><link>http://${host}/</link><language>${langOf(feed)}</language>
${items.map((it) => `<item><title>${esc(it.title)}</title><link>${esc(it.link)}</link><guid isPermaLink="false">${it.guid}</guid><pubDate>${it.date}</pubDate><description>${esc(it.description)}</description>${it.content ? `<content:encoded><![CDATA[${it.content}]]></content:encoded>` : ''}</item>`).join('\n')}
</channel></rss>`;
}

function page(feed: number, i: number): string {
  const lang = langOf(feed);
  const paras = body(lang, feed * 100_003 + i);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(paras[0].slice(0, 60))}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>${esc(paras[0].slice(0, 60))}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></aside>
<footer>Generated outlet ${feed}</footer></body></html>`;
}

const handler: http.RequestListener = (req, res) => {
  const host = req.headers.host ?? '127.0.0.1';
  const f = req.url?.match(/^\/feed\/(\d+)$/);
  if (f) {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    return res.end(rssFeed(Number(f[1]), host));
  }
  const a = req.url?.match(/^\/article\/(\d+)\/(\d+)/);
  if (a) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(page(Number(a[1]), Number(a[2])));
  }
  res.writeHead(404);
  res.end();
};

// Outlets live on different hosts: one port on each of 127.0.0.1 … 127.0.0.HOSTS
// (all loopback), so the fetcher's per-host politeness applies as it would
// to real outlets.
const hosts = Number(process.env.HOSTS ?? 10);
// The benchmark holds our stdin open: when it exits, however it exits, so do we.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
const first = http.createServer(handler);
first.listen(0, '127.0.0.1', async () => {
  const port = (first.address() as AddressInfo).port;
  for (let h = 2; h <= hosts; h++) {
    await new Promise<void>((resolve) => http.createServer(handler).listen(port, `127.0.0.${h}`, resolve));
  }
  process.stdout.write(`${port}\n`);
});
