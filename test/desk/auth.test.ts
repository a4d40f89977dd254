// The desk's accounts and sessions at the server level: the first admin's
// setup token, sign-in (an unknown email and a wrong password answer alike),
// throttling after five failed tries with the wait said on the page, idle and
// absolute session expiry on an injected clock, sign-out everywhere, the CSRF
// and Origin checks, roles, the guard on every /desk route, two-factor
// sign-in, and the audit log's rows, which cannot be changed.
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, test } from 'node:test';
import { Hono } from 'hono';
import { addUser, useSetupToken, type Role } from '../../src/desk/accounts.ts';
import { auditPage } from '../../src/desk/audit.ts';
import { requireRole, type DeskEnv } from '../../src/desk/context.ts';
import { firstAdminToken } from '../../src/desk/first-admin.ts';
import { createSiteWithDesk, deskRoutes } from '../../src/desk/mount.ts';
import { sections } from '../../src/desk/sections.ts';
import { absoluteDays, idleHours } from '../../src/desk/sessions.ts';
import { putSetting, requireTwoFactorKey } from '../../src/desk/settings.ts';
import { totpCode } from '../../src/desk/totp.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testConfig } from '../helpers/newsroom.ts';

const config = testConfig();
const origin = 'http://localhost';
const password = 'a long enough passphrase';

// a section like the ones the other desk pages plug in, with an editor's state change
const probe = {
  id: 'probe', label: 'nav.home', role: 'viewer' as Role,
  routes: () => {
    const app = new Hono<DeskEnv>();
    app.get('/', (c) => c.text('probe page'));
    app.post('/publish', requireRole('editor'), (c) => c.text('published'));
    return app;
  },
};
sections.push(probe);

let t: TestDb;
let clock: Date;
let app: ReturnType<typeof createSiteWithDesk>;
beforeEach(async () => {
  t = await createTestDb();
  clock = new Date('2026-12-01T09:00:00Z');
  app = createSiteWithDesk(t.db, config, { now: () => clock });
});
afterEach(() => t.drop());

const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
const minute = 60_000;
const hour = 60 * minute;

/** A request from `address` (the socket's remote address, as @hono/node-server gives it). */
function request(path: string, init: RequestInit = {}, address = '192.0.2.10') {
  return app.request(path, init, { incoming: { socket: { remoteAddress: address } } });
}
const get = (path: string, cookie?: string) => request(path, { headers: cookie ? { cookie } : {} });
function post(path: string, fields: Record<string, string>, opts: { cookie?: string; address?: string; origin?: string | null } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (opts.origin !== null) headers.origin = opts.origin ?? origin;
  if (opts.cookie) headers.cookie = opts.cookie;
  return request(path, { method: 'POST', headers, body: new URLSearchParams(fields).toString() }, opts.address);
}
function sessionCookie(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  const m = /nr_desk=([^;]*)/.exec(set);
  assert.ok(m && m[1], `a session cookie in ${JSON.stringify(set)}`);
  return `nr_desk=${m[1]}`;
}
async function csrfOf(cookie: string, path = '/desk'): Promise<string> {
  const html = await (await get(path, cookie)).text();
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  assert.ok(m, `a CSRF field on ${path}`);
  return m[1];
}
async function account(email: string, role: Role): Promise<void> {
  const { token } = await addUser(t.db, email, role, clock);
  await useSetupToken(t.db, token, password, undefined, clock);
}
async function signIn(email: string, pw = password, address?: string) {
  return post('/desk/sign-in', { email, password: pw }, { address });
}
async function signedIn(email: string, role: Role = 'admin'): Promise<string> {
  await account(email, role);
  const res = await signIn(email);
  assert.equal(res.status, 303);
  return sessionCookie(res);
}

test('the first admin signs up with the console token only, once; afterwards no first-admin token exists', async () => {
  const page = await get('/desk/setup');
  assert.equal(page.status, 200);
  assert.match(await page.text(), /name="token"/);
  const token = (await firstAdminToken(t.db, clock))!;
  assert.ok(token);
  const fields = { token, email: 'Chief@Example.com', password, password2: password };
  assert.equal((await post('/desk/setup', { ...fields, token: 'not-the-token' })).status, 400);
  assert.equal((await post('/desk/setup', { ...fields, password2: 'something else entirely' })).status, 400);
  assert.equal((await post('/desk/setup', { ...fields, password: 'short', password2: 'short' })).status, 400);
  assert.equal((await post('/desk/setup', fields, { origin: 'https://evil.example' })).status, 403, 'another site cannot post the form');
  const made = await post('/desk/setup', fields);
  assert.equal(made.status, 303);
  assert.equal(made.headers.get('location'), '/desk');
  const cookie = sessionCookie(made);
  assert.match(made.headers.get('set-cookie')!, /HttpOnly/i);
  assert.match(made.headers.get('set-cookie')!, /SameSite=Lax/i);
  assert.match(made.headers.get('set-cookie')!, /Path=\/desk/);
  assert.doesNotMatch(made.headers.get('set-cookie')!, /Secure/, 'plain http: no Secure flag');
  const home = await get('/desk', cookie);
  assert.equal(home.status, 200);
  assert.match(await home.text(), /chief@example\.com|Chief@Example\.com/);
  // spent, and no new first-admin token once someone exists
  assert.equal((await post('/desk/setup', { ...fields, email: 'second@example.com' })).status, 400);
  assert.equal(await firstAdminToken(t.db, clock), undefined);
  // the email is unique whatever its case
  await assert.rejects(addUser(t.db, 'chief@EXAMPLE.com', 'editor'), /already has an account/);
  const [row] = await t.db.query("SELECT password_hash FROM users WHERE lower(email) = 'chief@example.com'");
  assert.match(row.password_hash, /^\$argon2id\$/);
  const audit = await auditPage(t.db, { limit: 10 });
  assert.deepEqual(audit.map((r) => [r.actor, r.action]), [['setup', 'user.add']]);
});

test('a setup link sets its own account\'s password and expires', async () => {
  const { token } = await addUser(t.db, 'ed@example.com', 'editor', clock);
  const page = await get(`/desk/setup?token=${token}`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /ed@example\.com/);
  later(73 * hour);
  assert.equal((await get(`/desk/setup?token=${token}`)).status, 404, 'a link is good for three days');
  const fresh = await addUser(t.db, 'new@example.com', 'viewer', clock);
  assert.equal((await post('/desk/setup', { token: fresh.token, password, password2: password })).status, 303);
  assert.equal((await signIn('new@example.com')).status, 303);
});

test('an unknown email and a wrong password get the same answer; a secure site sets a Secure cookie', async () => {
  await account('ed@example.com', 'editor');
  const wrong = await signIn('ed@example.com', 'not the password at all');
  const unknown = await signIn('nobody@example.com', 'not the password at all');
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  const body = async (r: Response, email: string) => (await r.text()).replaceAll(email, 'EMAIL');
  assert.equal(await body(wrong, 'ed@example.com'), await body(unknown, 'nobody@example.com'));
  assert.equal(wrong.headers.get('set-cookie'), null);
  const secure = createSiteWithDesk(t.db, testConfig({ siteUrl: 'https://news.example' }), { now: () => clock });
  const res = await secure.request('https://news.example/desk/sign-in', {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://news.example' },
    body: new URLSearchParams({ email: 'ed@example.com', password }).toString(),
  });
  assert.equal(res.status, 303);
  assert.match(res.headers.get('set-cookie')!, /;\s*Secure/i);
});

test('five failed tries are free, then each waits longer, said on the page, per account and per address', async () => {
  await account('ed@example.com', 'editor');
  const waits: string[] = [];
  for (let i = 1; i <= 5; i++) {
    const r = await signIn('ed@example.com', 'wrong password number ' + i, '198.51.100.1');
    assert.equal(r.status, 401, `try ${i}`);
    waits.push(`try ${i}: ${r.status}${r.headers.get('retry-after') ? `, wait ${r.headers.get('retry-after')} s` : ''}`);
  }
  // even the right password waits now, and the page says how long
  const refused = await signIn('ed@example.com', password, '198.51.100.1');
  assert.equal(refused.status, 429);
  assert.equal(refused.headers.get('retry-after'), '30');
  assert.match(await refused.text(), /Too many failed tries\. Try again in 30 seconds\./);
  // the same account from another address waits too
  assert.equal((await signIn('ed@example.com', password, '198.51.100.2')).status, 429);
  let wait = 30;
  for (const expected of [60, 120, 240, 480]) {
    later(wait * 1000 + 1000);
    const r = await signIn('ed@example.com', 'still wrong', '198.51.100.1');
    assert.equal(r.status, 401);
    assert.equal(r.headers.get('retry-after'), String(expected));
    waits.push(`after the wait, a failure: wait ${expected} s`);
    wait = expected;
  }
  const minutes = await signIn('ed@example.com', password, '198.51.100.1');
  assert.equal(minutes.status, 429);
  assert.match(await minutes.text(), /Try again in 8 minutes\./);
  later(wait * 1000 + 1000);
  assert.equal((await signIn('ed@example.com', password, '198.51.100.1')).status, 303, 'after the wait the right password signs in');
  console.log(`# throttle: ${waits.join('; ')}`);

  // per address: five different unknown emails from one address, then that address waits
  for (let i = 1; i <= 5; i++) assert.equal((await signIn(`guess${i}@example.com`, 'x'.repeat(12), '203.0.113.9')).status, 401);
  const byAddress = await signIn('ed@example.com', password, '203.0.113.9');
  assert.equal(byAddress.status, 429);
  assert.match(await byAddress.text(), /Try again in 30 seconds/);
  assert.equal((await signIn('ed@example.com', password, '203.0.113.10')).status, 303, 'another address is not held back');
});

test('a session ends 12 hours after its last request and 14 days after sign-in', async () => {
  const cookie = await signedIn('ed@example.com', 'editor');
  later(idleHours * hour - minute);
  assert.equal((await get('/desk', cookie)).status, 200, 'each request moves the idle expiry on');
  later(idleHours * hour - minute);
  assert.equal((await get('/desk', cookie)).status, 200);
  later(idleHours * hour + minute);
  const idle = await get('/desk', cookie);
  assert.equal(idle.status, 303);
  assert.equal(idle.headers.get('location'), '/desk/sign-in');

  const second = sessionCookie(await signIn('ed@example.com'));
  const signedInAt = clock.getTime();
  while (clock.getTime() + 11 * hour < signedInAt + absoluteDays * 24 * hour) {
    later(11 * hour);
    assert.equal((await get('/desk', second)).status, 200);
  }
  later(11 * hour);
  assert.equal((await get('/desk', second)).status, 303, 'no session outlives 14 days');
});

test('sign out, and sign out everywhere', async () => {
  const one = await signedIn('ed@example.com', 'editor');
  const two = sessionCookie(await signIn('ed@example.com'));
  const three = sessionCookie(await signIn('ed@example.com'));
  const out = await post('/desk/sign-out', { _csrf: await csrfOf(one) }, { cookie: one });
  assert.equal(out.status, 303);
  assert.equal((await get('/desk', one)).status, 303);
  assert.equal((await get('/desk', two)).status, 200);
  const accountPage = await (await get('/desk/account', two)).text();
  assert.match(accountPage, /this browser/);
  const everywhere = await post('/desk/account/sign-out-everywhere', { _csrf: await csrfOf(two) }, { cookie: two });
  assert.equal(everywhere.status, 303);
  assert.equal((await get('/desk', two)).status, 303);
  assert.equal((await get('/desk', three)).status, 303);
  const actions = (await auditPage(t.db, { limit: 20 })).map((r) => r.action);
  assert.ok(actions.includes('session.sign-out-everywhere'));
  assert.ok(actions.includes('session.sign-out'));
});

test('a post without the CSRF token, or from another origin, is refused 403', async () => {
  const cookie = await signedIn('chief@example.com', 'admin');
  const csrf = await csrfOf(cookie);
  const fields = { email: 'new@example.com', role: 'editor' };
  assert.equal((await post('/desk/users', fields, { cookie })).status, 403, 'no token');
  assert.equal((await post('/desk/users', { ...fields, _csrf: 'x'.repeat(csrf.length) }, { cookie })).status, 403, 'a wrong token');
  assert.equal((await post('/desk/users', { ...fields, _csrf: csrf }, { cookie, origin: 'https://evil.example' })).status, 403, 'another origin');
  assert.equal((await post('/desk/users', { ...fields, _csrf: csrf }, { cookie, origin: null })).status, 403, 'no origin');
  const json = await request('/desk/probe/publish', { method: 'POST', headers: { cookie, 'content-type': 'application/json', origin }, body: '{}' });
  assert.equal(json.status, 403, 'a JSON post without the header token');
  assert.equal((await request('/desk/probe/publish', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, origin } })).status, 200);
  const ok = await post('/desk/users', { ...fields, _csrf: csrf }, { cookie });
  assert.equal(ok.status, 200);
  assert.match(await ok.text(), /\/desk\/setup\?token=/);
});

test('roles: a viewer reads and changes nothing, an editor cannot manage staff', async () => {
  const viewer = await signedIn('view@example.com', 'viewer');
  const editor = await signedIn('ed@example.com', 'editor');
  await account('chief@example.com', 'admin');
  assert.equal((await get('/desk/probe', viewer)).status, 200);
  assert.equal((await post('/desk/probe/publish', { _csrf: await csrfOf(viewer) }, { cookie: viewer })).status, 403);
  assert.equal((await post('/desk/probe/publish', { _csrf: await csrfOf(editor) }, { cookie: editor })).status, 200);
  for (const cookie of [viewer, editor]) {
    const csrf = await csrfOf(cookie);
    assert.equal((await get('/desk/users', cookie)).status, 403);
    assert.equal((await get('/desk/audit', cookie)).status, 403);
    assert.equal((await post('/desk/users', { _csrf: csrf, email: 'x@example.com', role: 'admin' }, { cookie })).status, 403);
    assert.equal((await post('/desk/users/1/role', { _csrf: csrf, role: 'admin' }, { cookie })).status, 403);
    assert.equal((await post('/desk/users/settings', { _csrf: csrf, requireTwoFactor: '1' }, { cookie })).status, 403);
  }
  const home = await (await get('/desk', viewer)).text();
  assert.doesNotMatch(home, /href="\/desk\/users"/, 'no link to what the role cannot open');
});

test('every /desk route without a session answers 303 to sign-in; the public site serves no desk page', async () => {
  const open = new Set(['/sign-in', '/setup', '/assets/:file', '/sign-in/two-factor', '/sign-out']);
  const routes = deskRoutes(t.db, config).routes.filter((r) => r.method !== 'ALL');
  assert.ok(routes.length >= 15, `${routes.length} routes`);
  let checked = 0;
  for (const r of routes) {
    const rel = r.path.replace(/^\/desk/, '') || '/';
    if (open.has(rel)) continue;
    const path = '/desk' + (rel === '/' ? '' : rel.replace(/:[a-z]+/g, '1'));
    const res = r.method === 'GET' ? await get(path) : await post(path, { _csrf: 'x' });
    assert.equal(res.status, 303, `${r.method} ${path}`);
    assert.match(res.headers.get('location') ?? '', /^\/desk\/sign-in/, `${r.method} ${path}`);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    checked++;
  }
  assert.ok(checked >= 12);
  // the pages open before sign-in say noindex and are never kept
  const signInPage = await get('/desk/sign-in');
  assert.equal(signInPage.headers.get('cache-control'), 'no-store');
  assert.match(signInPage.headers.get('x-robots-tag') ?? '', /noindex/);
  assert.match(signInPage.headers.get('content-security-policy') ?? '', /script-src 'none'/);
  assert.match(await signInPage.text(), /<meta name="robots" content="noindex/);
  // an unknown desk address, and the sign-out without a session, go to sign-in too
  assert.equal((await get('/desk/no-such-page')).status, 303);
  assert.equal((await post('/desk/sign-out', {})).status, 303);
  // API-style routes answer 401
  const api = await get('/desk/api/anything');
  assert.equal(api.status, 401);
  // no edition path, and no desk path through the site's own routes, shows the desk
  const cookie = await signedIn('ed@example.com', 'editor');
  for (const p of ['/en/desk', '/ko/desk/', '/desk.html', '/en/desk/account']) {
    const res = await get(p, cookie);
    assert.notEqual(res.status, 200, p);
    assert.doesNotMatch(await res.text(), /Newsroom desk|_csrf/, p);
  }
});

test('two-factor sign-in with an authenticator code, and the admins\' rule that requires it', async () => {
  const cookie = await signedIn('ed@example.com', 'editor');
  const enrol = await (await get('/desk/account/two-factor', cookie)).text();
  const uri = /otpauth:\/\/totp\/[^<"]+/.exec(enrol)?.[0];
  assert.ok(uri, 'the otpauth:// address is shown as text');
  const [{ totp_secret: secret }] = await t.db.query("SELECT totp_secret FROM users WHERE email = 'ed@example.com'");
  assert.match(enrol, new RegExp(secret.slice(0, 4)));
  const csrf = await csrfOf(cookie, '/desk/account');
  assert.equal((await post('/desk/account/two-factor', { _csrf: csrf, code: '000000' === totpCode(secret, clock) ? '111111' : '000000' }, { cookie })).status, 400);
  assert.equal((await post('/desk/account/two-factor', { _csrf: csrf, code: totpCode(secret, clock) }, { cookie })).status, 200);

  const half = await signIn('ed@example.com');
  assert.equal(half.status, 303);
  assert.match(half.headers.get('location')!, /^\/desk\/sign-in\/two-factor/);
  const pending = sessionCookie(half);
  assert.equal((await get('/desk', pending)).headers.get('location'), '/desk/sign-in/two-factor', 'nothing opens before the code');
  const form = await (await get('/desk/sign-in/two-factor', pending)).text();
  const pendingCsrf = /name="_csrf" value="([^"]+)"/.exec(form)![1];
  assert.equal((await post('/desk/sign-in/two-factor', { _csrf: pendingCsrf, code: 'abcdef' }, { cookie: pending })).status, 401);
  assert.equal((await post('/desk/sign-in/two-factor', { code: totpCode(secret, clock) }, { cookie: pending })).status, 403, 'no CSRF token');
  assert.equal((await post('/desk/sign-in/two-factor', { _csrf: pendingCsrf, code: totpCode(secret, clock) }, { cookie: pending })).status, 303);
  assert.equal((await get('/desk', pending)).status, 200);

  // an admin requires two-factor for everyone: a person without it can only reach their account
  const viewer = await signedIn('view@example.com', 'viewer');
  await putSetting(t.db, requireTwoFactorKey, true);
  const sent = await get('/desk', viewer);
  assert.equal(sent.status, 303);
  assert.equal(sent.headers.get('location'), '/desk/account/two-factor');
  assert.equal((await get('/desk/account/two-factor', viewer)).status, 200);
  assert.equal((await get('/desk', pending)).status, 200, 'enrolled staff go on');
});

test('the audit log: desk and CLI actions are rows that cannot be changed or removed', async () => {
  const cookie = await signedIn('chief@example.com', 'admin');
  const csrf = await csrfOf(cookie);
  await post('/desk/users', { _csrf: csrf, email: 'ed@example.com', role: 'editor' }, { cookie });
  const [ed] = await t.db.query<{ id: number }>("SELECT id::int AS id FROM users WHERE email = 'ed@example.com'");
  await post(`/desk/users/${ed.id}/role`, { _csrf: csrf, role: 'viewer' }, { cookie });
  const lockout = await post('/desk/users/settings', { _csrf: csrf, requireTwoFactor: '1' }, { cookie });
  assert.equal(lockout.status, 400, 'an admin without two-factor cannot require it of everyone');
  assert.match(await lockout.text(), /for your own account first/);
  await post('/desk/users/settings', { _csrf: csrf }, { cookie });
  const rows = await auditPage(t.db, { limit: 10 });
  assert.deepEqual(rows.map((r) => r.action), ['setting.set', 'user.set-role', 'user.add', 'session.sign-in']);
  assert.deepEqual([rows[1].before, rows[1].after], [{ role: 'editor' }, { role: 'viewer' }]);
  assert.ok(rows.every((r) => r.actor === 'chief@example.com' && r.via === 'desk'));
  const page = await (await get('/desk/audit', cookie)).text();
  assert.match(page, /user\.set-role/);
  assert.ok(page.indexOf('setting.set') < page.indexOf('user.add'), 'newest first');
  // paging
  for (let i = 0; i < 55; i++) await post('/desk/users/settings', { _csrf: csrf }, { cookie });
  const first = await (await get('/desk/audit', cookie)).text();
  const older = /href="(\/desk\/audit\?before=\d+)"/.exec(first)?.[1];
  assert.ok(older);
  assert.match(await (await get(older.replace('&amp;', '&'), cookie)).text(), /session\.sign-in/);

  await assert.rejects(t.db.query("UPDATE audit_log SET actor = 'someone else'"), /insert-only/);
  await assert.rejects(t.db.query('DELETE FROM audit_log'), /insert-only/);
  await assert.rejects(t.db.query('TRUNCATE audit_log'), /insert-only/);
  assert.equal((await auditPage(t.db, { limit: 100 })).length, 59);
});

test('desk pages in ko, en and ja by the browser\'s language or the person\'s choice; render time', async () => {
  const cookie = await signedIn('chief@example.com', 'admin');
  const page = async (lang: string) => (await request('/desk/account', { headers: { cookie, 'accept-language': lang } })).text();
  assert.match(await page('ko-KR,ko;q=0.9'), /<html lang="ko">[\s\S]*내 계정/);
  assert.match(await page('ja'), /<html lang="ja">[\s\S]*アカウント/);
  assert.match(await page('de, en;q=0.5'), /<html lang="en">[\s\S]*Your account/);
  const csrf = await csrfOf(cookie);
  assert.equal((await post('/desk/account/language', { _csrf: csrf, locale: 'ja' }, { cookie })).status, 303);
  assert.match(await page('ko'), /<html lang="ja">/, 'the person\'s choice wins');
  const css = /href="(\/desk\/assets\/desk\.[0-9a-f]+\.css)"/.exec(await page('en'))![1];
  const sheet = await get(css);
  assert.equal(sheet.status, 200);
  assert.match(sheet.headers.get('content-type')!, /text\/css/);

  // desk page render, uncached (every request renders): printed, not asserted
  for (const path of ['/desk', '/desk/account', '/desk/users', '/desk/audit']) {
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const start = performance.now();
      const res = await get(path, cookie);
      await res.text();
      times.push(performance.now() - start);
      assert.equal(res.status, 200);
    }
    times.sort((a, b) => a - b);
    console.log(`# desk render ${path}: p50 ${times[20].toFixed(1)} ms, p90 ${times[36].toFixed(1)} ms (${t.db.kind}, 40 requests)`);
  }
});
