// The `newsroom` command as a user runs it: real processes, real database.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli, startCli } from '../helpers/cli.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { articleHtml, articlePage, rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';

let t: TestDb;
let server: TestServer;
let env: Record<string, string>;

before(async () => {
  server = await startServer((req, res) => {
    if (req.url?.startsWith('/reused/')) {
      // a podcast that gives every episode one guid, cut short inside its third episode
      res.setHeader('content-type', 'application/rss+xml');
      const doc = rss([1, 2, 3].map((n) => ({ guid: 'episode', title: `Episode ${n}`, link: `http://${req.headers.host}/episode/${n}` })), { title: 'Reused Radio', lang: 'en' });
      return res.end(doc.slice(0, doc.lastIndexOf('<item>') + 30));
    }
    if (req.url?.startsWith('/episode/')) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return res.end(articlePage(`Episode ${req.url.slice(9)}`, articleHtml('The harbour podcast')));
    }
    res.setHeader('content-type', 'application/rss+xml');
    res.end(rss([
      { guid: 'a', title: 'Harbour bridge opens', link: `http://${req.headers.host}/a`, content: '<p>Portmere opened its 2.4 kilometre harbour bridge on Monday, cutting the crossing to Haeorum island from 50 minutes by ferry to 7 by car.</p><p>Mayor Ines Calloway said the bridge would carry 30,000 vehicles a day.</p>' },
      { guid: 'b', title: 'Rovers win the derby', link: `http://${req.headers.host}/b`, content: '<p>Veloria Rovers beat Portmere Athletic 3-1 in Saturday\'s league derby at Harbour Park, with striker Ren Miyasaka scoring twice before 18,000 supporters.</p><p>Coach Aldo Brenn praised his defence.</p>' },
    ], { title: 'Loopback Daily', lang: 'en' }));
  });
  t = await createTestDb();
  await t.close();
  env = { ...t.env, NEWSROOM_ALLOW_PRIVATE_FETCH: '1' };
});
after(async () => {
  await server.close();
  await t.drop();
});

/** A failure is one line on stderr starting with "newsroom:" and a non-zero exit. */
function assertOneLineFailure(r: { code: number | null; stderr: string; stdout: string }, pattern: RegExp) {
  assert.notEqual(r.code, 0);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /^newsroom: /);
  assert.match(lines[0], pattern);
}

test('sources add, list --json, add again, remove; bad input fails with one clear line', async () => {
  const added = await runCli(['sources', 'add', `${server.url}/feed`, '--name', 'Loopback Daily', '--lang', 'en-GB'], env);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /^added source (\d+)/);
  const again = await runCli(['sources', 'add', `${server.url}/feed#frag`], env);
  assert.match(again.stdout, /already has that URL/);
  const listed = await runCli(['sources', 'list', '--json'], env);
  const sources = JSON.parse(listed.stdout);
  assert.equal(sources.length, 1);
  assert.equal(sources[0].name, 'Loopback Daily');
  assert.equal(sources[0].lang, 'en');
  const extra = await runCli(['sources', 'add', `${server.url}/extra`], env);
  const extraId = extra.stdout.match(/^added source (\d+)/)![1];
  assert.match((await runCli(['sources', 'remove', extraId], env)).stdout, new RegExp(`removed source ${extraId}`));
  assert.equal(JSON.parse((await runCli(['sources', 'list', '--json'], env)).stdout).length, 1);
  assertOneLineFailure(await runCli(['sources', 'add', 'not-a-url'], env), /not a URL/);
  assertOneLineFailure(await runCli(['sources', 'add', 'ftp://x.example/feed'], env), /http or https/);
  assertOneLineFailure(await runCli(['sources', 'remove', '999'], env), /no source with id 999/);
  assertOneLineFailure(await runCli(['sources', 'remove', 'abc'], env), /positive number/);
  assertOneLineFailure(await runCli(['sources', 'frobnicate'], env), /usage/);
  assertOneLineFailure(await runCli(['frobnicate'], env), /unknown command/);
  assertOneLineFailure(await runCli(['sources', 'list', '--colour'], env), /Unknown option/);
});

test('sources import <file.opml>, then ingest, reports list --json and run --json', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-opml-'));
  const opml = join(dir, 'feeds.opml');
  writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
<outline text="Loopback"><outline type="rss" text="Loopback Two" xmlUrl="${server.url}/two" language="en"/></outline></body></opml>`);
  const imported = await runCli(['sources', 'import', opml], env);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /imported 1 new sources/);
  assertOneLineFailure(await runCli(['sources', 'import', join(dir, 'missing.opml')], env), /cannot read/);
  writeFileSync(join(dir, 'bad.opml'), 'this is not xml');
  assertOneLineFailure(await runCli(['sources', 'import', join(dir, 'bad.opml')], env), /OPML/);

  const ingested = await runCli(['ingest', '--json'], env);
  assert.equal(ingested.code, 0, ingested.stderr);
  const result = JSON.parse(ingested.stdout);
  assert.equal(result.poll.counts.sources_ok, 2);
  assert.equal(result.extract.counts.report_new, 2, 'two feeds, same two articles: two reports');
  assert.equal(result.extract.counts.duplicate_url ?? 0, 0);
  assert.equal(result.extract.counts.duplicate_exact, 2);

  const reports = JSON.parse((await runCli(['reports', 'list', '--json'], env)).stdout);
  assert.deepEqual(reports.map((r: any) => r.title).sort(), ['Harbour bridge opens', 'Rovers win the derby']);
  assert.equal(reports[0].outlets.length, 2, 'each report is carried by both sources');
  const text = await runCli(['reports', 'list'], env);
  assert.match(text.stdout, /Harbour bridge opens/);

  // new sources start low: what they alone say is held until an editor trusts them
  for (const s of JSON.parse((await runCli(['sources', 'list', '--json'], env)).stdout)) {
    assert.equal(s.trust, 'low');
    const trusted = await runCli(['sources', 'trust', String(s.id), 'trusted'], env);
    assert.equal(trusted.code, 0, trusted.stderr);
    assert.match(trusted.stdout, new RegExp(`source ${s.id} .*trust low → trusted`));
  }
  assertOneLineFailure(await runCli(['sources', 'trust', '1', 'total'], env), /must be one of low, trusted/);
  const run = await runCli(['run', '--json'], env);
  assert.equal(run.code, 0, run.stderr);
  const stages = JSON.parse(run.stdout);
  assert.deepEqual(Object.keys(stages), ['poll', 'extract', 'cluster', 'write', 'translate', 'illustrate']);
  assert.deepEqual(stages.translate.counts, { not_configured: 1 }, 'no translation provider: originals are shown, marked');
  assert.equal(stages.illustrate.counts.cards_drawn, 2, `a story card for each article: ${JSON.stringify(stages.illustrate.counts)}`);
  assert.equal(stages.write.counts.published, 2, 'one article per story, grounded and published');
  assert.equal(stages.cluster.counts.new_stories, 2, 'two different events, two stories');
  assert.equal(stages.poll.counts.sources, 0, 'nothing due right after an ingest');
});

// (continues on the database the test above filled; split so neither runs near the per-test time limit)
test('stories, articles and the glossary from the command line; ingest one source; migrate again', async () => {
  const stories = JSON.parse((await runCli(['stories', 'list', '--json'], env)).stdout);
  assert.equal(stories.length, 2);
  const shown = JSON.parse((await runCli(['stories', 'show', String(stories[0].id), '--json'], env)).stdout);
  assert.equal(shown.reports.length, 1);
  assert.equal(shown.reports[0].sources.length, 2, 'the report with both outlets that carried it');
  assert.match((await runCli(['stories', 'show', String(stories[0].id)], env)).stdout, /thread \d+:/);
  assertOneLineFailure(await runCli(['stories', 'show', '999'], env), /no story with id 999/);
  assertOneLineFailure(await runCli(['stories', 'merge', String(stories[0].id), String(stories[0].id)], env), /cannot be merged into itself/);
  const articles = JSON.parse((await runCli(['articles', 'list', '--json'], env)).stdout);
  assert.equal(articles.length, 2);
  assert.match((await runCli(['articles', 'show', String(articles[0].id)], env)).stdout, /sources:\n  \[\d+\]/);
  assert.match((await runCli(['articles', 'hold', String(articles[0].id), '--reason', 'check the score'], env)).stdout, /held article/);
  assert.equal(JSON.parse((await runCli(['articles', 'list', '--status', 'held', '--json'], env)).stdout).length, 1);
  assertOneLineFailure(await runCli(['articles', 'list', '--status', 'lost'], env), /--status must be one of/);
  assertOneLineFailure(await runCli(['articles', 'correct', String(articles[0].id)], env), /--note/);
  const glossary = JSON.parse((await runCli(['glossary', 'list', '--lang', 'en', '--json'], env)).stdout);
  assert.ok(glossary.some((e: { spelling: string }) => e.spelling.split(' ').includes('Calloway')), 'names learned from the sources (a full name is one entry)');
  assert.match((await runCli(['glossary', 'set', 'calloway', 'en', 'Calloway-Reyes'], env)).stdout, /is spelled "Calloway-Reyes" in en/);
  assertOneLineFailure(await runCli(['glossary', 'remove', 'nobody', 'en'], env), /no glossary entry/);
  assert.deepEqual(JSON.parse((await runCli(['glossary', 'reviews', '--lang', 'ko', '--json'], env)).stdout), []);
  assertOneLineFailure(await runCli(['glossary', 'apart', 'ko', '유민수', '류민수'], env), /no review of "유민수" and "류민수" in ko/);
  assertOneLineFailure(await runCli(['glossary', 'set', 'x', 'english!', 'y'], env), /not a language code/);
  const merged = await runCli(['stories', 'merge', String(stories[0].id), String(stories[1].id)], env);
  assert.equal(merged.code, 0, merged.stderr);
  assert.equal(JSON.parse((await runCli(['stories', 'list', '--json'], env)).stdout).length, 1);

  const one = await runCli(['ingest', '--source', '1'], env);
  assert.match(one.stdout, /polled 1 sources/);
  assertOneLineFailure(await runCli(['ingest', '--source', '42'], env), /no source with id 42/);
  const migrate = await runCli(['db', 'migrate'], env);
  assert.match(migrate.stdout, /up to date/);
});

test('while a server holds the database, the CLI still works (on PGlite through the serving process)', async () => {
  const server = startCli(['serve'], { ...env, PORT: '0' });
  try {
    await new Promise<void>((resolve, reject) => {
      server.child.stdout!.on('data', (d) => /serving on/.test(String(d)) && resolve());
      server.child.once('exit', () => reject(new Error('serve exited early')));
    });
    // PostgreSQL: the CLI connects itself; PGlite: the serving process runs the command for it
    const listed = await runCli(['sources', 'list', '--json'], env);
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal(JSON.parse(listed.stdout).length, 2);
  } finally {
    server.child.kill('SIGTERM');
    await server.done;
  }
});

test('sources list shows a source partly read, with its reason, and one that reuses guids (and --json has both fields)', async () => {
  const added = await runCli(['sources', 'add', `${server.url}/reused/feed`], env);
  assert.equal(added.code, 0, added.stderr);
  const id = added.stdout.match(/^added source (\d+)/)![1];
  const ingested = await runCli(['ingest', '--source', id], env);
  assert.equal(ingested.code, 0, ingested.stderr);
  // the last test of the file: the source stays (no remove, one process less on a loaded machine)
  const source = JSON.parse((await runCli(['sources', 'list', '--json'], env)).stdout).find((s: { id: number }) => String(s.id) === id);
  assert.match(source.read_problem, /^partly read: not well-formed XML at line \d+, column \d+.*the document ends inside entry 3/);
  assert.equal(source.reuses_guids, true);
  assert.equal(source.last_error, null);
  const table = (await runCli(['sources', 'list'], env)).stdout;
  const row = table.split('\n').find((l) => l.startsWith(`${id} `))!;
  assert.match(row, /partly read: not well-formed XML at line \d+, column \d+.*… · reuses guids/);
  assert.match(table.split('\n').find((l) => l.startsWith('1 '))!, / ok /, 'a source read whole is ok');
});
