// `newsroom users …` in a child process, as an operator makes the first
// admin: the one-time link it prints sets the password; roles change, the
// last admin stays; every change is an audit row by "cli".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { useSetupToken, userByEmail } from '../../src/desk/accounts.ts';
import { auditPage } from '../../src/desk/audit.ts';
import { openSession } from '../../src/desk/sessions.ts';
import { runCli } from '../helpers/cli.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
before(async () => {
  t = await createTestDb();
  await t.close();
});
after(() => t.drop());

const cli = (...args: string[]) => runCli(['users', ...args], { ...t.env, NEWSROOM_SITE_URL: 'https://news.example' });
const tokenIn = (out: string) => /https:\/\/news\.example\/desk\/setup\?token=([A-Za-z0-9_-]+)/.exec(out)?.[1];

async function withDb<T>(fn: (db: TestDb['db']) => Promise<T>): Promise<T> {
  const db = await t.reopen();
  try {
    return await fn(db);
  } finally {
    await t.close();
  }
}

test('users add, list, set-role, reset-password, remove — recorded as cli', async () => {
  const help = await runCli(['users', '--help'], t.env);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /newsroom users .*add <email> --role/);
  assert.match(help.stdout, /reset-password <email>/);

  const empty = await cli('list');
  assert.equal(empty.code, 0, empty.stderr);
  assert.match(empty.stdout, /no accounts yet/);

  const added = await cli('add', 'Chief@Example.com', '--role', 'admin');
  assert.equal(added.code, 0, added.stderr);
  const token = tokenIn(added.stdout);
  assert.ok(token, added.stdout);
  assert.match(added.stdout, /good for 72 hours/);

  const noRole = await cli('add', 'ed@example.com');
  assert.equal(noRole.code, 1);
  assert.match(noRole.stderr, /^newsroom: a role is admin, editor or viewer/);
  assert.equal((await cli('add', 'ed@example.com', '--role', 'owner')).code, 1);
  assert.match((await cli('add', 'not-an-email', '--role', 'editor')).stderr, /not an email address/);
  const twice = await cli('add', 'chief@example.com', '--role', 'editor');
  assert.equal(twice.code, 1);
  assert.match(twice.stderr, /already has an account/);

  // the link sets the password
  await withDb(async (db) => {
    const user = await useSetupToken(db, token!, 'a long enough passphrase');
    assert.equal(user?.email, 'Chief@Example.com');
    assert.equal(await useSetupToken(db, token!, 'a long enough passphrase'), undefined, 'one time only');
  });

  assert.equal((await cli('add', 'ed@example.com', '--role', 'editor')).code, 0);
  const listed = await cli('list', '--json');
  assert.equal(listed.code, 0);
  const rows = JSON.parse(listed.stdout) as Array<{ email: string; role: string; hasPassword: boolean }>;
  assert.deepEqual(rows.map((r) => [r.email, r.role, r.hasPassword]), [['Chief@Example.com', 'admin', true], ['ed@example.com', 'editor', false]]);
  const table = await cli('list');
  assert.match(table.stdout, /email\s+role\s+password/);
  assert.match(table.stdout, /ed@example\.com\s+editor\s+not set/);

  // the last admin stays an admin and stays
  const demote = await cli('set-role', 'chief@example.com', 'editor');
  assert.equal(demote.code, 1);
  assert.match(demote.stderr, /only admin/);
  assert.match((await cli('remove', 'chief@example.com')).stderr, /only admin/);
  const promoted = await cli('set-role', 'ed@example.com', 'admin');
  assert.equal(promoted.code, 0);
  assert.match(promoted.stdout, /ed@example\.com is now admin \(was editor\)/);
  assert.equal((await cli('set-role', 'nobody@example.com', 'viewer')).code, 1);

  // a reset clears the password and ends the sessions
  await withDb(async (db) => {
    const chief = (await userByEmail(db, 'chief@example.com'))!;
    await openSession(db, chief.id, new Date(), {});
  });
  const reset = await cli('reset-password', 'chief@example.com');
  assert.equal(reset.code, 0, reset.stderr);
  assert.ok(tokenIn(reset.stdout));
  await withDb(async (db) => {
    const chief = (await userByEmail(db, 'chief@example.com'))!;
    assert.equal(chief.password_hash, null);
    assert.deepEqual(await db.query('SELECT 1 FROM sessions WHERE user_id = $1', [chief.id]), []);
  });

  const removed = await cli('remove', 'chief@example.com');
  assert.equal(removed.code, 0, removed.stderr);
  assert.equal((await cli('remove', 'chief@example.com')).code, 1);

  const audit = await withDb((db) => auditPage(db, { limit: 20 }));
  assert.deepEqual(audit.map((r) => r.action).reverse(), ['user.add', 'user.add', 'user.set-role', 'user.reset-password', 'user.remove']);
  assert.ok(audit.every((r) => r.actor === 'cli' && r.via === 'cli'));
  assert.deepEqual(audit[2].after, { role: 'admin' });
});
