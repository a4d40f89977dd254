// npm run bench:write — the extractive writer and the grounding check on the
// demo corpus (demo/, 81 reports, 32 events in Korean, English and Japanese):
// - speed: stories written (writeExtractive) and checked (checkGrounding) per
//   second, over every demo event, PASSES times (default 20). Target ≥ 50 stories/s.
// - ROUGE-1/2/L F1 of the article's lead against the human-written reference
//   lead (demo/references/leads.json), per language and overall, beside a
//   baseline: the first two sentences of the event's earliest report.
// - the grounding check's precision and recall on bench/data/grounding-cases.ts:
//   clean articles and copies with one planted error (number, date, quotation,
//   name, "next week" about a past event). A case is flagged when `ok` is false.
//   Korean and Japanese get `isCommonWord`: a term in at least 3 demo reports.
// - the translation check's precision and recall (src/translate/translation-check.ts)
//   on bench/data/translation-cases.ts: ko/en/ja originals with clean
//   translations and copies with one planted error (negation, number, date,
//   name, added sentence). Target P ≥ 0.95, R ≥ 0.90.
// - sentence support's precision and recall (src/write/sentence-support.ts,
//   supportOfSentence against both reports of its language) on
//   bench/data/support-cases.ts: clean paraphrases and sentences with one
//   planted fault (no entity, flipped negation, changed modality, added
//   clause, wrong attribution). Target P ≥ 0.95, R ≥ 0.90.
import { extractTerms } from '../src/text/terms.ts';
import type { Article, SourceReport } from '../src/write/article.ts';
import { writeExtractive } from '../src/write/extractive.ts';
import { sentences } from '../src/text/sentences.ts';
import { checkGrounding, type GroundingFailure } from '../src/write/grounding.ts';
import { demoDocumentFrequencies, demoStories, groundingCases, referenceLeads, type PlantedKind } from './data/grounding-cases.ts';
import { machineLine } from './machine.ts';
import { memoryLine } from './memory-line.ts';
import { checkSegment } from '../src/translate/translation-check.ts';
import { translationCases } from './data/translation-cases.ts';
import { supportCases, supportReports } from './data/support-cases.ts';
import { indexSources, supportOfSentence } from '../src/write/sentence-support.ts';
import { rouge, type Rouge } from './rouge.ts';

const langs = ['ko', 'en', 'ja'];
const commonDocs = 3;
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  —  ');

console.log(machineLine());
const stories = demoStories();
const df = demoDocumentFrequencies();
const isCommonWord = (term: string) => (df.get(term) ?? 0) >= commonDocs;
console.log(`demo corpus: ${stories.reduce((n, s) => n + s.reports.length, 0)} reports, ${stories.length} events (${langs.map((l) => `${l} ${stories.filter((s) => s.lang === l).length}`).join(', ')})`);

/**
 * What the article's own dates are around a relative date that passed (the
 * check itself is src/write/relative-dates.ts: read from the latest report's
 * day, the phrase must fall on a date of the report sentence it comes from).
 */
function whyRelativePasses(article: Article, reports: SourceReport[]): string {
  const text = [article.headline, article.lead, article.summary, ...article.body.map((p) => p.text)].join('\n');
  const dates = extractTerms(text, article.lang).filter((t) => t.kind === 'date').map((t) => t.term.slice(2));
  if (!dates.length) return 'the article gives no month-day date (bare days such as 18일/18日 and weekdays are not read as dates), so there is nothing to compare with';
  const latest = Math.max(...reports.map((r) => r.publishedAt.getTime()));
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const resolved = dates.map((md) => {
    const [m, d] = md.split('-').map(Number);
    const y = new Date(latest).getUTCFullYear();
    return [y - 1, y, y + 1].map((yy) => Date.UTC(yy, m - 1, d)).reduce((a, b) => (Math.abs(b - latest) < Math.abs(a - latest) ? b : a));
  });
  const bases = reports.map((r) => Date.UTC(r.publishedAt.getUTCFullYear(), r.publishedAt.getUTCMonth(), r.publishedAt.getUTCDate()));
  const later = resolved.filter((d) => bases.some((b) => d > b));
  if (later.length) return `the article also gives ${[...new Set(later.map(day))].join(', ')}, after a report's day: any later date anywhere in the article satisfies "next week"`;
  return `the article's dates (${[...new Set(resolved.map(day))].join(', ')}) are not before every report's day (${[...new Set(bases.map(day))].join(', ')}): only dates strictly earlier contradict "next week"`;
}

// ——— speed ———
{
  const passes = Number(process.env.PASSES ?? 20);
  const once = () => {
    let write = 0, check = 0;
    for (const s of stories) {
      const t0 = performance.now();
      const article = writeExtractive(s.reports, s.lang);
      const t1 = performance.now();
      checkGrounding(article, s.reports, { isCommonWord });
      write += t1 - t0;
      check += performance.now() - t1;
    }
    return { write, check };
  };
  once(); // warm-up: segmenters, JIT
  let write = 0, check = 0, slowest = 0;
  const started = performance.now();
  for (let p = 0; p < passes; p++) {
    const t = once();
    write += t.write;
    check += t.check;
    slowest = Math.max(slowest, t.write + t.check);
  }
  const ms = performance.now() - started;
  const n = passes * stories.length;
  const rate = n / (ms / 1000);
  console.log(`\nspeed: ${n} stories (${stories.length} events × ${passes} passes) written and checked in ${ms.toFixed(0)} ms`);
  console.log(`  ${rate.toFixed(1)} stories/s; per story ${(ms / n).toFixed(2)} ms (write ${(write / n).toFixed(2)} ms, grounding check ${(check / n).toFixed(2)} ms); slowest pass ${slowest.toFixed(0)} ms`);
  console.log(`  target ≥ 50 stories/s: ${rate >= 50 ? 'met' : 'NOT met'}`);
}

// ——— ROUGE ———
{
  const refs = referenceLeads();
  const rows: Array<{ event: string; lang: string; ext: Rouge; base: Rouge }> = [];
  for (const s of stories) {
    const ref = refs.get(s.event);
    if (!ref) continue;
    const lead = writeExtractive(s.reports, ref.lang).lead;
    // the baseline: the first two sentences of the earliest report in the reference's language
    const first = s.reports.filter((r) => (r.lang ?? s.lang) === ref.lang).sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.id - b.id)[0];
    const two = first.body.split(/\n{2,}/).flatMap((p) => sentences(p, ref.lang)).slice(0, 2).join(ref.lang === 'ja' ? '' : ' ');
    rows.push({ event: s.event, lang: ref.lang, ext: rouge(lead, ref.lead, ref.lang), base: rouge(two, ref.lead, ref.lang) });
  }
  const mean = (xs: Rouge[], k: keyof Rouge) => xs.reduce((a, x) => a + x[k].f, 0) / xs.length;
  const line = (name: string, rs: typeof rows) =>
    `  ${name.padEnd(8)} ${String(rs.length).padStart(6)}   ${f3(mean(rs.map((r) => r.ext), 'r1'))} ${f3(mean(rs.map((r) => r.ext), 'r2'))} ${f3(mean(rs.map((r) => r.ext), 'rl'))}   |  ${f3(mean(rs.map((r) => r.base), 'r1'))} ${f3(mean(rs.map((r) => r.base), 'r2'))} ${f3(mean(rs.map((r) => r.base), 'rl'))}`;
  console.log(`\nROUGE F1 of the lead against the reference lead (mean over events; en: lowercase words, ko: words without particles, ja: characters)`);
  console.log(`  language  events   extractive lead        |  baseline: first 2 sentences of the earliest report`);
  console.log(`                     R-1   R-2   R-L        |  R-1   R-2   R-L`);
  for (const l of langs) console.log(line(l, rows.filter((r) => r.lang === l)));
  console.log(line('all', rows));
  const better = rows.filter((r) => r.ext.r1.f > r.base.r1.f).length;
  console.log(`  the extractive lead beats the baseline on ROUGE-1 for ${better} of ${rows.length} events`);
}

// ——— grounding check ———
{
  const cases = groundingCases();
  const kinds: PlantedKind[] = ['number', 'date', 'quote', 'name', 'relative-date'];
  const results = cases.map((c) => {
    const g = checkGrounding(c.article, c.reports, { isCommonWord });
    return { c, flagged: !g.ok, failures: g.failures, rightKind: c.planted !== null && g.failures.some((x) => x.kind === c.planted) };
  });
  const planted = results.filter((r) => r.c.planted);
  const clean = results.filter((r) => !r.c.planted);
  const summary = (rs: typeof results) => {
    const tp = rs.filter((r) => r.c.planted && r.flagged).length;
    const fp = rs.filter((r) => !r.c.planted && r.flagged).length;
    const p = rs.filter((r) => r.c.planted).length;
    return { tp, fp, p, clean: rs.length - p, precision: tp + fp ? tp / (tp + fp) : NaN, recall: p ? tp / p : NaN };
  };
  const all = summary(results);
  console.log(`\ngrounding check on ${results.length} cases (bench/data/grounding-cases.ts): ${all.p} with one planted error, ${all.clean} clean`);
  console.log(`  cases by kind and language (planted; clean):`);
  for (const l of langs) {
    console.log(`    ${l}: ${kinds.map((k) => `${k} ${planted.filter((r) => r.c.lang === l && r.c.planted === k).length}`).join(', ')}; clean ${clean.filter((r) => r.c.lang === l).length}`);
  }
  console.log(`  overall: precision ${f3(all.precision)}, recall ${f3(all.recall)} (${all.tp} of ${all.p} planted errors flagged; ${all.fp} of ${all.clean} clean cases flagged)`);
  console.log(`  by kind of planted error (precision: the clean cases wrongly flagged count against a kind when a failure of that kind is among their failures):`);
  for (const k of kinds) {
    const rs = planted.filter((r) => r.c.planted === k);
    const tp = rs.filter((r) => r.flagged).length;
    const fp = clean.filter((r) => r.failures.some((x) => x.kind === k)).length;
    console.log(`    ${k.padEnd(14)} recall ${f3(tp / rs.length)} (${tp}/${rs.length}), precision ${f3(tp / (tp + fp))}; flagged with a failure of this kind: ${rs.filter((r) => r.rightKind).length}/${rs.length}` +
      `  [${langs.map((l) => `${l} ${rs.filter((r) => r.c.lang === l && r.flagged).length}/${rs.filter((r) => r.c.lang === l).length}`).join(', ')}]`);
  }
  console.log(`  by language:`);
  for (const l of langs) {
    const s = summary(results.filter((r) => r.c.lang === l));
    console.log(`    ${l}  precision ${f3(s.precision)}, recall ${f3(s.recall)} (${s.tp}/${s.p} planted flagged), false positives ${s.fp}/${s.clean} clean`);
  }
  const fps = clean.filter((r) => r.flagged);
  console.log(`  clean cases wrongly flagged (false positives): ${fps.length}`);
  for (const r of fps) console.log(`    ${r.c.name} — ${r.failures[0].where}: ${r.failures[0].message}${r.failures.length > 1 ? ` (+${r.failures.length - 1} more)` : ''}`);
  const misses = planted.filter((r) => !r.flagged);
  console.log(`  planted errors missed: ${misses.length}`);
  for (const k of kinds) {
    const ms = misses.filter((r) => r.c.planted === k);
    if (!ms.length) continue;
    console.log(`    ${k} (${ms.length}):`);
    for (const r of ms) console.log(`      ${r.c.name}${k === 'relative-date' ? `\n        why: ${whyRelativePasses(r.c.article, r.c.reports)}; failures: ${r.failures.map((x) => `${x.kind}@${x.where}`).join(', ') || 'none'}` : ''}`);
  }
  // relative dates by variant: the planted classes, and clean articles carrying a relative date correctly
  {
    const variants = [...new Set(results.filter((r) => r.c.variant).map((r) => r.c.variant!))];
    console.log(`  relative dates by variant (precision counts clean cases with a relative-date failure):`);
    const relFp = clean.filter((r) => r.failures.some((x) => x.kind === 'relative-date'));
    for (const v of variants) {
      const rs = results.filter((r) => r.c.variant === v);
      if (rs[0].c.planted) {
        console.log(`    planted ${v.padEnd(24)} ${rs.filter((r) => r.flagged).length}/${rs.length} flagged  [${langs.map((l) => `${l} ${rs.filter((r) => r.c.lang === l && r.flagged).length}/${rs.filter((r) => r.c.lang === l).length}`).join(', ')}]`);
      } else {
        console.log(`    clean   ${v.padEnd(24)} ${rs.filter((r) => r.flagged).length}/${rs.length} flagged (any failure), ${rs.filter((r) => r.failures.some((x) => x.kind === 'relative-date')).length} with a relative-date failure  [${langs.map((l) => `${l} ${rs.filter((r) => r.c.lang === l).length}`).join(', ')}]`);
      }
    }
    const rel = planted.filter((r) => r.c.planted === 'relative-date');
    const tp = rel.filter((r) => r.flagged).length;
    console.log(`    relative-date overall: recall ${f3(tp / rel.length)} (${tp}/${rel.length}), precision ${f3(tp / (tp + relFp.length))} (${relFp.length} of ${clean.length} clean cases with a relative-date failure)`);
    for (const r of relFp) console.log(`      false positive: ${r.c.name} — ${r.failures.filter((x) => x.kind === 'relative-date').map((x) => `${x.where}: ${x.message}`).join('; ')}`);
  }
  const otherKind = planted.filter((r) => r.flagged && !r.rightKind);
  if (otherKind.length) {
    console.log(`  planted errors flagged, but only by a failure of another kind: ${otherKind.length}`);
    const show = (fs: GroundingFailure[]) => fs.map((x) => `${x.kind}@${x.where}: ${x.claim}`).join('; ');
    for (const k of kinds) {
      const rs = otherKind.filter((r) => r.c.planted === k);
      if (!rs.length) continue;
      console.log(`    ${k} (${rs.length}; ${langs.map((l) => `${l} ${rs.filter((r) => r.c.lang === l).length}`).join(', ')}), e.g.:`);
      for (const r of rs.slice(0, 4)) console.log(`      ${r.c.name} — ${show(r.failures)}`);
    }
  }
}

/** Precision and recall of flagged cases: a planted case flagged is a hit, a clean one flagged a false alarm. */
function precisionRecall<T extends { planted: unknown; flagged: boolean }>(rs: T[]) {
  const tp = rs.filter((r) => r.planted && r.flagged).length;
  const fp = rs.filter((r) => !r.planted && r.flagged).length;
  const p = rs.filter((r) => r.planted).length;
  return { tp, fp, p, clean: rs.length - p, precision: tp + fp ? tp / (tp + fp) : NaN, recall: p ? tp / p : NaN };
}

// ——— translation check ———
{
  const results = translationCases().map((c) => {
    const findings = checkSegment(c.original, c.translation, c.from, c.to, 'text', c.pairs);
    return { c, planted: c.planted, flagged: findings.length > 0, findings, rightKind: c.planted !== null && findings.some((f) => f.kind === c.planted) };
  });
  const all = precisionRecall(results);
  console.log(`\ntranslation check on ${results.length} cases (bench/data/translation-cases.ts, held out: written after the check's rules, not tuned on): ${all.p} with one planted error, ${all.clean} clean`);
  console.log(`  overall: precision ${f3(all.precision)}, recall ${f3(all.recall)} (${all.tp} of ${all.p} planted errors flagged; ${all.fp} of ${all.clean} clean translations flagged); target P ≥ 0.95, R ≥ 0.90: ${all.precision >= 0.95 && all.recall >= 0.9 ? 'met' : 'NOT met'}`);
  for (const k of ['negation', 'number', 'date', 'name', 'added-sentence']) {
    const rs = results.filter((r) => r.planted === k);
    console.log(`    ${k.padEnd(14)} recall ${f3(rs.filter((r) => r.flagged).length / rs.length)} (${rs.filter((r) => r.flagged).length}/${rs.length}), flagged with a finding of this kind ${rs.filter((r) => r.rightKind).length}/${rs.length}`);
  }
  const pairs = [...new Set(results.map((r) => `${r.c.from}→${r.c.to}`))];
  console.log(`  by direction: ${pairs.map((d) => { const s = precisionRecall(results.filter((r) => `${r.c.from}→${r.c.to}` === d)); return `${d} P ${f3(s.precision)} R ${f3(s.recall)}`; }).join('; ')}`);
  for (const r of results.filter((x) => !x.planted && x.flagged)) console.log(`  false positive: ${r.c.name} — ${r.findings.map((f) => f.message).join('; ')}`);
  for (const r of results.filter((x) => x.planted && !x.flagged)) console.log(`  missed: ${r.c.name}`);
}

// ——— sentence support ———
{
  const indexes = new Map(langs.map((l) => [l, indexSources(supportReports(l), l)]));
  const results = supportCases().map((c) => {
    const v = supportOfSentence(c.claim, indexes.get(c.lang)!);
    return { c, planted: c.planted, flagged: !v.supported, v };
  });
  const all = precisionRecall(results);
  console.log(`\nsentence support on ${results.length} sentences (bench/data/support-cases.ts, held out: not tuned on): ${all.p} with one planted fault, ${all.clean} clean paraphrases`);
  console.log(`  overall: precision ${f3(all.precision)}, recall ${f3(all.recall)} (${all.tp} of ${all.p} planted flagged; ${all.fp} of ${all.clean} clean flagged); target P ≥ 0.95, R ≥ 0.90: ${all.precision >= 0.95 && all.recall >= 0.9 ? 'met' : 'NOT met'}`);
  for (const k of ['no-entity', 'negation', 'modality', 'added-clause', 'attribution']) {
    const rs = results.filter((r) => r.planted === k);
    console.log(`    ${k.padEnd(13)} recall ${f3(rs.filter((r) => r.flagged).length / rs.length)} (${rs.filter((r) => r.flagged).length}/${rs.length})  [${langs.map((l) => `${l} ${rs.filter((r) => r.c.lang === l && r.flagged).length}/${rs.filter((r) => r.c.lang === l).length}`).join(', ')}]`);
  }
  console.log(`  by language: ${langs.map((l) => { const s = precisionRecall(results.filter((r) => r.c.lang === l)); return `${l} P ${f3(s.precision)} R ${f3(s.recall)}`; }).join('; ')}`);
  for (const r of results.filter((x) => !x.planted && x.flagged)) console.log(`  false positive: ${r.c.name} "${r.c.claim}" — ${r.v.kind}: ${r.v.message ?? ''}`);
  for (const r of results.filter((x) => x.planted && !x.flagged)) console.log(`  missed: ${r.c.name} "${r.c.claim}" (coverage ${r.v.coverage.toFixed(2)})`);
}

console.log(`\n${memoryLine()}`);
