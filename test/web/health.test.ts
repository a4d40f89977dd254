// /healthz answers while the process is up; /readyz only while the database
// answers and has every migration this code knows.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createApp } from '../../src/web/app.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testConfig } from '../helpers/newsroom.ts';

let t: TestDb;
before(async () => (t = await createTestDb()));
after(() => t.drop());

test('healthz and readyz on a migrated database', async () => {
  const app = createApp(t.db, testConfig());
  const health = await app.request('/healthz');
  assert.equal(health.status, 200);
  assert.deepEqual(await health.json(), { ok: true });
  assert.equal(health.headers.get('cache-control'), 'no-store');
  const ready = await app.request('/readyz');
  assert.equal(ready.status, 200);
  assert.deepEqual(await ready.json(), { ok: true, database: 'reachable', migrations: 'current' });
});

test('readyz says which migrations are pending, and that the database is unreachable once it is', async () => {
  const app = createApp(t.db, testConfig());
  const [last] = await t.db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version DESC LIMIT 1');
  await t.db.query('DELETE FROM schema_migrations WHERE version = $1', [last.version]);
  const pending = await app.request('/readyz');
  assert.equal(pending.status, 503);
  const body = await pending.json() as { migrationsPending: string[] };
  assert.deepEqual(body.migrationsPending, [`${String(last.version).padStart(3, '0')}_${last.name}`]);
  await t.db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [last.version, last.name]);
  assert.equal((await app.request('/readyz')).status, 200);

  const db = await t.reopen();
  await t.close();
  const closed = createApp(db, testConfig());
  const down = await closed.request('/readyz');
  assert.equal(down.status, 503);
  assert.deepEqual(await down.json(), { ok: false, database: 'unreachable' });
  // the process is still up
  assert.equal((await closed.request('/healthz')).status, 200);
  await t.reopen();
});
