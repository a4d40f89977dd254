// Self-check of the clustering evaluation set.
//
//   node --import tsx bench/data/check-eval.ts                 # statistics and checks
//   node --import tsx bench/data/check-eval.ts --sample        # plus sample reports of each kind
//   node --import tsx bench/data/check-eval.ts --seed 5 --size 4000
//
// Exits non-zero when a check fails.

import { buildEvalSet, lintTemplates, TYPES, THREAD_SCHEMAS, type EvalSet, type EvalReport, type HardCase } from './cluster-eval.ts';
import { getWorld } from './eval-world.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const seed = Number(opt('--seed') ?? 1);
const size = opt('--size') ? Number(opt('--size')) : undefined;
const sample = args.includes('--sample');

let failed = 0;
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed++;
};
const pctOf = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const H = 3600000;

const t0 = Date.now();
const set: EvalSet = buildEvalSet({ seed, size });
const ms = Date.now() - t0;
const { reports, events } = set;
const evById = new Map(events.map((e) => [e.id, e]));

console.log(`# Clustering evaluation set — seed ${seed}, ${reports.length} reports (built in ${ms} ms)\n`);

// ---------------------------------------------------------------- totals
const langs = ['ko', 'en', 'ja'] as const;
console.log('## Reports per language');
for (const L of langs) console.log(`  ${L}: ${reports.filter((r) => r.lang === L).length}`);
const threads = new Set(events.map((e) => e.thread));
console.log(`\n## Events and threads\n  events: ${events.length}\n  threads: ${threads.size} (of which multi-event: ${[...threads].filter((t) => events.filter((e) => e.thread === t).length > 1).length})`);
console.log(`  event types: ${TYPES.length} (${new Set(TYPES.map((t) => t.section)).size} sections), thread schemas: ${THREAD_SCHEMAS.length}`);
const w = getWorld();
console.log(`  named entities in the world: ${w.ents.size} (people ${w.byKind.get('person')!.length}), outlets: ${w.outlets.length}`);
const dates = reports.map((r) => r.publishedAt.getTime());
console.log(`  published from ${new Date(Math.min(...dates)).toISOString()} to ${new Date(Math.max(...dates)).toISOString()}`);

console.log('\n## Events per language');
for (const L of langs) {
  const main = events.filter((e) => e.langs[0] === L).length;
  const any = events.filter((e) => e.langs.includes(L)).length;
  console.log(`  ${L}: ${main} events with ${L} as main language, ${any} reported in ${L}`);
}
const multi = events.filter((e) => e.langs.length > 1).length;
console.log(`  reported in 2-3 languages: ${multi} (${pctOf(multi, events.length)}); in 3: ${events.filter((e) => e.langs.length === 3).length}`);

console.log('\n## Reports per event');
const hist = new Map<number, number>();
for (const e of events) hist.set(e.reports, (hist.get(e.reports) ?? 0) + 1);
console.log('  ' + [...hist.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v}`).join('  '));
console.log(`  single-report events: ${hist.get(1) ?? 0}; max reports for one event: ${Math.max(...hist.keys())}`);

console.log('\n## Sections');
const bySection = new Map<string, number>();
for (const e of events) bySection.set(e.section, (bySection.get(e.section) ?? 0) + 1);
console.log('  ' + [...bySection.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));

// ---------------------------------------------------------------- hard cases
console.log('\n## Hard cases (events: by scenario | with the tag; reports in tagged events)');
const cats: HardCase[] = ['lookalike', 'followup', 'wire', 'paraphrase'];
const repByEvent = new Map<string, EvalReport[]>();
for (const r of reports) { if (!repByEvent.has(r.event)) repByEvent.set(r.event, []); repByEvent.get(r.event)!.push(r); }
for (const c of cats) {
  const primary = Object.values(set.hardCases).filter((x) => x === c).length;
  const tagged = events.filter((e) => e.hard.includes(c));
  const nRep = tagged.reduce((a, e) => a + e.reports, 0);
  console.log(`  ${c.padEnd(10)} ${String(primary).padStart(4)} events (${pctOf(primary, events.length)}) | ${String(tagged.length).padStart(4)} tagged | ${nRep} reports`);
  check(primary >= events.length * 0.095, `${c}: at least ~10% of events built as this hard case`);
}
const groups = new Set(events.filter((e) => e.group).map((e) => e.group));
console.log(`  look-alike groups: ${groups.size}; follow-up threads: ${new Set(events.filter((e) => e.hard.includes('followup')).map((e) => e.thread)).size}`);
const wires = new Map<string, EvalReport[]>();
for (const r of reports) if (r.wire) { if (!wires.has(r.wire)) wires.set(r.wire, []); wires.get(r.wire)!.push(r); }
console.log(`  wire groups: ${wires.size}, copies per group: ${[...new Set([...wires.values()].map((g) => g.length))].sort().join('/')}`);
const plainEvents = events.filter((e) => !e.hard.length).length;
console.log(`  ordinary events: ${plainEvents} (${pctOf(plainEvents, events.length)})`);

// ---------------------------------------------------------------- checks
console.log('\n## Checks');
check(reports.length >= (size ?? 2400), `at least ${size ?? 2400} reports`);
for (const L of langs) check(reports.filter((r) => r.lang === L).length >= (size ? size * 0.27 : 700), `at least ${size ? Math.round(size * 0.27) : 700} ${L} reports`);
check(new Set(reports.map((r) => r.id)).size === reports.length, 'report ids are unique');
check(reports.every((r, i) => i === 0 || reports[i - 1].publishedAt.getTime() < r.publishedAt.getTime() || (reports[i - 1].publishedAt.getTime() === r.publishedAt.getTime() && reports[i - 1].id < r.id)), 'reports sorted by publishedAt, ties by id');
check(reports.every((r) => evById.has(r.event) && evById.get(r.event)!.thread === r.thread), 'every report\'s event exists and carries the report\'s thread');
const threadOf = new Map<string, Set<string>>();
for (const r of reports) { if (!threadOf.has(r.event)) threadOf.set(r.event, new Set()); threadOf.get(r.event)!.add(r.thread); }
check([...threadOf.values()].every((s) => s.size === 1), 'each event is in exactly one thread');
let orderOk = true;
for (const t of threads) {
  const evs = events.filter((e) => e.thread === t);
  for (let i = 1; i < evs.length; i++) {
    const gapDays = (evs[i].at.getTime() - evs[i - 1].at.getTime()) / (24 * H);
    if (!(gapDays >= 0.5 && gapDays <= 8)) orderOk = false;
    const firstPrev = Math.min(...repByEvent.get(evs[i - 1].id)!.map((r) => r.publishedAt.getTime()));
    const firstThis = Math.min(...repByEvent.get(evs[i].id)!.map((r) => r.publishedAt.getTime()));
    if (firstThis <= firstPrev) orderOk = false;
  }
}
check(orderOk, "each thread's events are in time order, 1-7 days apart, and first reported in that order");
let spreadOk = true;
for (const [, rs] of repByEvent) {
  const ts = rs.map((r) => r.publishedAt.getTime());
  if (Math.max(...ts) - Math.min(...ts) > 40 * H) spreadOk = false;
}
check(spreadOk, 'reports of one event fall within ~36 hours of each other');
check(reports.every((r) => { const n = r.body.split('\n\n').length; return n >= 3 && n <= 6; }), 'every body has 3-6 paragraphs');
check(reports.every((r) => r.title.length > 0 && !/[{}]/.test(r.title + r.body)), 'no empty title, no unfilled template slot');
check([...wires.values()].every((g) => g.length >= 2 && g.length <= 3 && new Set(g.map((r) => r.event)).size === 1 && new Set(g.map((r) => r.outlet)).size === g.length), 'wire groups: 2-3 copies of one event by different outlets');
check([...wires.values()].every((g) => { const tail = (r: EvalReport) => r.body.split('\n\n').slice(1, 3).join('\n\n'); return g.every((r) => tail(r) === tail(g[0])); }), 'wire copies share their body text verbatim (beyond the first line)');
let sameOutletTwice = 0;
for (const [, rs] of repByEvent) if (new Set(rs.map((r) => r.outlet)).size !== rs.length) sameOutletTwice++;
check(sameOutletTwice === 0, 'no outlet reports one event twice');
const lints = lintTemplates();
check(lints.length === 0, `every template of every type fills in every language (${lints.length} problems)`);
for (const l of lints.slice(0, 20)) console.log('     ' + l);
// paraphrases: reports of one event should rarely share a sentence
let shared = 0, pairs = 0;
for (const e of events.filter((x) => x.hard.includes('paraphrase'))) {
  const rs = repByEvent.get(e.id)!.filter((r) => r.lang === e.langs[0]);
  for (let i = 0; i < rs.length; i++) for (let j = i + 1; j < rs.length; j++) {
    pairs++;
    const lead = (r: EvalReport) => r.body.split('\n\n')[0].replace(/^.*?(—|–|=) /, '');
    if (lead(rs[i]) === lead(rs[j])) shared++;
  }
}
console.log(`     paraphrase report pairs with an identical first paragraph: ${shared} of ${pairs}`);
// how much sentence text reports of one event share (same language): lower means harder to match lexically
const sentences = (r: EvalReport) => r.body.split(/\n\n|(?<=[.。])\s*/).map((x) => x.trim()).filter((x) => x.length > 8);
const overlap = (filter: (e: (typeof events)[number]) => boolean) => {
  let sh = 0, tot = 0;
  for (const e of events.filter(filter)) {
    const rs = repByEvent.get(e.id)!.filter((r) => r.lang === e.langs[0] && !r.wire);
    if (rs.length < 2) continue;
    for (const r of rs) {
      const others = new Set(rs.filter((x) => x !== r).flatMap(sentences));
      for (const x of sentences(r)) { tot++; if (others.has(x)) sh++; }
    }
  }
  return tot ? pctOf(sh, tot) : 'n/a';
};
console.log(`     sentences also found in another report of the same event: ordinary events ${overlap((e) => !e.hard.length)}, paraphrase events ${overlap((e) => e.hard.includes('paraphrase'))}`);

const again = buildEvalSet({ seed, size });
check(JSON.stringify(again) === JSON.stringify(set), 'deterministic: a second build with the same seed is byte-identical');
const other = buildEvalSet({ seed: seed + 1, size });
check(JSON.stringify(other.reports.slice(0, 50)) !== JSON.stringify(set.reports.slice(0, 50)), 'a different seed gives a different set');

// ---------------------------------------------------------------- samples
if (sample) {
  const show = (r: EvalReport, bodyLines = 99) => {
    const e = evById.get(r.event)!;
    console.log(`\n--- ${r.id} [${r.lang}] ${r.outlet} · ${r.publishedAt.toISOString()} · event ${r.event} (${e.type}) · thread ${r.thread}${r.wire ? ` · wire ${r.wire}` : ''}`);
    console.log(`    ${r.title}`);
    for (const p of r.body.split('\n\n').slice(0, bodyLines)) console.log(`    | ${p}`);
  };
  const pickEvery = <T,>(xs: T[], n: number) => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / n)) === 0).slice(0, n);
  for (const L of langs) {
    console.log(`\n\n======== samples: ordinary ${L} reports`);
    for (const r of pickEvery(reports.filter((x) => x.lang === L && !evById.get(x.event)!.hard.length), 3)) show(r);
  }
  console.log('\n\n======== look-alike group (same principal actor, different events and threads)');
  for (const g of pickEvery([...groups], 2)) {
    console.log(`\n## group ${g}`);
    for (const e of events.filter((x) => x.group === g)) show(repByEvent.get(e.id)![0], 2);
  }
  console.log('\n\n======== follow-up thread (one report per event)');
  const fthreads = [...new Set(events.filter((e) => e.hard.includes('followup')).map((e) => e.thread))];
  for (const t of pickEvery(fthreads, 2)) {
    console.log(`\n## thread ${t}`);
    for (const e of events.filter((x) => x.thread === t)) show(repByEvent.get(e.id)![0], 2);
  }
  console.log('\n\n======== wire copies');
  for (const [wid, g] of pickEvery([...wires.entries()], 2)) { console.log(`\n## wire ${wid}`); for (const r of g) show(r); }
  console.log('\n\n======== paraphrase (one event, several outlets)');
  for (const e of pickEvery(events.filter((x) => x.hard.includes('paraphrase') && x.reports >= 3), 2)) {
    console.log(`\n## event ${e.id} (${e.type})`);
    for (const r of repByEvent.get(e.id)!.slice(0, 3)) show(r);
  }
  console.log('\n\n======== multi-language event');
  const ml = events.find((e) => e.langs.length === 3 && e.reports >= 4);
  if (ml) for (const L of ml.langs) show(repByEvent.get(ml.id)!.find((r) => r.lang === L)!, 2);
}

console.log(`\n${failed ? `${failed} check(s) FAILED` : 'all checks passed'}`);
process.exit(failed ? 1 : 0);
