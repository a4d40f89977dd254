// Random and hostile requests through the whole app, in-process, seeded: no
// 5xx, no Location off the site, no input reflected as markup.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { createApp } from '../../src/web/app.ts';
import { isSameSiteLocation } from '../../src/web/safe-path.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig } from '../helpers/newsroom.ts';

let t: TestDb;
let app: ReturnType<typeof createApp>;
const config = testConfig();
const origin = new URL(config.siteUrl).origin;

before(async () => {
  t = await createTestDb();
  await seedDemoSite(t.db);
  app = createApp(t.db, config);
});
after(() => t.drop());

// markup that must never come back as markup, whatever field it is put in
const probe = '<img src=x onerror=nrprobe()>';
const hostile = fc.constantFrom(
  probe, '"><svg onload=nrprobe()>', '%00', '%01', '%09', '%0d%0a', '%7f', '%c0%af', '%e2%80%ae', '%ff', '%', '%%', '..', '../..',
  '//evil.example', '/\\evil.example', '\\\\evil', 'javascript:alert(1)', '9223372036854775808', '-1', '0', '1e999', '𝔘', '한국어', 'ﾃｽﾄ',
  'a'.repeat(5000),
);
const segment = fc.oneof(hostile, fc.string({ maxLength: 30 }).map(encodeURIComponent), fc.constantFrom('en', 'ko', 'ja', 'articles', 'stories', 'sections', 'search', 'edition', 'api', 'v1', 'feed.xml', 'status', 'media', '1', '2'));
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => '/' + s.join('/'));
const query = fc.array(fc.tuple(fc.constantFrom('to', 'q', 'page', 'x', 'edition', 'limit', 'id', 'lang'), fc.oneof(hostile, fc.string({ maxLength: 20 }))), { maxLength: 3 })
  .map((kv) => (kv.length ? '?' + kv.map(([k, v]) => `${k}=${/^%|^[\w.-]*$/.test(v) ? v : encodeURIComponent(v)}`).join('&') : ''));
const headerValue = fc.oneof(hostile, fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')));
const headers = fc.record({
  cookie: fc.oneof(headerValue, fc.constantFrom('nr_consent=yes', 'nr_consent=no', 'nr_edition=ja', 'nr_edition=%00', 'nr_consent=' + probe.replace(/[ ;]/g, ''))),
  'accept-language': fc.oneof(headerValue, fc.constantFrom('ko-KR,ko;q=0.9', '*;q=0', 'ja;q=abc', 'en;q=1e999')),
  'if-none-match': headerValue,
  referer: headerValue,
  'user-agent': headerValue,
}, { requiredKeys: [] });

function requestOf(method: string, url: string, h: Record<string, string>, body?: string): Request | undefined {
  try {
    return new Request(origin + url, { method, headers: h, body });
  } catch {
    return undefined; // not a request a client could send (the URL or a header is invalid on the wire)
  }
}

async function check(req: Request, input: string) {
  const res = await app.request(req);
  const text = await res.text();
  assert.ok(res.status < 500, `${req.method} ${req.url} → ${res.status}: ${text.slice(0, 200)}`);
  const location = res.headers.get('location');
  if (location !== null) assert.ok(isSameSiteLocation(location, origin), `${req.url} → Location ${location}`);
  if (input.includes(probe) || input.includes(encodeURIComponent(probe))) assert.ok(!text.includes(probe), `${req.url} reflects markup`);
  assert.ok(!text.includes('<svg onload=nrprobe'), `${req.url} reflects markup`);
}

test('random and hostile GET requests: no 5xx, no off-site redirect, no reflected markup', async () => {
  await fc.assert(
    fc.asyncProperty(path, query, headers, async (p, q, h) => {
      const req = requestOf('GET', p + q, h as Record<string, string>);
      fc.pre(req !== undefined);
      await check(req!, p + q + JSON.stringify(h));
    }),
    { seed: 20261203, numRuns: 250 },
  );
});

test('random and hostile forms posted to the cookie notice: no 5xx, no off-site redirect', async () => {
  const body = fc.oneof(
    fc.record({ choice: fc.oneof(fc.constantFrom('accept', 'decline', 'reset'), headerValue), back: fc.oneof(hostile, path) }).map((f) => new URLSearchParams(f).toString()),
    fc.string({ maxLength: 200 }),
    fc.constant('--b\r\nContent-Disposition: form-data; name="choice"\r\n\r\naccept'),
  );
  const type = fc.constantFrom('application/x-www-form-urlencoded', 'multipart/form-data; boundary=b', 'multipart/form-data', 'text/plain', 'application/json', '');
  const from = fc.constantFrom(origin, 'https://evil.example', 'null', '');
  await fc.assert(
    fc.asyncProperty(body, type, from, headers, async (b, ty, o, h) => {
      const all: Record<string, string> = { ...(h as Record<string, string>) };
      if (ty) all['content-type'] = ty;
      if (o) all.origin = o;
      const req = requestOf('POST', '/consent', all, b);
      fc.pre(req !== undefined);
      await check(req!, b);
    }),
    { seed: 20261203, numRuns: 150 },
  );
});
