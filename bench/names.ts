// npm run bench:names — names across the site, with no model:
// 1. name detection (src/text/names.ts) on the hand-labeled sets in
//    bench/data/names/{ko,en,ja}.jsonl (and, for ja, bench/data/names/dev-wire/): precision and recall of the names
//    found per line (exact surface form), per language; type accuracy on the
//    names found. Target precision ≥ 0.95, recall ≥ 0.85. The held-out set
//    bench/data/names/heldout/ and the Japanese wire-style set bench/data/names/wire/
//    are reported beside it; rules are never tuned on them.
// 2. variant matching (src/text/variants.ts) on the hand-written pairs in
//    bench/data/name-variants/pairs.jsonl: per class, the share of
//    same-name pairs recognised and of different-name pairs told apart.
// 3. spellings printed (see bench/names-site.ts, run by this script): on the
//    demo corpus and on a multi-outlet corpus whose outlets disagree on
//    spellings, the entities printed with more than one spelling across an
//    edition's published articles, and non-standard spellings printed.
// VERBOSE=1 lists every miss.
import fs from 'node:fs';
import { loadJapanese } from '../src/text/japanese.ts';
import { detectNames } from '../src/text/names.ts';
import { variantClass } from '../src/text/variants.ts';
import { machineLine } from './machine.ts';

const verbose = !!process.env.VERBOSE;
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  —  ');
const readJsonl = <T>(path: string): T[] =>
  fs.existsSync(path) ? fs.readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T) : [];

console.log(machineLine());
await loadJapanese();

// ——— 1. detection ———
interface Labeled { text: string; names: Array<{ name: string; type: string }> }
console.log('\nname detection (bench/data/names, held-out: bench/data/names/heldout and, for ja, bench/data/names/wire): exact names per line');
console.log('  set          lines  names  precision  recall  type accuracy');
// the dev sets the rules were written against (for ja also dev-wire/, in the style of Japanese wire copy), and
// the held-out sets written apart from them (never tuned on): heldout/ in the dev set's style, wire/ (ja) in wire style
const sets = ['ko', 'en', 'ja'].flatMap((l) => [
  [l, 'dev', `bench/data/names/${l}.jsonl`],
  ...(l === 'ja' ? [[l, 'dev-wire', `bench/data/names/dev-wire/${l}.jsonl`]] : []),
  [l, 'held-out', `bench/data/names/heldout/${l}.jsonl`],
  ...(l === 'ja' ? [[l, 'wire', `bench/data/names/wire/${l}.jsonl`]] : []),
]);
for (const [lang, set, file] of sets) {
  const lines = readJsonl<Labeled>(file);
  const label = `${lang} ${set}`;
  if (!lines.length) {
    console.log(`  ${label.padEnd(11)}      — (no labeled set)`);
    continue;
  }
  let tp = 0, fp = 0, fn = 0, typed = 0;
  const misses: string[] = [];
  for (const line of lines) {
    const gold = new Map(line.names.map((n) => [n.name, n.type]));
    const found = detectNames(line.text, lang);
    for (const f of found) {
      if (gold.has(f.name)) {
        tp++;
        if (gold.get(f.name) === f.type) typed++;
      } else {
        fp++;
        misses.push(`    false  "${f.name}" (${f.type}) in: ${line.text}`);
      }
    }
    for (const [name] of gold) if (!found.some((f) => f.name === name)) fn++, misses.push(`    missed "${name}" in: ${line.text}`);
  }
  console.log(`  ${label.padEnd(11)}  ${String(lines.length).padStart(5)}  ${String(tp + fn).padStart(5)}  ${f3(tp / (tp + fp)).padStart(9)}  ${f3(tp / (tp + fn)).padStart(6)}  ${f3(typed / tp).padStart(13)}`);
  if (verbose) console.log(misses.join('\n'));
}

// ——— 2. variants ———
interface Pair { a: string; b: string; lang: string; class: string; same: boolean; note?: string }
const pairs = readJsonl<Pair>('bench/data/name-variants/pairs.jsonl');
if (pairs.length) {
  console.log(`\nvariant matching (bench/data/name-variants/pairs.jsonl, ${pairs.length} pairs): share judged right per class`);
  const classes = [...new Set(pairs.map((p) => p.class))];
  const misses: string[] = [];
  let tp = 0, fp = 0, fn = 0, ambiguousMerged = 0, ambiguous = 0;
  for (const cls of classes) {
    const of = pairs.filter((p) => p.class === cls);
    let right = 0;
    for (const p of of) {
      const judged = variantClass(p.a, p.b);
      const ruleAmbiguous = !p.same && p.note?.startsWith('rule-ambiguous');
      if (ruleAmbiguous) {
        ambiguous++;
        if (judged) ambiguousMerged++;
        continue;
      }
      if (!!judged === p.same) right++;
      else misses.push(`    ${p.same ? 'missed' : 'merged'} ${p.a} / ${p.b} (${cls}${judged ? ` as ${judged}` : ''})`);
      if (p.same && judged) tp++;
      else if (p.same) fn++;
      else if (judged) fp++;
    }
    const counted = of.filter((p) => p.same || !p.note?.startsWith('rule-ambiguous')).length;
    console.log(`  ${cls.padEnd(22)} ${of[0].same ? 'same     ' : 'different'}  ${right}/${counted}  ${f3(right / counted)}`);
  }
  console.log(`  overall: precision ${f3(tp / (tp + fp))}, recall ${f3(tp / (tp + fn))} (look-alike pairs no rule can tell apart, left to context: ${ambiguousMerged} of ${ambiguous} match a rule)`);
  if (verbose) console.log(misses.join('\n'));
}
