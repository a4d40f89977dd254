// Per-source trust in the grounding check: what rests on low-trust sources
// alone is held, a low-trust source's own claim is held even beside a trusted
// report, and the headline and lead are checked against the reports they cite.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, SourceReport } from '../../src/write/article.ts';
import { checkGrounding } from '../../src/write/grounding.ts';
import type { ReportTrustInfo } from '../../src/write/trust-check.ts';

const reports: SourceReport[] = [
  { id: 1, title: 'Harbour workers end strike in Portmere', lang: 'en', publishedAt: new Date('2026-11-16T09:00:00Z'), outlet: 'Trusted Wire', url: null,
    body: 'Dock workers in Portmere ended a four-day strike on Monday after the port authority agreed to a 6 percent pay rise, union leader Mara Olsen said.' },
  { id: 2, title: 'Portmere strike over', lang: 'en', publishedAt: new Date('2026-11-16T10:00:00Z'), outlet: 'New Blog', url: null,
    body: 'Dock workers in Portmere ended a four-day strike after a 6 percent pay rise. Port director Ivo Brandt resigned over the deal, costing 40 million.' },
];

const trust = (trusted: Record<number, boolean>) =>
  new Map<number, ReportTrustInfo>(Object.entries(trusted).map(([id, t]) => [Number(id), { trusted: t, outlets: [Number(id)] }]));

function article(over: Partial<Article>): Article {
  return {
    headline: 'Portmere dock strike ends', lead: 'Dock workers in Portmere ended a four-day strike after a 6 percent pay rise.', summary: 'The Portmere dock strike is over.',
    body: [{ text: 'Dock workers in Portmere ended a four-day strike after a 6 percent pay rise.', citations: [1, 2] }],
    section: 'business', entities: [], lang: 'en', imageBrief: { prompt: 'a harbour', alt: 'A harbour' }, writer: 'llm', model: 'm', tokensIn: 1, tokensOut: 1, ...over,
  };
}

const kinds = (a: Article, t: Map<number, ReportTrustInfo>) => checkGrounding(a, reports, { trust: t }).failures.map((f) => `${f.kind}@${f.where}:${f.kind === 'low-trust' ? '' : f.claim}`);

test('with every source trusted, nothing is held for trust', () => {
  assert.deepEqual(kinds(article({}), trust({ 1: true, 2: true })), []);
});

test('a paragraph citing only low-trust sources is held; a trusted report beside it is enough for shared facts', () => {
  const onlyLow = article({ body: [{ text: 'Dock workers in Portmere ended a four-day strike after a 6 percent pay rise.', citations: [2] }] });
  assert.deepEqual(kinds(onlyLow, trust({ 1: true, 2: false })), ['low-trust@paragraph 1:']);
  assert.deepEqual(kinds(article({}), trust({ 1: true, 2: false })), [], 'the facts both give stand');
});

test('a low-trust source\'s own claim is held even when a trusted report is cited beside it', () => {
  const a = article({ body: [{ text: 'Port director Ivo Brandt resigned over the deal, costing 40 million.', citations: [1, 2] }] });
  const found = kinds(a, trust({ 1: true, 2: false }));
  assert.ok(found.includes('untrusted-claim@paragraph 1:40000000'), found.join(' '));
  assert.ok(found.some((k) => k.startsWith('untrusted-claim@paragraph 1:') && /brandt/.test(k)), found.join(' '));
  assert.deepEqual(kinds(a, trust({ 1: true, 2: true })), [], 'once an editor trusts the source, its claims stand');
});

test('the headline and lead are checked against the reports they cite, not all of the story\'s', () => {
  const a = article({ headline: 'Ivo Brandt resigns', leadCitations: [1] });
  const g = checkGrounding(a, reports, { trust: trust({ 1: true, 2: true }) });
  assert.ok(g.failures.some((f) => f.where === 'headline' && f.kind === 'name'), JSON.stringify(g.failures));
  const cited = checkGrounding(article({ headline: 'Ivo Brandt resigns', leadCitations: [2] }), reports, { trust: trust({ 1: true, 2: false }) });
  assert.ok(cited.failures.some((f) => f.where === 'headline' && f.kind === 'low-trust'), JSON.stringify(cited.failures));
});

test('reports no source carries are not judged', () => {
  assert.deepEqual(kinds(article({ body: [{ text: 'Port director Ivo Brandt resigned over the deal, costing 40 million.', citations: [2] }] }), new Map()), []);
});
