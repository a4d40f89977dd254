// The command line while `newsroom serve` holds the database. On PGlite one
// process owns the folder, so the CLI hands its command to the serving
// process over the folder's socket; on PostgreSQL it connects itself. Either
// way an operator's command works and the served site sees its effect.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli, startCli, startServing } from '../helpers/cli.ts';
import { createTestDb, testDbKind, type TestDb } from '../helpers/db.ts';

let t: TestDb;
let server: Awaited<ReturnType<typeof startServing>>;
let base: string;
const env = () => ({ ...t.env, NEWSROOM_ALLOW_PRIVATE_FETCH: '1' });

before(async () => {
  t = await createTestDb();
  await t.close();
  server = await startServing(['serve'], env());
  base = server.base;
});
after(async () => {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGTERM');
    await server.done;
  }
  await t.drop();
});

test('commands run while the site serves, and the site sees what they changed', async () => {
  const added = await runCli(['sources', 'add', 'http://127.0.0.1:9/while-serving.xml', '--name', 'Served Wire'], env());
  assert.equal(added.code, 0, added.stderr);
  const listed = await runCli(['sources', 'list'], env());
  assert.equal(listed.code, 0, listed.stderr);
  assert.match(listed.stdout, /Served Wire/);
  const status = await fetch(`${base}/status`);
  assert.equal(status.status, 200);
  assert.match(await status.text(), /Served Wire/, 'the served status page lists the source the CLI added');
  const articles = await runCli(['articles', 'list'], env());
  assert.equal(articles.code, 0, articles.stderr);
  assert.equal(server.child.exitCode, null, 'the server keeps serving');
});

test('a failing command reports its error and exit code to the caller, not to the server', async () => {
  const r = await runCli(['articles', 'hold', '999999', '--reason', 'no such article'], env());
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /999999|not found|no article/i);
  assert.equal(server.child.exitCode, null);
});

test('a folder a command names is the caller\'s, not the server\'s', async () => {
  const here = mkdtempSync(join(tmpdir(), 'newsroom-export-cwd-'));
  const r = await startCli(['export', 'site'], env(), here).done;
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(join(here, 'site', 'robots.txt')), 'exported into the folder the caller named');
});

test('on PGlite, commands that need the folder to themselves say why; on PostgreSQL no socket is opened', async () => {
  if (testDbKind !== 'pglite') {
    assert.equal(existsSync(join(t.env.NEWSROOM_DATA_DIR ?? '', 'newsroom.sock')), false);
    return;
  }
  const r = await runCli(['backup', join(t.env.NEWSROOM_DATA_DIR, '..', 'b.tar')], env());
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /stop the server|DATABASE_URL/);
});

test('the socket is the owner\'s only, and a crashed server\'s socket does not block the CLI', async () => {
  if (testDbKind === 'pglite') {
    const socket = join(t.env.NEWSROOM_DATA_DIR, 'newsroom.sock');
    assert.ok(existsSync(socket), 'the serving process listens on the folder\'s socket');
    assert.equal(statSync(socket).mode & 0o077, 0, 'no one but the owner may connect');
  }
  server.child.kill('SIGKILL');
  await server.done;
  const r = await runCli(['sources', 'list'], env());
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Served Wire/);
});
