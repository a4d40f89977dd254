// The guards every response goes through, in-process: headers, limits,
// forged forms, cache keys and path ids.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { createApp } from '../../src/web/app.ts';
import { unsafeResponse } from '../../src/web/guard.ts';
import { PageCache } from '../../src/web/page-cache.ts';
import { safeLocalPath } from '../../src/web/safe-path.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig } from '../helpers/newsroom.ts';

let t: TestDb;
beforeEach(async () => (t = await createTestDb()));
afterEach(() => t.drop());

test('every response carries the security headers, error pages and the API included', async () => {
  const app = createApp(t.db, testConfig());
  for (const path of ['/en/', '/no-such-page', '/api/v1/articles', '/healthz', '/robots.txt']) {
    const res = await app.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"]) {
      assert.ok(csp.includes(directive), `${path}: ${directive} in ${csp}`);
    }
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
    assert.match(res.headers.get('permissions-policy') ?? '', /camera=\(\)/, path);
    assert.match(res.headers.get('x-request-id') ?? '', /^[\w-]+$/, path);
    assert.equal(res.headers.get('strict-transport-security'), null, 'no HSTS over http');
  }
  const https = await createApp(t.db, testConfig({ siteUrl: 'https://news.example' })).request('/en/');
  assert.match(https.headers.get('strict-transport-security') ?? '', /max-age=\d+/);
});

test('another site cannot answer the cookie notice for a reader', async () => {
  const app = createApp(t.db, testConfig());
  const post = (headers: Record<string, string>, body: BodyInit = new URLSearchParams({ choice: 'accept', back: '/en/' })) =>
    app.request('http://localhost/consent', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
  const forged: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }, {}];
  for (const headers of forged) {
    const res = await post(headers);
    assert.equal(res.status, 403, JSON.stringify(headers));
    assert.equal(res.headers.get('set-cookie'), null);
  }
  const ok = await post({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' });
  assert.equal(ok.status, 303);
  assert.match(ok.headers.get('set-cookie') ?? '', /nr_consent=yes/);
  // garbage multipart and other content types are the client's error, not the server's
  const garbage = await app.request('http://localhost/consent', {
    method: 'POST', body: '--x\r\nnonsense', headers: { 'content-type': 'multipart/form-data; boundary=x', origin: 'http://localhost' },
  });
  assert.equal(garbage.status, 400);
  const json = await app.request('http://localhost/consent', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', origin: 'http://localhost' } });
  assert.equal(json.status, 415);
});

test('unknown query parameters reuse the cached page; huge ids are not found, not a server error', async () => {
  await seedDemoSite(t.db);
  const cache = new PageCache();
  const app = createApp(t.db, testConfig(), { cache });
  const first = await app.request('/en/');
  assert.equal(first.status, 200);
  const size = cache.size;
  for (let i = 0; i < 20; i++) assert.equal((await app.request(`/en/?x=${i}&utm_source=${i}`)).status, 200);
  assert.equal(cache.size, size, 'no new copies');
  for (const path of ['/en/articles/9223372036854775808', '/en/articles/99999999999999999999999', '/en/stories/9223372036854775808', '/en/articles/0', '/en/articles/007']) {
    assert.equal((await app.request(path)).status, 404, path);
  }
});

test('a response that would carry an unsendable header or leave the site is refused', () => {
  const own = 'http://localhost:3000';
  assert.match(unsafeResponse(new Response(null, { status: 302, headers: { location: '/\x01' } }), own) ?? '', /cannot be sent/);
  assert.match(unsafeResponse(new Response(null, { status: 302, headers: { location: 'https://evil.example/' } }), own) ?? '', /off the site/);
  assert.match(unsafeResponse(new Response(null, { status: 302, headers: { location: '//evil.example/' } }), own) ?? '', /off the site/);
  assert.equal(unsafeResponse(new Response(null, { status: 302, headers: { location: '/en/' } }), own), undefined);
  assert.equal(unsafeResponse(new Response(null, { status: 302, headers: { location: `${own}/en/` } }), own), undefined);
  for (const raw of ['/\t/evil', '/\n/evil', '/\\evil', '//evil', '/\x7f', 'https://evil.example']) assert.equal(safeLocalPath(raw, '/'), '/', JSON.stringify(raw));
});
