// The plain index in a real browser: Debian's Chromium through playwright-core.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { runAllStages } from '../../src/pipeline/stages.ts';
import { addSource } from '../../src/ingest/sources.ts';
import { createApp } from '../../src/web/app.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { articleHtml, rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

let t: TestDb;
let feeds: TestServer;
let browser: Browser;
let site: ReturnType<typeof serve>;
let base: string;

before(async () => {
  t = await createTestDb();
  feeds = await startServer((req, res) => {
    res.setHeader('content-type', 'application/rss+xml');
    res.end(rss([
      { guid: 'k', title: '포트미어 항만 다리 개통', link: `http://${req.headers.host}/k`, content: '<p>가상의 도시 포트미어에서 새 항만 다리가 23일 개통했다.</p><p>시장은 물류 시간이 절반으로 줄 것이라고 말했다.</p>' },
      { guid: 'e', title: 'Harbour bridge opens in Portmere', link: `http://${req.headers.host}/e`, content: articleHtml('Harbour bridge') },
    ]));
  });
  await addSource(t.db, { url: `${feeds.url}/feed`, name: 'Loopback Daily' });
  await runAllStages(testNewsroom(t.db));
  site = serve({ fetch: createApp(t.db).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => site.once('listening', r));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.NEWSROOM_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
  site?.close();
  await feeds?.close();
  await t?.drop();
});

test('the index shows the stories, the ingested reports, the sources and the pipeline runs', async () => {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const res = await page.goto(base + '/');
  assert.equal(res?.status(), 200);
  assert.equal(await page.title(), 'Newsroom — latest stories');
  assert.equal(await page.locator('#stories + ol li').count(), 2, 'one event in two languages is two stories without an embeddings provider');
  const titles = await page.locator('#reports + ol li a').allTextContents();
  assert.deepEqual(titles.sort(), ['Harbour bridge opens in Portmere', '포트미어 항만 다리 개통']);
  assert.equal(await page.locator('#reports + ol li[lang="ko"]').count(), 1);
  assert.match(await page.locator('#sources + table').innerText(), /Loopback Daily/);
  assert.match(await page.locator('#runs + table').innerText(), /cluster/);
  assert.ok(requests.every((u) => u.startsWith(base)), `only the site itself is requested: ${requests}`);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/index.png', fullPage: true });
  await page.close();
});
