// `npm run bench:feed-dates`: the feed date parser on a hand-written set of
// date strings as real feeds write them (bench/data/feed-dates.jsonl), each
// with the UTC instant it means, or null where there is none to find. Prints
// the share right, the misses, and beside it what Date.parse (the parser
// before) got on the same set.
import { readFileSync } from 'node:fs';
import { parseFeedDate } from '../src/text/feed-dates.ts';
import { machineLine } from './machine.ts';

interface Case { input: string; lang?: string; now?: string; expected: string | null }

const defaultNow = '2026-12-01T00:00:00Z';
const cases: Case[] = readFileSync(new URL('./data/feed-dates.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const iso = (d: Date | undefined) => (d && Number.isFinite(d.getTime()) ? d.toISOString() : null);
let right = 0;
let before = 0;
const misses: string[] = [];
for (const c of cases) {
  const want = c.expected === null ? null : new Date(c.expected).toISOString();
  const r = parseFeedDate(c.input, { lang: c.lang, now: Date.parse(c.now ?? defaultNow) });
  if (iso(r.date) === want) right++;
  else misses.push(`  ${JSON.stringify(c.input)}${c.lang ? ` [${c.lang}]` : ''}: got ${iso(r.date)} (${r.reason ?? r.flags.join(',')}), want ${want}`);
  const old = Date.parse(c.input);
  if ((Number.isFinite(old) ? new Date(old).toISOString() : null) === want) before++;
}
// speed, after the first pass warmed the regexes and ICU zone formats
const rounds = 200;
const t0 = performance.now();
for (let i = 0; i < rounds; i++) for (const c of cases) parseFeedDate(c.input, { lang: c.lang });
const us = ((performance.now() - t0) * 1000) / (rounds * cases.length);
const pct = (n: number) => ((100 * n) / cases.length).toFixed(1);
console.log(machineLine());
console.log(`dates right: ${right}/${cases.length} (${pct(right)}%)`);
console.log(`Date.parse, the parser before (server zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}): ${before}/${cases.length} (${pct(before)}%)`);
console.log(`speed: ${us.toFixed(1)} µs per date`);
if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
