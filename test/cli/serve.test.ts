// `newsroom serve` as an operator runs it, probed as an attacker would: a real
// process, started from another folder, over real sockets on 127.0.0.1.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServing } from '../helpers/cli.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
let server: Awaited<ReturnType<typeof startServing>>;
let base: string;

before(async () => {
  t = await createTestDb();
  await t.db.query(`INSERT INTO sources (url, name, last_error, consecutive_failures)
    VALUES ('https://editor:hunter2@feeds.example/rss?token=s3cret', 'Secret Wire', 'ENOENT: no such file or directory, open ''/srv/newsroom/demo/a.xml''', 1)`);
  await t.close();
  // started from a folder that is not the project's: its JSX settings must still apply
  const elsewhere = mkdtempSync(join(tmpdir(), 'newsroom-cwd-'));
  server = await startServing(['serve'], t.env, elsewhere);
  base = server.base;
});
after(async () => {
  server.child.kill('SIGTERM');
  await server.done;
  await t.drop();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { redirect: 'manual', headers });

test('pages render when the server is started from another folder', async () => {
  const res = await get('/en/');
  assert.equal(res.status, 200, await res.clone().text());
  assert.match(await res.text(), /<html/);
});

test('a control character or a backslash in the switcher\'s return address neither stops the server nor leaves the site', async () => {
  for (const to of ['/%01', '/%09/evil.example', '/%0A/evil.example', '/%7F', '/%5Cevil.example', '//evil.example', '/%E2%80%AE']) {
    const res = await get(`/edition/en?to=${to}`);
    assert.equal(res.status, 303, to);
    const location = res.headers.get('location') ?? '';
    assert.ok(location.startsWith('/') && !location.startsWith('//') && !/[\x00-\x1f\x7f\\]/.test(location), `${to} → ${JSON.stringify(location)}`);
  }
  assert.equal((await get('/edition/en?to=/%E2%80%AE')).headers.get('location'), '/%E2%80%AE');
  assert.equal((await get('/healthz')).status, 200, 'still serving');
  assert.equal(server.child.exitCode, null);
});

test('a body larger than the route allows is refused before it is read', async () => {
  const res = await fetch(base + '/consent', {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
    body: 'choice=accept&back=' + 'a'.repeat(1024 * 1024),
  });
  assert.equal(res.status, 413);
  assert.equal((await get('/healthz')).status, 200);
});

test('the status page answers only on the server itself, never through a proxy, and shows no secrets', async () => {
  for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
    const res = await get('/status', { [header]: '203.0.113.9' });
    assert.equal(res.status, 403, header);
    assert.ok(!(await res.text()).includes('Secret Wire'));
  }
  const res = await get('/status');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.ok(html.includes('Secret Wire'));
  for (const secret of ['hunter2', 's3cret', '/srv/newsroom']) assert.ok(!html.includes(secret), secret);
  assert.match(res.headers.get('content-security-policy') ?? '', /style-src 'sha256-/);
});
