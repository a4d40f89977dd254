// One person, one spelling, across every article of every edition: feeds on
// 127.0.0.1 whose outlets spell names differently go through the whole
// pipeline (no model), and what the editions print is read back.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { glossaryFor, setSpelling } from '../../src/glossary/glossary.ts';
import { nameReviews } from '../../src/glossary/reviews.ts';
import { addSource } from '../../src/ingest/sources.ts';
import { runAllStages, textStages } from '../../src/pipeline/stages.ts';
import { createApp } from '../../src/web/app.ts';
import { runCli } from '../helpers/cli.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { rss, type TestItem } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';

let t: TestDb;
let server: TestServer;
const feeds = new Map<string, string>();
beforeEach(async () => {
  t = await createTestDb();
  feeds.clear();
  server = await startServer((req, res) => {
    const body = feeds.get(req.url ?? '');
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
  });
});
afterEach(async () => {
  await server.close();
  await t.drop();
});

const at = (day: number, hour = 1) => new Date(Date.UTC(2026, 10, day, hour)).toUTCString();

/** One outlet's report of an event: the same facts, the outlet's spelling of the person. */
function report(guid: string, name: string, title: string, place: string, topic: string, amount: number, day: number, hour: number): TestItem {
  const p = [
    `${name} ${title}은 ${day}일 ${place}에서 ${topic} 계획에 ${amount}억원을 투입한다고 발표했다.`,
    `${name} ${title}은 이날 ${topic} 사업이 ${place} 지역 경제에 큰 도움이 될 것이라고 말했다.`,
    `${place} 주민 설명회는 ${day + 3}일 열릴 예정이다.`,
    `사업은 내년 상반기에 착공해 ${(amount % 5) + 2}년 안에 마무리될 예정이다.`,
  ];
  return {
    guid, title: `${name} ${title}, ${place} ${topic} 계획 ${amount}억원 발표`, link: `${server.url}/news/${guid}`, pubDate: at(day, hour),
    description: p[0], content: p.map((x) => `<p>${x}</p>`).join(''),
  };
}

async function outlets(items: Record<string, TestItem[]>) {
  for (const [i, [outlet, list]] of Object.entries(items).entries()) {
    feeds.set(`/feed/${i}`, rss(list, { title: outlet, lang: 'ko' }));
    // trusted outlets: these tests are about spelling, not about trust
    await addSource(t.db, { url: `${server.url}/feed/${i}`, name: outlet, lang: 'ko', trust: 'trusted' });
  }
}

/** The pipeline until nothing is left to write (a changed canonical spelling sends stories back to the writer). */
async function runUntilWritten() {
  const nr = testNewsroom(t.db);
  for (let pass = 0; pass < 6; pass++) {
    const results = await runAllStages(nr, undefined, textStages);
    for (const [stage, r] of Object.entries(results)) assert.ok(!(r instanceof Error), `${stage}: ${(r as Error).message}`);
    const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM stories WHERE needs_writing AND state <> 'merged'`);
    if (!n) return;
  }
  assert.fail('stories still waiting to be written after 6 passes');
}

/** What each edition prints for each published article: the article page's HTML, without the quoted source headlines. */
async function pages(): Promise<Array<{ edition: string; id: number; html: string }>> {
  const config = testConfig();
  const app = createApp(t.db, config);
  const articles = await t.db.query<{ id: number }>(`SELECT id FROM articles WHERE state = 'published' ORDER BY id`);
  const out = [];
  for (const edition of config.editions) {
    for (const a of articles) {
      const res = await app.request(`/${edition}/articles/${a.id}`);
      assert.equal(res.status, 200, `/${edition}/articles/${a.id}`);
      // the list of sources quotes each outlet's own headline, as the outlet wrote it (also in the JSON-LD citations)
      const html = (await res.text()).replace(/<section class="sources"[\s\S]*?<\/section>/, '').replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
      out.push({ edition, id: Number(a.id), html });
    }
  }
  return out;
}

/** The published versions' own text, per article. */
async function published(): Promise<Map<number, string>> {
  const rows = await t.db.query<{ id: number; text: string }>(
    `SELECT a.id, concat_ws(E'\\n', v.headline, v.lead, v.summary, v.body::text) AS text
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version WHERE a.state = 'published' ORDER BY a.id`);
  return new Map(rows.map((r) => [Number(r.id), r.text]));
}

/** Two outlets spell 이설주 two ways in one story; the second story has only one outlet's 리설주. */
async function twoSpellings() {
  await outlets({
    한빛일보: [
      report('a1', '리설주', '여사', '부산', '항만 확장', 420, 3, 1),
      report('a2', '리설주', '여사', '제주', '관광 축제', 870, 9, 1),
    ],
    새벽뉴스: [report('b1', '이설주', '여사', '부산', '항만 확장', 420, 3, 2)],
  });
  await runUntilWritten();
}

test('outlets that spell a person two ways: every published article of every edition prints the canonical spelling', async () => {
  await twoSpellings();
  const entries = await glossaryFor(t.db, 'ko');
  const entry = entries.find((e) => e.spelling === '이설주');
  assert.ok(entry, `the standard spelling (the initial-sound rule) is canonical: ${JSON.stringify(entries)}`);
  assert.ok(!entries.some((e) => e.spelling === '리설주'), 'the variant is no entry of its own');
  const texts = await published();
  assert.equal(texts.size, 2, 'both stories are published');
  for (const [id, text] of texts) {
    assert.ok(text.includes('이설주'), `article ${id} names her: ${text.slice(0, 200)}`);
    assert.ok(!text.includes('리설주'), `article ${id} prints the variant: ${text.slice(0, 300)}`);
  }
  const all = await pages();
  assert.equal(all.length, 6, 'two articles in three editions');
  for (const p of all) {
    assert.ok(p.html.includes('이설주'), `/${p.edition}/articles/${p.id} names her`);
    assert.ok(!p.html.includes('리설주'), `/${p.edition}/articles/${p.id} prints the variant`);
  }
});

test("an editor's glossary change revises the published articles: the new spelling is printed, the old one is gone", async () => {
  await twoSpellings();
  const key = (await glossaryFor(t.db, 'ko')).find((e) => e.spelling === '이설주')!.entity_key;
  const before = await t.db.query<{ id: number; v: number }>(`SELECT id, published_version AS v FROM articles WHERE state = 'published' ORDER BY id`);

  // the editor prefers the spelling the woman's own country uses
  const revised = await setSpelling(t.db, key, 'ko', '리설주');
  assert.equal(revised, 2, 'both stories go back to the writer');
  await runUntilWritten();
  let texts = await published();
  for (const [id, text] of texts) {
    assert.ok(text.includes('리설주') && !text.includes('이설주'), `article ${id} after the editor's change: ${text.slice(0, 300)}`);
  }
  const after = await t.db.query<{ id: number; v: number }>(`SELECT id, published_version AS v FROM articles WHERE state = 'published' ORDER BY id`);
  assert.deepEqual(after.map((a) => a.id), before.map((a) => a.id));
  assert.ok(after.every((a, i) => a.v > before[i].v), 'each article has a new published version');
  for (const p of await pages()) assert.ok(p.html.includes('리설주') && !p.html.includes('이설주'), `/${p.edition}/articles/${p.id}`);

  // and back, through the command line
  await t.close();
  const cli = await runCli(['glossary', 'set', key, 'ko', '이설주'], t.env);
  assert.equal(cli.code, 0, cli.stderr);
  await t.reopen();
  await runUntilWritten();
  texts = await published();
  for (const [id, text] of texts) {
    assert.ok(text.includes('이설주') && !text.includes('리설주'), `article ${id} after \`glossary set\`: ${text.slice(0, 300)}`);
  }
  const [entry] = (await glossaryFor(t.db, 'ko')).filter((e) => e.entity_key === key);
  assert.deepEqual([entry.spelling, entry.origin], ['이설주', 'editor']);
});

test('two people whose names differ by an ambiguous rule, in unrelated stories, are not merged and wait in name_reviews', async () => {
  await outlets({
    한빛일보: [report('c1', '유민수', '감독', '울산', '축구 전용구장', 310, 5, 1)],
    새벽뉴스: [
      report('d1', '류민수', '의원', '대전', '과학 연구단지', 760, 12, 1),
      report('d2', '류민수', '의원', '대전', '과학 연구단지', 760, 12, 3),
    ],
  });
  await runUntilWritten();
  const spellings = (await glossaryFor(t.db, 'ko')).map((e) => e.spelling);
  assert.ok(spellings.includes('유민수') && spellings.includes('류민수'), `two entries: ${spellings}`);
  const reviews = (await nameReviews(t.db, 'ko')).map((r) => [r.spelling, r.other].sort().join('/'));
  assert.deepEqual(reviews, ['류민수/유민수'], 'the pair waits for an editor');
  const texts = [...(await published()).values()];
  assert.equal(texts.length, 2);
  const coach = texts.find((x) => x.includes('감독'))!;
  const member = texts.find((x) => x.includes('의원'))!;
  assert.ok(coach.includes('유민수') && !coach.includes('류민수'), coach.slice(0, 200));
  assert.ok(member.includes('류민수') && !member.includes('유민수'), member.slice(0, 200));
});
