// Issue 18: the classes of valid real-world feeds a seasoned reader keeps,
// each from a small document written here: charsets, recovering parse,
// entry identity, per-entry isolation, fields and error messages. The last
// tests serve them from 127.0.0.1 through the poll stage.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/ingest/charset.ts';
import { parseFeedDocument } from '../../src/ingest/feed.ts';
import { htmlToText } from '../../src/ingest/html-text.ts';
import { runPollStage } from '../../src/ingest/poll.ts';
import { addSource, getSource } from '../../src/ingest/sources.ts';
import type { Newsroom } from '../../src/pipeline/context.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

const channel = (items: string, extra = '') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${extra}${items}</channel></rss>`;
const item = (i: number, more = '') => `<item><title>Item ${i}</title><link>https://f.example/${i}</link><description>Text ${i}</description>${more}</item>`;
const items = (n: number) => Array.from({ length: n }, (_, i) => item(i)).join('\n');

// ---- charsets ---------------------------------------------------------------

test('windows-1252 (and iso-8859-1, us-ascii, which mean it) keeps “ ” ’ — € from bytes 0x80–0x9F', () => {
  const bytes = iconv.encode(channel('<item><title>“Quoted” — it’s €5</title></item>'), 'windows-1252');
  for (const label of ['windows-1252', 'iso-8859-1', 'us-ascii']) {
    const d = decodeBytes(bytes, `application/rss+xml; charset=${label}`);
    assert.equal(d.charset, 'windows-1252');
    assert.equal(parseFeedDocument(d.text).entries[0].title, '“Quoted” — it’s €5', label);
  }
});

test('a body that is valid UTF-8 wins over a wrong declared charset (header or prolog)', () => {
  const doc = channel('<item><title>Grüße für Sie</title></item>').replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>');
  const d = decodeBytes(Buffer.from(doc, 'utf8'), 'text/xml; charset=windows-1252');
  assert.equal(d.charset, 'utf-8');
  assert.match(d.note ?? '', /declared windows-1252, but the body is valid UTF-8/);
  assert.equal(parseFeedDocument(d.text).entries[0].title, 'Grüße für Sie');
});

test('an undeclared body that is not UTF-8 is detected: Portuguese latin1, Korean EUC-KR, Japanese Shift_JIS, Russian windows-1251', () => {
  const cases: Array<[string, string]> = [
    ['Notícias: a reunião começou às três horas em São Paulo, com ações e informações', 'latin1'],
    ['항만 다리 개통식이 열렸다. 시장은 물류 시간이 절반으로 줄어들 것이라고 말했다', 'euc-kr'],
    ['港の橋が開通した。市長は物流の時間が半分になると述べた。', 'shift_jis'],
    ['Городской совет одобрил план строительства нового моста через реку', 'windows-1251'],
  ];
  for (const [title, enc] of cases) {
    const d = decodeBytes(iconv.encode(channel(`<item><title>${title}</title><description>${title}</description></item>`), enc));
    assert.match(d.note ?? '', /no charset declared: detected/);
    assert.equal(parseFeedDocument(d.text).entries[0].title, title, enc);
  }
});

test('UTF-16 with and without a byte-order mark, both byte orders', () => {
  const doc = channel('<item><title>Zürich 東京</title></item>');
  const le = Buffer.from(doc, 'utf16le');
  const be = Buffer.from(le).swap16();
  for (const [bytes, charset] of [[le, 'utf-16le'], [be, 'utf-16be'], [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'utf-16le'], [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-16be']] as const) {
    const d = decodeBytes(bytes, 'application/xml');
    assert.equal(d.charset, charset);
    assert.equal(parseFeedDocument(d.text).entries[0].title, 'Zürich 東京');
  }
});

test('mostly UTF-8 with a stray byte stays UTF-8 (the stray byte alone is replaced)', () => {
  const bytes = Buffer.concat([Buffer.from(channel('<item><title>Café résumé naïve</title></item>').slice(0, -20), 'utf8'), Buffer.from([0xff]), Buffer.from(channel('').slice(-20))]);
  const d = decodeBytes(bytes);
  assert.equal(d.charset, 'utf-8');
  assert.equal(d.lossy, true);
  assert.equal(parseFeedDocument(d.text).entries[0].title, 'Café résumé naïve');
});

// ---- recovering parse ---------------------------------------------------------

test('a truncated document keeps every complete entry and says where it was cut', () => {
  const doc = channel(items(10));
  for (const cut of [0.3, 0.6, 0.9]) {
    const part = doc.slice(0, Math.floor(doc.length * cut));
    const complete = part.split('</item>').length - 1;
    const feed = parseFeedDocument(part);
    assert.equal(feed.entries.length, complete, `cut at ${cut}`);
    assert.deepEqual(feed.entries.map((e) => e.title), Array.from({ length: complete }, (_, i) => `Item ${i}`));
    assert.match(feed.problems[0], /^not well-formed XML at line \d+, column \d+/);
    assert.ok(feed.problems.some((p) => /cut short|ends inside/.test(p)), feed.problems.join('; '));
  }
});

test('slightly ill-formed documents are read: stray end tags, bare ampersands, an unclosed element', () => {
  const feed = parseFeedDocument(channel(`<item><title>Tom & Jerry</title><link>https://f.example/a</link></p></item>
<item><title>Second <b>bold</title><link>https://f.example/b</link></item>${item(3)}`));
  assert.deepEqual(feed.entries.map((e) => e.title), ['Tom & Jerry', 'Second <b>bold</b>', 'Item 3']);
  assert.match(feed.problems.join('; '), /stray end tag.*every entry kept/);
});

test('an empty but valid feed is a feed with no entries, in every format', () => {
  for (const doc of ['<rss version="2.0"><channel></channel></rss>', '<rss version="2.0"><channel><title>t</title></channel></rss>',
    '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [] }),
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>t</title></channel></rdf:RDF>']) {
    const feed = parseFeedDocument(doc);
    assert.equal(feed.entries.length, 0);
    assert.deepEqual(feed.problems, []);
  }
});

test('"<!ENTITY" in CDATA or a comment is text; a DOCTYPE that declares an entity is still refused', () => {
  const feed = parseFeedDocument(channel(`<!-- <!ENTITY a "b"> --><item><title>x</title><description><![CDATA[write <!ENTITY lol "lol"> to declare]]></description></item>`));
  assert.match(feed.entries[0].summary ?? '', /<!ENTITY lol/);
  assert.throws(() => parseFeedDocument(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss version="2.0"><channel><title>&a;</title></channel></rss>`), /declares XML entities/);
  assert.throws(() => parseFeedDocument(`<!DOCTYPE rss [<!-- x --><!ENTITY % p "x">]><rss version="2.0"><channel/></rss>`), /declares XML entities/);
  // a DOCTYPE without an internal subset (RSS 0.91's) is fine
  const legacy = parseFeedDocument(`<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>T</title>${item(1)}</channel></rss>`);
  assert.equal(legacy.entries.length, 1);
});

test('prefixed roots are read: <r:rss> and <atom:feed>', () => {
  const r = parseFeedDocument(`<r:rss xmlns:r="http://backend.userland.com/rss2" version="2.0"><r:channel><r:title>P</r:title>
<r:item><r:title>Prefixed</r:title><r:link>https://p.example/1</r:link></r:item></r:channel></r:rss>`);
  assert.deepEqual([r.format, r.title, r.entries[0].title, r.entries[0].url], ['rss', 'P', 'Prefixed', 'https://p.example/1']);
  const a = parseFeedDocument(`<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>A</atom:title>
<atom:entry><atom:id>urn:1</atom:id><atom:title>Atom prefixed</atom:title></atom:entry></atom:feed>`);
  assert.deepEqual([a.format, a.entries[0].title], ['atom', 'Atom prefixed']);
});

// ---- identity ------------------------------------------------------------------

test('identity: guid, else link, else a hash of title, date and content; description-only items are kept', () => {
  const feed = parseFeedDocument(`<rss version="0.92"><channel><title>Old</title>
<item><description>First note, no title or link.</description></item>
<item><description>Second note.</description></item>
<item><description>Second note.</description></item>
<item><title>Linked</title><link>https://o.example/l</link></item>
<item><guid isPermaLink="false">g-1</guid><title>Guid</title></item></channel></rss>`);
  assert.equal(feed.entries.length, 4, 'the item listed twice is one entry');
  assert.match(feed.entries[0].guid, /^hash:[0-9a-f]{24}$/);
  assert.notEqual(feed.entries[0].guid, feed.entries[1].guid);
  assert.equal(feed.entries[2].guid, 'https://o.example/l');
  assert.equal(feed.entries[3].guid, 'g-1');
  assert.equal(feed.reusesGuids, false);
  // the same document gives the same identities on the next poll
  assert.deepEqual(parseFeedDocument(`<rss version="0.92"><channel><title>Old</title><item><description>First note, no title or link.</description></item></channel></rss>`).entries[0].guid, feed.entries[0].guid);
});

test('a feed that gives one guid to different entries reuses guids: each is kept, and known reuse applies to later polls', () => {
  const doc = channel(`<item><guid>post</guid><title>Monday</title><link>https://w.example/mon</link><description>A</description></item>
<item><guid>post</guid><title>Tuesday</title><link>https://w.example/tue</link><description>B</description></item>`);
  const feed = parseFeedDocument(doc);
  assert.equal(feed.reusesGuids, true);
  assert.deepEqual(feed.entries.map((e) => e.title), ['Monday', 'Tuesday']);
  assert.ok(feed.entries.every((e) => e.guid.startsWith('post#')));
  // a later document with one entry per guid: the source remembers the reuse
  const later = parseFeedDocument(channel(`<item><guid>post</guid><title>Wednesday</title><link>https://w.example/wed</link></item>`), { reusesGuids: true });
  assert.match(later.entries[0].guid, /^post#/);
  assert.equal(parseFeedDocument(channel(`<item><guid>post</guid><title>Wednesday</title></item>`)).entries[0].guid, 'post');
});

// ---- fields ---------------------------------------------------------------------

test('fields: xml:base, atom:link and atom:published in RSS, feedburner:origLink, media/itunes/dc descriptions', () => {
  const feed = parseFeedDocument(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"
 xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:base="https://base.example/news/">
<channel><title>T</title>
<item><title>Proxied</title><link>https://proxy.example/x</link><feedburner:origLink>https://origin.example/story</feedburner:origLink></item>
<item><title>Atom bits</title><atom:link rel="alternate" href="story-2.html"/><atom:published>2026-11-20T08:00:00Z</atom:published></item>
<item><title>Video</title><link>v/3</link><media:group><media:description>What the video shows.</media:description></media:group></item>
<item><title>Podcast</title><link>https://pod.example/4</link><itunes:summary>Episode notes.</itunes:summary></item>
<item><title>DC</title><link>https://dc.example/5</link><dc:description>Dublin Core text.</dc:description></item>
</channel></rss>`);
  const [a, b, c, d, e] = feed.entries;
  assert.equal(a.url, 'https://origin.example/story');
  assert.equal(b.url, 'https://base.example/news/story-2.html');
  assert.equal(b.publishedAt?.toISOString(), '2026-11-20T08:00:00.000Z');
  assert.equal(c.url, 'https://base.example/news/v/3');
  assert.equal(c.summary, 'What the video shows.');
  assert.equal(d.summary, 'Episode notes.');
  assert.equal(e.summary, 'Dublin Core text.');
});

test('Atom: feed-level author, entry xml:base over the document address, base64 content decoded and binary content left out', () => {
  const html = '<p>Décodé.</p>';
  const feed = parseFeedDocument(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><author><name>Desk</name></author>
<entry xml:base="/section/"><id>urn:1</id><title>One</title><link href="one"/><content type="application/octet-stream">${Buffer.from(html).toString('base64')}</content></entry>
<entry><id>urn:2</id><title>Two</title><link href="two"/><author><name>Own</name></author><content type="image/png">iVBORw0KGgoAAAANSUhEUg==</content></entry></feed>`,
  { url: 'https://atom.example/feeds/main.xml' });
  const [one, two] = feed.entries;
  assert.equal(one.url, 'https://atom.example/section/one');
  assert.equal(one.author, 'Desk');
  assert.equal(one.content, html);
  assert.equal(two.url, 'https://atom.example/feeds/two');
  assert.equal(two.author, 'Own');
  assert.equal(two.content, undefined);
  const old = parseFeedDocument(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>x</title><entry><id>1</id><title>E</title>
<content type="text/html" mode="base64">${Buffer.from('<p>Atom 0.3</p>').toString('base64')}</content></entry></feed>`);
  assert.equal(old.entries[0].content, '<p>Atom 0.3</p>');
});

test('a self-closing <iframe/> or <script/> in entry HTML keeps the text after it', () => {
  assert.equal(htmlToText('<p>Before.</p><iframe src="https://v.example/e"/><p>After the video.</p>'), 'Before.\n\nAfter the video.');
  assert.equal(htmlToText('<p>Before.</p><script src="x.js"/><p>After the script.</p>'), 'Before.\n\nAfter the script.');
  assert.equal(htmlToText('<p>a</p><script>var x = "<p>no</p>";</script><p>b</p>'), 'a\n\nb');
});

// ---- error messages ------------------------------------------------------------------

test('documents that are not feeds say what they look like', () => {
  assert.throws(() => parseFeedDocument('<!DOCTYPE html><html><head><title>My blog</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>'),
    /^Error: not a feed: an HTML page \("My blog"\); it links to a feed at \/feed.xml$/);
  assert.throws(() => parseFeedDocument('<catalog><book/></catalog>'), /not a feed: an XML document whose root element is <catalog>/);
  assert.throws(() => parseFeedDocument('{"data": [1, 2]}'), /not a feed: JSON, but not a JSON Feed .*it has data/);
  assert.throws(() => parseFeedDocument('{"version": "https://jsonfeed.org/version/2", "items": []}'), /JSON Feed of an unknown version "https:\/\/jsonfeed.org\/version\/2"/);
  assert.throws(() => parseFeedDocument('{"version": '), /not a feed: not valid JSON/);
  assert.throws(() => parseFeedDocument('plain words'), /neither XML nor JSON \(it begins "plain words"\)/);
});

// ---- through the poll stage, from 127.0.0.1 ---------------------------------------

describe('through the poll stage', () => {
  let t: TestDb;
  let nr: Newsroom;
  let server: TestServer | undefined;
  beforeEach(async () => {
    t = await createTestDb();
    nr = testNewsroom(t.db);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await t.drop();
  });

  test('poll: a cut feed is stored and its source marked partly read; an empty feed is fine; bad entries and a huge ttl cost only themselves', async () => {
    const cut = channel(items(8));
    const bodies: Record<string, [string, Buffer]> = {
      '/cut': ['application/rss+xml', Buffer.from(cut.slice(0, Math.floor(cut.length * 0.6)))],
      '/empty': ['application/rss+xml', Buffer.from('<rss version="2.0"><channel><title>Quiet</title></channel></rss>')],
      '/bad': ['application/rss+xml', Buffer.from(channel(`${item(1)}<item><title>Year zero</title><link>https://f.example/z</link><pubDate>Sat, 01 Jan 0000 00:00:00 GMT</pubDate></item>${item(2)}`, '<ttl>99999999999</ttl>'))],
      '/latin1': ['text/xml; charset=ISO-8859-1', iconv.encode(channel('<item><title>“Smart” quotes — café</title><link>https://l.example/1</link></item>'), 'windows-1252')],
      '/wrong-header': ['text/xml; charset=ISO-8859-1', Buffer.from(channel('<item><title>Grüße aus München</title><link>https://w.example/1</link></item>'), 'utf8')],
    };
    server = await startServer((req, res) => {
      const [type, body] = bodies[req.url ?? ''] ?? ['text/plain', Buffer.from('no')];
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    });
    const ids: Record<string, number> = {};
    for (const p of Object.keys(bodies)) ids[p] = (await addSource(t.db, { url: server.url + p })).source.id;
    const poll = await runPollStage(nr, { all: true });
    assert.equal(poll.counts.sources_ok, 5, JSON.stringify(poll.errors));
    const src = async (p: string) => (await getSource(t.db, ids[p]))!;
    const titles = async (p: string) => (await t.db.query<{ title: string }>('SELECT title FROM feed_items WHERE source_id = $1 ORDER BY id', [ids[p]])).map((r) => r.title);

    const complete = cut.slice(0, Math.floor(cut.length * 0.6)).split('</item>').length - 1;
    assert.equal((await titles('/cut')).length, complete);
    assert.match((await src('/cut')).read_problem ?? '', /^partly read: not well-formed XML at line \d+, column \d+.*ends inside entry/);
    assert.equal((await src('/cut')).consecutive_failures, 0);

    const empty = await src('/empty');
    assert.deepEqual([empty.last_error, empty.read_problem, empty.consecutive_failures], [null, null, 0], 'an empty feed is no failure');

    const bad = await src('/bad');
    assert.equal(bad.last_error, null);
    assert.ok((await titles('/bad')).includes('Item 2'), 'the entries around a bad one are stored');
    assert.match(bad.read_problem ?? '', /ttl of 99999999999 minutes is out of range/);
    assert.equal(bad.feed_min_interval_s, null);

    assert.deepEqual(await titles('/latin1'), ['“Smart” quotes — café']);
    assert.deepEqual(await titles('/wrong-header'), ['Grüße aus München']);
  });

  test('poll: a source seen reusing guids keeps every entry, and is remembered as doing so', async () => {
    let doc = channel(`<item><guid>ep</guid><title>Episode 1</title><link>https://p.example/1</link></item>
  <item><guid>ep</guid><title>Episode 2</title><link>https://p.example/2</link></item>`);
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(doc);
    });
    const { source } = await addSource(t.db, { url: server.url + '/pod' });
    await runPollStage(nr, { all: true });
    assert.equal((await getSource(t.db, source.id))!.reuses_guids, true);
    doc = channel(`<item><guid>ep</guid><title>Episode 3</title><link>https://p.example/3</link></item>`);
    await runPollStage(nr, { all: true });
    const rows = await t.db.query<{ title: string }>('SELECT title FROM feed_items WHERE source_id = $1 ORDER BY id', [source.id]);
    assert.deepEqual(rows.map((r) => r.title), ['Episode 1', 'Episode 2', 'Episode 3']);
  });
});
