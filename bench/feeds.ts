// npm run bench:feeds — real-world feed classes (issue 18) through the
// project's own path: a generated corpus (fixed seed, SEED=…) served from
// 127.0.0.1, polled by the poll stage (fetch → decode → parse → store) into
// an embedded database. Per class: entries kept / entries expected (a kept
// entry is one whose stored title, or text for title-less items, is the one
// written), garbled titles (U+FFFD, mojibake such as "Ã¼", C1 controls),
// dates right, and sources failed. Target: every valid entry kept, nothing
// garbled, ≥ 95% of dates right.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { configSchema } from '../src/config.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { runPollStage } from '../src/ingest/poll.ts';
import { addSource } from '../src/ingest/sources.ts';
import { createNewsroom } from '../src/pipeline/context.ts';
import { machineLine, seededRandom } from './machine.ts';

const rand = seededRandom(Number(process.env.SEED ?? 18));
const pick = <T,>(a: T[]) => a[Math.floor(rand() * a.length)];
const feedsPerClass = 3, perFeed = 12;

const words: Record<string, string[]> = {
  en: ['harbour', 'council', 'bridge', 'budget', '“vote”', 'rail', 'storm', 'it’s', 'school', '€40m', 'report', 'mayor', '—'],
  pt: ['notícias', 'reunião', 'São', 'Paulo', 'ações', 'eleição', 'três', 'orçamento', 'câmara', 'ponte', 'informações', 'atenção'],
  de: ['Bürger', 'Straße', 'Änderung', 'für', 'Brücke', 'Größe', 'Übergang', 'Stadtrat', 'Haushalt', 'Grüße', 'München'],
  ko: ['항만', '다리', '개통식', '시장은', '물류', '예산', '의회', '폭풍', '학교', '철도', '발표했다'],
  ja: ['港の', '橋が', '開通', '市長は', '物流', '予算', '議会', '台風', '学校', '鉄道', '発表した'],
  ru: ['Городской', 'совет', 'одобрил', 'план', 'моста', 'через', 'реку', 'бюджет', 'школа'],
};
const sentence = (lang: string, n = 7) => Array.from({ length: n }, () => pick(words[lang])).join(lang === 'ja' ? '' : ' ');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface Expected { key: string; date?: string }
interface Doc { type: string; body: Buffer; expected: Expected[] }
interface Entry { title: string; text: string; date: Date; guid?: string; link?: string; extra?: string }

function entries(lang: string, n = perFeed): Entry[] {
  return Array.from({ length: n }, (_, i) => ({
    title: `${sentence(lang, 5)} ${i}`,
    text: sentence(lang, 20),
    date: new Date(Date.UTC(2026, Math.floor(rand() * 10), 1 + Math.floor(rand() * 27), Math.floor(rand() * 24), Math.floor(rand() * 60))),
    guid: `g-${Math.floor(rand() * 1e9)}-${i}`,
    link: `https://news.example/${lang}/${i}-${Math.floor(rand() * 1e6)}`,
  }));
}
const rfc822 = (d: Date) => d.toUTCString().replace('GMT', '+0000');
const rssItem = (e: Entry) => `<item>${e.title ? `<title>${esc(e.title)}</title>` : ''}${e.link ? `<link>${esc(e.link)}</link>` : ''}${e.guid ? `<guid isPermaLink="false">${esc(e.guid)}</guid>` : ''}<pubDate>${rfc822(e.date)}</pubDate><description>${esc(e.text)}</description>${e.extra ?? ''}</item>`;
const rssDoc = (items: string, opts: { prolog?: string; ns?: string; channel?: string } = {}) =>
  `<?xml version="1.0"${opts.prolog ? ` encoding="${opts.prolog}"` : ''}?>\n<rss version="2.0"${opts.ns ?? ''}><channel><title>Bench feed</title><link>https://news.example/</link>${opts.channel ?? ''}\n${items}\n</channel></rss>`;
const expect = (es: Entry[]): Expected[] => es.map((e) => ({ key: e.title || e.text, date: e.date.toISOString() }));
const utf8 = (s: string) => Buffer.from(s, 'utf8');

// Each class: a function making one feed document and what a reader should keep of it.
const classes: Record<string, () => Doc> = {
  'utf-8 baseline': () => { const es = entries(pick(['en', 'ko', 'ja'])); return { type: 'application/rss+xml; charset=utf-8', body: utf8(rssDoc(es.map(rssItem).join('\n'))), expected: expect(es) }; },
  'windows-1252 declared': () => { const es = entries('en'); return { type: 'application/rss+xml; charset=windows-1252', body: iconv.encode(rssDoc(es.map(rssItem).join('\n')), 'windows-1252'), expected: expect(es) }; },
  'iso-8859-1 / us-ascii label': () => { const es = entries(pick(['en', 'de'])); return { type: `text/xml; charset=${pick(['iso-8859-1', 'us-ascii'])}`, body: iconv.encode(rssDoc(es.map(rssItem).join('\n')), 'windows-1252'), expected: expect(es) }; },
  'UTF-8 body, wrong declaration': () => { const es = entries(pick(['de', 'pt'])); return { type: 'text/xml; charset=iso-8859-1', body: utf8(rssDoc(es.map(rssItem).join('\n'), { prolog: 'windows-1252' })), expected: expect(es) }; },
  'undeclared legacy charset': () => {
    const [lang, enc] = pick([['pt', 'latin1'], ['de', 'windows-1252'], ['ko', 'euc-kr'], ['ja', 'shift_jis'], ['ru', 'windows-1251']]);
    const es = entries(lang);
    return { type: 'application/rss+xml', body: iconv.encode(rssDoc(es.map(rssItem).join('\n')), enc), expected: expect(es) };
  },
  'UTF-16 without BOM': () => { const es = entries(pick(['en', 'ja'])); const le = Buffer.from(rssDoc(es.map(rssItem).join('\n'), { prolog: 'UTF-16' }), 'utf16le'); return { type: 'application/xml', body: rand() < 0.5 ? le : Buffer.from(le).swap16(), expected: expect(es) }; },
  'truncated at 60%': () => {
    const es = entries('en');
    const doc = rssDoc(es.map(rssItem).join('\n'));
    const cut = doc.slice(0, Math.floor(doc.length * 0.6));
    return { type: 'application/rss+xml', body: utf8(cut), expected: expect(es.slice(0, cut.split('</item>').length - 1)) };
  },
  'ill-formed (stray tags, bare &)': () => {
    const es = entries('en');
    const items = es.map((e, i) => (i % 3 === 0 ? rssItem(e).replace('</description>', '</b></description>') : i % 3 === 1 ? rssItem(e).replace(esc(e.text), `${esc(e.text)} & more`) : rssItem(e)));
    return { type: 'application/rss+xml', body: utf8(rssDoc(items.join('\n'))), expected: expect(es) };
  },
  'empty feed': () => ({ type: 'application/rss+xml', body: utf8(rssDoc('')), expected: [] }),
  '<!ENTITY in CDATA or a comment': () => { const es = entries('en'); es[0].extra = '<!-- <!ENTITY x "y"> -->'; es[1].extra = '<content:encoded><![CDATA[<p>&lt;!ENTITY</p><!ENTITY z "q">]]></content:encoded>'; return { type: 'application/rss+xml', body: utf8(rssDoc(es.map(rssItem).join('\n'), { ns: ' xmlns:content="http://purl.org/rss/1.0/modules/content/"' })), expected: expect(es) }; },
  'prefixed root <r:rss>': () => { const es = entries('en'); const doc = rssDoc(es.map(rssItem).join('\n')).replace(/<(\/?)(rss|channel|item|title|link|guid|pubDate|description)\b/g, '<$1r:$2').replace('<r:rss ', '<r:rss xmlns:r="http://backend.userland.com/rss2" '); return { type: 'application/rss+xml', body: utf8(doc), expected: expect(es) }; },
  'description-only items (RSS 0.92)': () => { const es = entries('en').map((e) => ({ ...e, title: '', link: undefined, guid: undefined })); return { type: 'application/rss+xml', body: utf8(rssDoc(es.map(rssItem).join('\n')).replace('version="2.0"', 'version="0.92"')), expected: expect(es) }; },
  'guids reused for different items': () => { const es = entries('en'); es.forEach((e, i) => (e.guid = `post-${i >> 1}`)); return { type: 'application/rss+xml', body: utf8(rssDoc(es.map(rssItem).join('\n'))), expected: expect(es) }; },
  'bad entry (year 0) and ttl over 2^31 s': () => {
    const es = entries('en');
    const bad = rssItem({ ...es[0], title: 'Year zero', guid: 'bad' }).replace(/<pubDate>[^<]*<\/pubDate>/, '<pubDate>Sat, 01 Jan 0000 00:00:00 +0000</pubDate>');
    return { type: 'application/rss+xml', body: utf8(rssDoc([bad, ...es.map(rssItem)].join('\n'), { channel: '<ttl>99999999999</ttl>' })), expected: expect(es) };
  },
  'fields (xml:base, atom:*, origLink, media/itunes/dc)': () => {
    const es = entries('en');
    const ns = ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:base="https://news.example/base/"';
    const items = es.map((e, i) => {
      const k = i % 4;
      const base = `<item><title>${esc(e.title)}</title>`;
      if (k === 0) return `${base}<atom:link href="rel-${i}.html"/><atom:published>${e.date.toISOString()}</atom:published><media:description>${esc(e.text)}</media:description></item>`;
      if (k === 1) return `${base}<link>https://proxy.example/${i}</link><feedburner:origLink>${esc(e.link!)}</feedburner:origLink><pubDate>${rfc822(e.date)}</pubDate><itunes:summary>${esc(e.text)}</itunes:summary></item>`;
      if (k === 2) return `${base}<link>rel-${i}.html</link><pubDate>${rfc822(e.date)}</pubDate><dc:description>${esc(e.text)}</dc:description></item>`;
      return rssItem(e);
    });
    return { type: 'application/rss+xml', body: utf8(rssDoc(items.join('\n'), { ns })), expected: expect(es) };
  },
  'Atom: base64 content, feed author, xml:base': () => {
    const es = entries(pick(['en', 'ja']));
    const items = es.map((e) => `<entry><id>urn:${e.guid}</id><title>${esc(e.title)}</title><link href="${e.guid}.html"/><published>${e.date.toISOString()}</published><content type="application/octet-stream">${Buffer.from(`<p>${esc(e.text)}</p>`).toString('base64')}</content></entry>`);
    return { type: 'application/atom+xml', body: utf8(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/atom/"><title>A</title><author><name>Desk</name></author>${items.join('\n')}</feed>`), expected: expect(es) };
  },
  'JSON Feed': () => { const es = entries(pick(['ko', 'ja', 'en'])); return { type: 'application/feed+json', body: utf8(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: es.map((e) => ({ id: e.guid, url: e.link, title: e.title, content_text: e.text, date_published: e.date.toISOString() })) })), expected: expect(es) }; },
};

const garbled = (s: string) => /\ufffd|Ã[\u0080-\u00bf]|Â[\u0080-\u00bf\s]|â€|[\u0080-\u009f]/.test(s);

const docs = new Map<string, Doc & { klass: string }>();
for (const [klass, make] of Object.entries(classes)) for (let f = 0; f < feedsPerClass; f++) docs.set(`/${encodeURIComponent(klass)}/${f}`, { ...make(), klass });
const server = http.createServer((req, res) => {
  const doc = docs.get(req.url ?? '');
  res.writeHead(doc ? 200 : 404, { 'content-type': doc?.type ?? 'text/plain' });
  res.end(doc?.body ?? 'not found');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;

const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-bench-feeds-'));
const db = await openPglite(join(dataDir, 'pglite'));
await migrate(db);
const nr = createNewsroom(configSchema.parse({ allowPrivateFetch: true, loadDemo: false, dataDir }), db);
const sourceOf = new Map<number, string>();
for (const path of docs.keys()) sourceOf.set((await addSource(db, { url: `http://127.0.0.1:${port}${path}` })).source.id, path);
const started = performance.now();
const poll = await runPollStage(nr, { all: true });
const seconds = (performance.now() - started) / 1000;

const rows = await db.query<{ source_id: number; title: string | null; summary: string | null; published_at: Date | null }>(
  'SELECT source_id, title, summary, published_at FROM feed_items');
const failed = new Set(poll.errors.filter((e) => !/partly read/.test(e.message) && !/ entry /.test(e.subject)).map((e) => e.subject.split(' ')[2]));
const stats = new Map<string, { kept: number; expected: number; garbled: number; titles: number; dates: number; dated: number; failed: number; partly: number }>();
const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
for (const [id, path] of sourceOf) {
  const doc = docs.get(path)!;
  const s = stats.get(doc.klass) ?? { kept: 0, expected: 0, garbled: 0, titles: 0, dates: 0, dated: 0, failed: 0, partly: 0 };
  stats.set(doc.klass, s);
  const mine = rows.filter((r) => r.source_id === id);
  const [src] = await db.query<{ url: string; read_problem: string | null }>('SELECT url, read_problem FROM sources WHERE id = $1', [id]);
  if (failed.has(src.url)) s.failed++;
  if (src.read_problem) s.partly++;
  s.expected += doc.expected.length;
  for (const r of mine) {
    const shown = r.title || r.summary || '';
    s.titles++;
    if (garbled(shown)) s.garbled++;
  }
  for (const e of doc.expected) {
    const row = mine.find((r) => plain(r.title || '') === plain(e.key) || plain(r.summary || '') === plain(e.key));
    if (!row) continue;
    s.kept++;
    if (e.date) {
      s.dated++;
      if (row.published_at && new Date(row.published_at).toISOString() === e.date) s.dates++;
    }
  }
}

console.log(machineLine());
console.log(`corpus: ${docs.size} feeds (${feedsPerClass} per class, up to ${perFeed} entries each), seed ${process.env.SEED ?? 18}, served from 127.0.0.1, polled in ${seconds.toFixed(2)} s through fetch → decode → parse → store (PGlite)`);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`${pad('class', 56)}${pad('kept/expected', 15)}${pad('garbled', 9)}${pad('dates right', 13)}${pad('failed', 8)}partly read`);
const total = { kept: 0, expected: 0, garbled: 0, titles: 0, dates: 0, dated: 0, failed: 0 };
for (const [klass, s] of stats) {
  for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += s[k];
  console.log(`${pad(klass, 56)}${pad(`${s.kept}/${s.expected}`, 15)}${pad(`${s.garbled}/${s.titles}`, 9)}${pad(s.dated ? `${s.dates}/${s.dated}` : '—', 13)}${pad(`${s.failed}/${feedsPerClass}`, 8)}${s.partly}/${feedsPerClass}`);
}
console.log(`${pad('all', 56)}${pad(`${total.kept}/${total.expected}`, 15)}${pad(`${total.garbled}/${total.titles}`, 9)}${pad(`${total.dates}/${total.dated}`, 13)}${total.failed}/${docs.size}`);
console.log(`entries kept ${(100 * total.kept / total.expected).toFixed(1)}% (target 100%), garbled ${total.garbled} (target 0), dates right ${(100 * total.dates / total.dated).toFixed(1)}% (target ≥ 95%)`);

await db.close();
server.close();
rmSync(dataDir, { recursive: true, force: true });
