// npm run bench:cluster — clustering quality: B-cubed precision, recall and F1
// for events and for threads, per language and across languages, on the
// labeled evaluation set (bench/data, ≥ 2,000 generated reports with hard
// cases) and on the demo corpus. Target (issue 3): event F1 ≥ 0.90 in each
// language with lexical features alone.
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../src/ingest/charset.ts';
import { parseFeedDocument } from '../src/ingest/feed.ts';
import { htmlToText } from '../src/ingest/html-text.ts';
import { feedsFromOpml } from '../src/ingest/sources.ts';
import { Clusterer, type ClusterOptions } from '../src/stories/clusterer.ts';
import { bcubed, type BCubed } from './bcubed.ts';
import { generateEvalSetWithLabels } from './data/cluster-eval.ts';
import { machineLine } from './machine.ts';

export interface Labeled {
  lang: string;
  title: string;
  body: string;
  publishedAt: Date;
  event: string;
  thread: string;
  embedding?: number[];
}

/** Cluster in publication order; each report's story and thread. */
export function runClusterer(reports: Labeled[], opts: Partial<ClusterOptions> = {}) {
  const c = new Clusterer(opts);
  let next = 1;
  return reports.map((r) => c.place(r, () => next++));
}

export function score(reports: Labeled[], assigned: Array<{ story: number; thread: number }>, subset: (r: Labeled) => boolean) {
  const idx = reports.map((_, i) => i).filter((i) => subset(reports[i]));
  return {
    events: bcubed(idx.map((i) => assigned[i].story), idx.map((i) => reports[i].event)),
    threads: bcubed(idx.map((i) => assigned[i].thread), idx.map((i) => reports[i].thread)),
  };
}

const f = (b: BCubed) => `P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}`;

function report(name: string, reports: Labeled[], assigned: Array<{ story: number; thread: number }>, extra: Record<string, (r: Labeled) => boolean> = {}) {
  console.log(`\n${name}: ${reports.length} reports, ${new Set(reports.map((r) => r.event)).size} events, ${new Set(reports.map((r) => r.thread)).size} threads`);
  const groups: Record<string, (r: Labeled) => boolean> = {
    ko: (r) => r.lang === 'ko', en: (r) => r.lang === 'en', ja: (r) => r.lang === 'ja', 'all languages together': () => true, ...extra,
  };
  const out: Record<string, ReturnType<typeof score>> = {};
  for (const [g, fn] of Object.entries(groups)) {
    const s = (out[g] = score(reports, assigned, fn));
    console.log(`  ${g.padEnd(24)} events ${f(s.events)} | threads ${f(s.threads)}  (${s.events.items} reports)`);
  }
  return out;
}

export function demoCorpus(): Labeled[] {
  const demo = new URL('../demo/', import.meta.url);
  const labels: Array<{ url: string; lang: string; event: string; thread: string }> = JSON.parse(readFileSync(new URL('labels.json', demo), 'utf8'));
  const byUrl = new Map(labels.map((l) => [l.url, l]));
  const out: Labeled[] = [];
  for (const feed of feedsFromOpml(readFileSync(new URL('demo.opml', demo), 'utf8'), demo.toString())) {
    const parsed = parseFeedDocument(decodeBytes(readFileSync(new URL(feed.url))).text);
    for (const e of parsed.entries) {
      const l = byUrl.get(e.url!)!;
      out.push({ lang: l.lang, title: e.title, body: htmlToText(e.content ?? e.summary ?? ''), publishedAt: e.publishedAt!, event: l.event, thread: l.thread });
    }
  }
  return out.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(machineLine());
  const set = generateEvalSetWithLabels({ seed: 1 });
  const evalReports: Labeled[] = set.reports;
  const hard = set.hardCases;
  const started = performance.now();
  const assigned = runClusterer(evalReports);
  const ms = performance.now() - started;
  report('evaluation set (bench/data, seed 1: the thresholds were tuned on it), lexical features only', evalReports, assigned, {
    'look-alike events': (r) => hard[r.event] === 'lookalike',
    'follow-up events': (r) => hard[r.event] === 'followup',
    'paraphrased events': (r) => hard[r.event] === 'paraphrase',
    'wire copies': (r) => hard[r.event] === 'wire',
    'multilingual events': (r) => new Set(evalReports.filter((x) => x.event === r.event).map((x) => x.lang)).size > 1,
  });
  console.log(`  (clustered in ${ms.toFixed(0)} ms)`);
  // The thresholds were tuned on seed 1; seed 2 is a set they never saw.
  const heldOut = generateEvalSetWithLabels({ seed: 2 });
  report('held-out evaluation set (seed 2, never used for tuning), lexical features only', heldOut.reports, runClusterer(heldOut.reports));
  const demo = demoCorpus();
  report('demo corpus (demo/labels.json), lexical features only', demo, runClusterer(demo));
  console.log('\nwith embeddings: absent — no multilingual embedding model is available on this machine, and a stand-in built from the set\'s own labels would not be a figure anyone could defend.');
}
