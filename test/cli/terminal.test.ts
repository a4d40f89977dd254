// Text from feeds is shown on the operator's terminal: control characters and
// bidi overrides in it must reach the screen escaped, never as raw bytes.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { terminalSafe } from '../../src/cli/util.ts';
import { runCli } from '../helpers/cli.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { articleHtml, rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';

// ESC (a colour sequence), BEL, CR, a tab, C1 CSI, DEL and a right-to-left override
const hostile = 'Red\u001b[31m alert\u0007\r\tnow\u009b2J\u007f \u202eevil';
// anything a terminal acts on; a newline is the output's own line structure
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let t: TestDb;
let server: TestServer;
let env: Record<string, string>;

before(async () => {
  const hugeUrl = `https://huge.example/${randomBytes(6000).toString('base64url')}`;
  server = await startServer((req, res) => {
    res.setHeader('content-type', 'application/rss+xml');
    res.end(rss([
      { guid: 'a', title: hostile, link: `http://${req.headers.host}/a`, content: articleHtml('Harbour bridge') },
      // an entry too big to store: its error line names its (hostile) guid
      { guid: `bad${hostile}`, title: 'Too big', link: hugeUrl, content: articleHtml('Too big') },
    ], { title: hostile }));
  });
  t = await createTestDb();
  await t.close();
  env = { ...t.env, NEWSROOM_ALLOW_PRIVATE_FETCH: '1' };
});
after(async () => {
  await server.close();
  await t.drop();
});

test('terminalSafe escapes C0, DEL, C1 and bidi controls and leaves ordinary text alone', () => {
  assert.equal(terminalSafe('a\u001b[31mb\u009bc\u007fd\u202ee\u2066f'), 'a\\x1b[31mb\\x9bc\\x7fd\\u202ee\\u2066f');
  assert.equal(terminalSafe('tab\there\r\nline'), 'tab here  line', 'in a table cell, layout characters become spaces');
  assert.equal(terminalSafe('한국어 日本語 English — “quotes” 😀'), '한국어 日本語 English — “quotes” 😀');
});

test('listings and the ingest summary show hostile feed text escaped, never as raw control bytes', async () => {
  const added = await runCli(['sources', 'add', `${server.url}/feed`, '--name', `Outlet ${hostile}`], env);
  assert.equal(added.code, 0, added.stderr);
  const ingested = await runCli(['ingest'], env);
  assert.equal(ingested.code, 0, ingested.stderr);
  assert.match(ingested.stdout, /entry bad/, 'the unstorable entry is reported');
  const sources = await runCli(['sources', 'list'], env);
  const reports = await runCli(['reports', 'list'], env);
  for (const [name, r] of Object.entries({ ingested, sources, reports })) {
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, raw, `${name}: ${JSON.stringify(r.stdout)}`);
  }
  assert.match(sources.stdout, /Outlet Red\\x1b\[31m alert\\x07  now\\x9b2J\\x7f \\u202eevil/);
  assert.match(reports.stdout, /Red\\x1b\[31m alert/);
  // --json stays exact: JSON escapes the controls itself
  const json = await runCli(['reports', 'list', '--json'], env);
  assert.equal(JSON.parse(json.stdout)[0].title.includes('\u001b[31m'), true);
});
