// The demo corpus loads from local files with no network, and has the shape
// the issue asks for: languages, outlets, events, threads, a wire copy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, test } from 'node:test';
import { demoDir } from '../../src/pipeline/context.ts';
import { loadDemoIfEmpty } from '../../src/pipeline/demo.ts';
import { runAllStages, textStages } from '../../src/pipeline/stages.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

interface Label { url: string; outlet: string; lang: string; event: string; thread: string; wire?: string }
const labels: Label[] = JSON.parse(readFileSync(demoDir + 'labels.json', 'utf8'));

let t: TestDb;
beforeEach(async () => (t = await createTestDb()));
afterEach(() => t.drop());

test('the labels describe a corpus of the promised shape', () => {
  const count = (f: (l: Label) => string) => new Map(labels.map((l) => [f(l), labels.filter((m) => f(m) === f(l)).length]));
  const langs = count((l) => l.lang);
  for (const lang of ['ko', 'en', 'ja']) assert.ok((langs.get(lang) ?? 0) >= 15, `${lang}: ${langs.get(lang)}`);
  assert.ok(labels.length >= 60);
  assert.ok(count((l) => l.outlet).size >= 6);
  const events = count((l) => l.event);
  assert.ok(events.size >= 12);
  const threads = new Map<string, Set<string>>();
  for (const l of labels) threads.set(l.thread, (threads.get(l.thread) ?? new Set()).add(l.event));
  assert.ok([...threads.values()].some((evs) => evs.size >= 3), 'a thread of announcement, event, aftermath');
  assert.ok([...events.keys()].some((e) => new Set(labels.filter((l) => l.event === e).map((l) => l.lang)).size === 3), 'an event in all three languages');
  for (const l of labels) assert.equal(threads.get(l.thread)!.has(l.event), true);
  const eventThread = new Map(labels.map((l) => [l.event, l.thread]));
  for (const l of labels) assert.equal(eventThread.get(l.event), l.thread, 'each event in exactly one thread');
});

test('a first start loads the demo feeds from local files and ingests every report, the wire copy once', async () => {
  const nr = testNewsroom(t.db, { allowPrivateFetch: false });
  assert.equal(await loadDemoIfEmpty(t.db), true);
  assert.equal(await loadDemoIfEmpty(t.db), false, 'only into an empty database');
  const results = await runAllStages(nr, undefined, textStages);
  for (const r of Object.values(results)) assert.ok(!(r instanceof Error));
  const [poll, extract] = [results.poll, results.extract] as any[];
  assert.equal(poll.counts.sources_failed ?? 0, 0, JSON.stringify(poll.errors));
  assert.equal(extract.counts.failed ?? 0, 0, JSON.stringify(extract.errors));

  const items = await t.db.query<{ url: string; report_id: number; lang: string }>(
    'SELECT f.url, f.report_id, r.lang FROM feed_items f JOIN reports r ON r.id = f.report_id');
  assert.equal(items.length, labels.length);
  const byUrl = new Map(items.map((i) => [i.url, i]));
  for (const l of labels) {
    const item = byUrl.get(l.url);
    assert.ok(item, `labelled report ingested: ${l.url}`);
    assert.equal(item.lang, l.lang, `language of ${l.url}`);
  }
  const wires = new Map<string, Set<number>>();
  for (const l of labels.filter((l) => l.wire)) wires.set(l.wire!, (wires.get(l.wire!) ?? new Set()).add(byUrl.get(l.url)!.report_id));
  assert.ok(wires.size >= 1);
  for (const [wire, reports] of wires) assert.equal(reports.size, 1, `wire copy ${wire} is one report`);
  const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
  assert.equal(n, labels.length - [...wires.keys()].length);
});
