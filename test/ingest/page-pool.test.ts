import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { PagePool } from '../../src/ingest/page-pool.ts';

const page = (title: string) =>
  new TextEncoder().encode(`<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${`<p>A sentence of the article about ${title}, long enough for the reader to keep it as the body. </p>`.repeat(12)}</article></body></html>`);

test('page workers are ended when idle and started again for the next page', async () => {
  const pool = new PagePool(1, 50);
  try {
    const first = await pool.extract(page('Harbour reopens'), 'text/html; charset=utf-8', 'https://example.org/a');
    assert.match(first?.paragraphs.join(' ') ?? '', /Harbour reopens/);
    assert.equal(pool.running, 1);
    for (let i = 0; i < 200 && pool.running > 0; i++) await sleep(20);
    assert.equal(pool.running, 0, 'the idle worker was not ended');
    const second = await pool.extract(page('Bridge closes'), 'text/html; charset=utf-8', 'https://example.org/b');
    assert.match(second?.paragraphs.join(' ') ?? '', /Bridge closes/);
    assert.equal(pool.running, 1);
  } finally {
    await pool.close();
  }
});
