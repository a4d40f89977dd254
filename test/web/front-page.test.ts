// The front page's order comes from the news (coverage and when it happened), not from the clock.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { frontPage } from '../../src/web/read-model.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';

let t: TestDb;
before(async () => {
  t = await createTestDb();
  await seedDemoSite(t.db);
});
after(() => t?.drop());

test('the top stories keep their order as time passes; a card above another is newer or better covered', async () => {
  const ids = (p: Awaited<ReturnType<typeof frontPage>>) => [...p.top, ...p.latest].map((c) => c.id);
  const today = await frontPage(t.db, 'en', new Date());
  assert.ok(today.top.length >= 5, 'the demo fills the top of the page');
  for (const days of [1, 30, 365]) {
    const later = await frontPage(t.db, 'en', new Date(Date.now() + days * 86_400_000));
    assert.deepEqual(ids(later), ids(today), `the same order ${days} days later`);
  }
  // within the top, a card above another is either newer or better covered
  for (let i = 1; i < today.top.length; i++) {
    const [a, b] = [today.top[i - 1], today.top[i]];
    assert.ok(a.newsAt >= b.newsAt || a.outletCount + a.reportCount >= b.outletCount + b.reportCount, `card ${a.id} above ${b.id}`);
  }
});
