// npm run bench:cluster-speed — 100,000 generated reports through the online
// clusterer (tokenizing included), in publication order. Prints reports per
// second, the time per report for each block of 10,000 (it must not grow with
// the number of stories ever seen), stories kept in memory, and peak RSS.
// Targets (issue 3): ≥ 2,000 reports/s; peak RSS ≤ 1 GB.
import { Clusterer } from '../src/stories/clusterer.ts';
import { machineLine, mb, rssSampler, seededRandom } from './machine.ts';

const total = Number(process.env.REPORTS ?? 100_000);
const block = 10_000;

const r = seededRandom(42);
const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
const syllables = 'ka ri mo na te su lo vi de pa ra no mi ke to sa ha yu be go'.split(' ');
const word = () => Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(syllables)).join('');
const vocab = Array.from({ length: 20_000 }, word);
const koVocab = Array.from({ length: 8_000 }, () => Array.from({ length: 2 + Math.floor(r() * 2) }, () => String.fromCharCode(0xac00 + Math.floor(r() * 11172))).join(''));
const jaVocab = Array.from({ length: 8_000 }, () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => String.fromCharCode(0x30a2 + Math.floor(r() * 80))).join(''));
const koParticles = ['은', '는', '이', '가', '을', '를', '의', '에서'];

interface Event { lang: 'en' | 'ko' | 'ja'; keys: string[]; left: number; }
const start = Date.UTC(2026, 0, 1);
let clock = start;
const live: Event[] = [];

function report() {
  clock += 30_000 + Math.floor(r() * 60_000); // one report every ~minute of stream time: ~70 days in all
  if (!live.length || r() < 0.3) {
    const lang = pick(['en', 'ko', 'ja'] as const);
    const v = lang === 'en' ? vocab : lang === 'ko' ? koVocab : jaVocab;
    live.push({ lang, keys: Array.from({ length: 8 }, () => pick(v)), left: 1 + Math.floor(r() * 8) });
    if (live.length > 300) live.shift();
  }
  const i = Math.floor(r() * live.length);
  const e = live[i];
  if (--e.left <= 0) live.splice(i, 1);
  const v = e.lang === 'en' ? vocab : e.lang === 'ko' ? koVocab : jaVocab;
  const words = Array.from({ length: 60 }, (_, k) => (k % 3 === 0 ? pick(e.keys) : pick(v)));
  const text = e.lang === 'ko' ? words.map((w) => w + pick(koParticles)).join(' ') : e.lang === 'ja' ? words.join('の') : words.join(' ');
  return { title: e.keys.slice(0, 5).join(' '), body: text + '. ' + Math.floor(r() * 5000), lang: e.lang, publishedAt: new Date(clock) };
}

const c = new Clusterer();
const sampler = rssSampler();
const baseline = process.memoryUsage().rss;
let nextStory = 1;
const blocks: number[] = [];
let seconds = 0;
const cpu = { user: 0, system: 0 };
// each block's reports are generated before it is timed: only the clusterer is measured
for (let n = 0; n < total; n += block) {
  const batch = Array.from({ length: Math.min(block, total - n) }, report);
  const blockStart = performance.now();
  const cpuStart = process.cpuUsage();
  for (const r of batch) c.place(r, () => nextStory++);
  const used = process.cpuUsage(cpuStart);
  const ms = performance.now() - blockStart;
  cpu.user += used.user;
  cpu.system += used.system;
  seconds += ms / 1000;
  if (batch.length === block) blocks.push(ms / block);
}
const peak = sampler.stop();
console.log(machineLine());
console.log(`reports: ${total} generated (en/ko/ja, ~${((clock - start) / 86400_000).toFixed(0)} days of stream time); stories made: ${nextStory - 1}; kept in memory at the end: ${c.storiesInMemory}`);
console.log(`throughput: ${(total / seconds).toFixed(0)} reports/s (target ≥ 2000)`);
// the machine may be shared: CPU time is what the clusterer itself cost
console.log(`CPU time: ${((cpu.user + cpu.system) / 1000 / total).toFixed(3)} ms per report (${(total / ((cpu.user + cpu.system) / 1e6)).toFixed(0)} reports per CPU second; wall ${seconds.toFixed(1)} s)`);
console.log(`ms per report, each block of ${block}: ${blocks.map((b) => b.toFixed(3)).join(' ')}`);
const firstHalf = blocks.slice(1, blocks.length / 2);
const secondHalf = blocks.slice(blocks.length / 2);
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(`later blocks / earlier blocks: ${(avg(secondHalf) / avg(firstHalf)).toFixed(2)} (1.00 = no growth with stories seen)`);
console.log(`peak RSS: ${mb(peak)} (baseline ${mb(baseline)}; target ≤ 1 GB)`);
