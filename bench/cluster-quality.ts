// npm run bench:cluster — clustering quality: B-cubed precision, recall and F1
// for events and for threads, per language and across languages, on the
// labeled evaluation set (bench/data, ≥ 2,000 generated reports with hard
// cases) and on the demo corpus. Target (issue 3): event F1 ≥ 0.90 in each
// language with lexical features alone. Issue 15 adds, for every set, the
// figures of its targets: multilingual events F1 ≥ 0.90, other-angle pairs
// kept together ≥ 0.9, look-alike pairs kept apart ≥ 0.95, thread F1 on
// follow-ups ≥ 0.85 (lexical features and the language-independent signature,
// no model).
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../src/ingest/charset.ts';
import { parseFeedDocument } from '../src/ingest/feed.ts';
import { htmlToText } from '../src/ingest/html-text.ts';
import { feedsFromOpml } from '../src/ingest/sources.ts';
import { Clusterer, type ClusterOptions } from '../src/stories/clusterer.ts';
import { bcubed, type BCubed } from './bcubed.ts';
import { generateEvalSetWithLabels } from './data/cluster-eval.ts';
import { machineLine } from './machine.ts';
import { memoryLine } from './memory-line.ts';

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

/**
 * Pairs of reports: of one event whose wording lexical features alone would
 * not join (their TF-IDF cosine, over the whole set, is under the join
 * threshold: another language, another angle), kept in one story; and of
 * different events of one look-alike group (same actor, another matter or
 * day), kept apart.
 */
export function pairFigures(reports: Labeled[], assigned: Array<{ story: number }>, groupOf: (r: Labeled) => string | undefined) {
  const lexical = new Clusterer({ signatureWeight: 0 });
  for (const r of reports) lexical.observe(lexical.vectorize(r));
  const vecs = reports.map((r) => lexical.vectorize(r));
  const cos = (i: number, j: number) => {
    const m = new Map(vecs[j].ids.map((id, k) => [id, vecs[j].weights[k]]));
    return vecs[i].ids.reduce((sum, id, k) => sum + vecs[i].weights[k] * (m.get(id) ?? 0), 0);
  };
  const byEvent = new Map<string, number[]>();
  reports.forEach((r, i) => byEvent.set(r.event, [...(byEvent.get(r.event) ?? []), i]));
  let angle = 0, angleTogether = 0, crossLanguage = 0;
  for (const idx of byEvent.values()) for (let a = 0; a < idx.length; a++) for (let b = a + 1; b < idx.length; b++) {
    const [i, j] = [idx[a], idx[b]];
    if (cos(i, j) >= lexical.opts.joinThreshold) continue;
    angle++;
    if (reports[i].lang !== reports[j].lang) crossLanguage++;
    if (assigned[i].story === assigned[j].story) angleTogether++;
  }
  const byGroup = new Map<string, number[]>();
  reports.forEach((r, i) => { const g = groupOf(r); if (g) byGroup.set(g, [...(byGroup.get(g) ?? []), i]); });
  let look = 0, lookApart = 0;
  for (const idx of byGroup.values()) for (let a = 0; a < idx.length; a++) for (let b = a + 1; b < idx.length; b++) {
    const [i, j] = [idx[a], idx[b]];
    if (reports[i].event === reports[j].event) continue;
    look++;
    if (assigned[i].story !== assigned[j].story) lookApart++;
  }
  return { angle, angleTogether, crossLanguage, look, lookApart };
}

function targets(reports: Labeled[], assigned: Array<{ story: number; thread: number }>, groupOf: (r: Labeled) => string | undefined, followup?: (r: Labeled) => boolean) {
  const langsOf = new Map<string, Set<string>>();
  for (const r of reports) langsOf.set(r.event, (langsOf.get(r.event) ?? new Set()).add(r.lang));
  const multi = score(reports, assigned, (r) => langsOf.get(r.event)!.size > 1);
  const p = pairFigures(reports, assigned, groupOf);
  const share = (a: number, n: number) => (n ? (a / n).toFixed(3) : 'n/a');
  console.log(`  targets (issue 15): multilingual events F1 ${multi.events.f1.toFixed(3)} (≥ 0.90, ${new Set(reports.filter((r) => langsOf.get(r.event)!.size > 1).map((r) => r.event)).size} events)` +
    ` | other-angle pairs kept together ${share(p.angleTogether, p.angle)} (≥ 0.9; ${p.angle} pairs of one event lexical features would not join, ${p.crossLanguage} across languages)` +
    ` | look-alike pairs kept apart ${share(p.lookApart, p.look)} (≥ 0.95; ${p.look} pairs)` +
    (followup ? ` | thread F1 on follow-ups ${score(reports, assigned, followup).threads.f1.toFixed(3)} (≥ 0.85)` : ''));
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
  const groupsOf = (s: typeof set) => {
    const group = new Map(s.events.map((e) => [e.id, e.group]));
    return (r: Labeled) => group.get(r.event);
  };
  const hard = set.hardCases;
  const started = performance.now();
  const assigned = runClusterer(evalReports);
  const ms = performance.now() - started;
  report('evaluation set (bench/data, seed 1: the thresholds were tuned on it), lexical features and signature', evalReports, assigned, {
    'look-alike events': (r) => hard[r.event] === 'lookalike',
    'follow-up events': (r) => hard[r.event] === 'followup',
    'paraphrased events': (r) => hard[r.event] === 'paraphrase',
    'wire copies': (r) => hard[r.event] === 'wire',
    'multilingual events': (r) => new Set(evalReports.filter((x) => x.event === r.event).map((x) => x.lang)).size > 1,
  });
  targets(evalReports, assigned, groupsOf(set), (r) => hard[r.event] === 'followup');
  console.log(`  (clustered in ${ms.toFixed(0)} ms)`);
  const lexicalOnly = runClusterer(evalReports, { signatureWeight: 0 });
  console.log('  the same, lexical features only (signatureWeight 0), as before issue 15:');
  for (const [g, fn] of Object.entries({ 'all languages together': () => true, 'multilingual events': (r: Labeled) => new Set(evalReports.filter((x) => x.event === r.event).map((x) => x.lang)).size > 1 })) {
    const s = score(evalReports, lexicalOnly, fn);
    console.log(`  ${g.padEnd(24)} events ${f(s.events)} | threads ${f(s.threads)}`);
  }
  targets(evalReports, lexicalOnly, groupsOf(set), (r) => hard[r.event] === 'followup');
  // The thresholds were tuned on seed 1; seed 2 is a set they never saw.
  const heldOut = generateEvalSetWithLabels({ seed: 2 });
  const heldOutAssigned = runClusterer(heldOut.reports);
  report('held-out evaluation set (seed 2, never used for tuning), lexical features and signature', heldOut.reports, heldOutAssigned, {
    'look-alike events': (r) => heldOut.hardCases[r.event] === 'lookalike',
    'follow-up events': (r) => heldOut.hardCases[r.event] === 'followup',
  });
  targets(heldOut.reports, heldOutAssigned, groupsOf(heldOut), (r) => heldOut.hardCases[r.event] === 'followup');
  const demo = demoCorpus();
  const demoAssigned = runClusterer(demo);
  report('demo corpus (demo/labels.json), lexical features and signature', demo, demoAssigned);
  targets(demo, demoAssigned, () => undefined);
  console.log('\nwith embeddings: absent — no multilingual embedding model is available on this machine, and a stand-in built from the set\'s own labels would not be a figure anyone could defend.');
  console.log(`\n${memoryLine()}`);
}
