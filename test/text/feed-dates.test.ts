// Feed dates: a table of date strings as feeds and pages write them, each with
// the instant it means (or why it has none) and the flags it must raise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedDate, parseFeedDate, type FeedDateFlag } from '../../src/text/feed-dates.ts';

const now = Date.parse('2026-12-01T00:00:00Z');

type Case = [input: string, expected: string | null, opts?: { lang?: string; zone?: string; flags?: FeedDateFlag[]; reason?: RegExp }];

const cases: Case[] = [
  // RFC 822 / 1123 / 2822
  ['Mon, 23 Nov 2026 10:00:00 +0900', '2026-11-23T01:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 GMT', '2026-11-23T10:00:00Z'],
  ['23 Nov 2026 10:00:00 -0500', '2026-11-23T15:00:00Z'],
  ['Mon, 23 Nov 2026 10:00 +0000', '2026-11-23T10:00:00Z'],
  ['Mon,23 Nov 2026 10:00:00 GMT', '2026-11-23T10:00:00Z'],
  ['Monday, 23 November 2026 10:00:00 GMT', '2026-11-23T10:00:00Z'],
  ['Mon, 23 Nov 26 10:00:00 GMT', '2026-11-23T10:00:00Z', { flags: ['two-digit-year'] }],
  ['Thu, 01 Jan 98 00:00:00 GMT', '1998-01-01T00:00:00Z', { flags: ['two-digit-year'] }],
  ['Mon, 23 Nov 2026 10:00:00 UT', '2026-11-23T10:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 EST', '2026-11-23T15:00:00Z'],
  ['Sun, 01 Jun 2025 10:00:00 EDT', '2025-06-01T14:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 CST', '2026-11-23T16:00:00Z', { flags: ['ambiguous-zone'] }],
  ['Mon, 23 Nov 2026 10:00:00 CST', '2026-11-23T02:00:00Z', { lang: 'zh-CN' }],
  ['Mon, 23 Nov 2026 10:00:00 PST', '2026-11-23T18:00:00Z'],
  ['Sun, 01 Jun 2025 10:00:00 PDT', '2025-06-01T17:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 MST', '2026-11-23T17:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 A', '2026-11-23T10:00:00Z', { flags: ['military-zone'] }],
  ['Mon, 23 Nov 2026 10:00:00 Z', '2026-11-23T10:00:00Z'],
  ['Sun, 01 Jun 2025 10:00:00 BST', '2025-06-01T09:00:00Z', { flags: ['ambiguous-zone'] }],
  ['Mon, 23 Nov 2026 10:00:00 CET', '2026-11-23T09:00:00Z'],
  ['Sun, 01 Jun 2025 10:00:00 CEST', '2025-06-01T08:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 EET', '2026-11-23T08:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 KST', '2026-11-23T01:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 JST', '2026-11-23T01:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 IST', '2026-11-23T04:30:00Z', { flags: ['ambiguous-zone'] }],
  ['Mon, 23 Nov 2026 10:00:00 IST', '2026-11-23T08:00:00Z', { lang: 'he' }],
  ['Mon, 23 Nov 2026 10:00:00 AEST', '2026-11-23T00:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 AEDT', '2026-11-22T23:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 NZDT', '2026-11-22T21:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 GMT+9', '2026-11-23T01:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 UTC+05:30', '2026-11-23T04:30:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 +09:00', '2026-11-23T01:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 +0900 (KST)', '2026-11-23T01:00:00Z'],
  ['Wednesday, 18-Nov-26 15:20:00 GMT', '2026-11-18T15:20:00Z', { flags: ['two-digit-year'] }],
  ['18-Nov-2026', '2026-11-18T00:00:00Z'],
  ['Tue, 23 Nov 2026 10:00:00 GMT', '2026-11-23T10:00:00Z', { flags: ['weekday-mismatch'] }],
  // asctime, Date.prototype.toString, US English prose
  ['Mon Nov 23 10:00:00 2026', '2026-11-23T10:00:00Z', { flags: ['zoneless'] }],
  ['Mon Nov 23 2026 10:00:00 GMT+0900 (Korean Standard Time)', '2026-11-23T01:00:00Z'],
  ['November 23, 2026 3:20 PM EST', '2026-11-23T20:20:00Z'],
  ['Nov. 23, 2026, 3:20 p.m. ET', '2026-11-23T20:20:00Z'],
  ['Jul. 1, 2026, 3:20 p.m. ET', '2026-07-01T19:20:00Z'],
  ['Nov 23, 2026 12:05 am PST', '2026-11-23T08:05:00Z'],
  ['23rd November 2026 10:00 GMT', '2026-11-23T10:00:00Z'],
  // ISO 8601 / RFC 3339 / W3CDTF
  ['2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z'],
  ['2026-11-23T10:00:00+09:00', '2026-11-23T01:00:00Z'],
  ['2026-11-23T10:00:00.123456-05:00', '2026-11-23T15:00:00.123Z'],
  ['2026-11-23t10:00:00z', '2026-11-23T10:00:00Z'],
  ['2026-11-23 10:00:00+0900', '2026-11-23T01:00:00Z'],
  ['20261123T100000Z', '2026-11-23T10:00:00Z'],
  ['20261123T1000+0900', '2026-11-23T01:00:00Z'],
  ['2026-11-23T10:00+09', '2026-11-23T01:00:00Z'],
  ['2026-11-23T10:00:00', '2026-11-23T10:00:00Z', { flags: ['zoneless'] }],
  ['2026-11-23', '2026-11-23T00:00:00Z', { flags: ['date-only', 'zoneless'] }],
  ['2026-11', '2026-11-01T00:00:00Z', { flags: ['date-only'] }],
  ['2026', '2026-01-01T00:00:00Z', { flags: ['date-only'] }],
  ['2026-W48-1', '2026-11-23T00:00:00Z'],
  ['2026W481', '2026-11-23T00:00:00Z'],
  ['2026-327', '2026-11-23T00:00:00Z'],
  ['2026-11-23T24:00:00Z', '2026-11-24T00:00:00Z'],
  ['2026-11-18T15:20:00+09:00[Asia/Seoul]', '2026-11-18T06:20:00Z'],
  ['2026-11-23 10:00:00 KST', '2026-11-23T01:00:00Z'],
  ['2026-11-23T10:00:00 Europe/Berlin', '2026-11-23T09:00:00Z'],
  // localized month and day names
  ['Seg, 24 Set 2018 10:00:00 -0300', '2018-09-24T13:00:00Z'],
  ['segunda-feira, 24 de setembro de 2018 10:00', '2018-09-24T13:00:00Z', { lang: 'pt-BR', zone: 'America/Sao_Paulo' }],
  ['Mi, 03 Okt 2018 10:00:00 +0200', '2018-10-03T08:00:00Z'],
  ['Mittwoch, 3. Oktober 2018 um 10:00 Uhr MESZ', '2018-10-03T08:00:00Z'],
  ['Mo, 26 Mär 2018 10:00:00 +0200', '2018-03-26T08:00:00Z'],
  ['mardi 3 avril 2018', '2018-04-03T00:00:00Z', { lang: 'fr' }],
  ['mardi 3 avril 2018 à 10h30', '2018-04-03T08:30:00Z', { lang: 'fr', zone: 'Europe/Paris' }],
  ['Mer, 15 Août 2018 10:00:00 +0200', '2018-08-15T08:00:00Z'],
  ['15 févr. 2018 10:00 +0100', '2018-02-15T09:00:00Z'],
  ['Mar, 03 Abr 2018 10:00:00 +0200', '2018-04-03T08:00:00Z'],
  ['3 de abril de 2018 10:00 -0300', '2018-04-03T13:00:00Z'],
  ['Miércoles, 14 Dic 2018 10:00:00 +0100', '2018-12-14T09:00:00Z', { flags: ['weekday-mismatch'] }],
  ['Sáb, 01 Dez 2018 10:00:00 -0200', '2018-12-01T12:00:00Z'],
  ['lunedì 2 aprile 2018 10:00 +0200', '2018-04-02T08:00:00Z'],
  // Korean
  ['2026년 11월 18일 오후 3시 20분', '2026-11-18T06:20:00Z', { flags: ['zoneless'] }],
  ['2026년 11월 18일 (수) 오전 9:05', '2026-11-18T00:05:00Z'],
  ['2026.11.18 15:20', '2026-11-18T06:20:00Z', { lang: 'ko' }],
  ['2026. 11. 18. 오후 3:20', '2026-11-18T06:20:00Z'],
  ['입력 2026-11-18 15:20', '2026-11-18T06:20:00Z'],
  ['26.11.18 15:20', '2026-11-18T06:20:00Z', { lang: 'ko-KR' }],
  ['2026년 11월 18일', '2026-11-17T15:00:00Z', { flags: ['date-only'] }],
  // Japanese
  ['2026年11月18日 15時20分', '2026-11-18T06:20:00Z'],
  ['2026年11月18日(水) 15:20', '2026-11-18T06:20:00Z', { lang: 'ja' }],
  ['令和8年11月18日 午後3時20分', '2026-11-18T06:20:00Z'],
  ['平成30年4月1日', '2018-03-31T15:00:00Z'],
  ['２０２６年１１月１８日 １５時２０分', '2026-11-18T06:20:00Z'],
  ['2026/11/18 15:20', '2026-11-18T06:20:00Z', { lang: 'ja-JP' }],
  // zoneless dates: the configured zone, then the language's, never the server's
  ['2026-11-18 15:20', '2026-11-18T15:20:00Z', { flags: ['zoneless'] }],
  ['2026-11-18 15:20', '2026-11-18T06:20:00Z', { lang: 'ko' }],
  ['2026-11-18 15:20', '2026-11-18T14:20:00Z', { lang: 'ko', zone: 'Europe/Paris' }],
  ['2026-07-01 12:00', '2026-07-01T16:00:00Z', { zone: 'America/New_York' }],
  ['2026-03-08 02:30', '2026-03-08T07:30:00Z', { zone: 'America/New_York' }],
  // numeric day/month order
  ['11/18/2026 3:20 PM', '2026-11-18T15:20:00Z'],
  ['18/11/2026 15:20', '2026-11-18T15:20:00Z', { lang: 'en-GB' }],
  ['03/04/2026', '2026-03-04T00:00:00Z', { flags: ['ambiguous-order'] }],
  ['03/04/2026', '2026-04-03T00:00:00Z', { lang: 'fr', flags: ['ambiguous-order'] }],
  ['18.11.2026 15:20', '2026-11-18T15:20:00Z', { lang: 'de' }],
  // Unix time
  ['1795000000', '2026-11-18T11:06:40Z', { flags: ['epoch'] }],
  // the future: clamped to the fetch time and flagged; a small skew is allowed
  ['2030-01-01T00:00:00Z', '2026-12-01T00:00:00Z', { flags: ['future'] }],
  ['2026-12-01T00:05:00Z', '2026-12-01T00:05:00Z'],
  ['2026-12-01T00:15:00Z', '2026-12-01T00:00:00Z', { flags: ['future'] }],
  // no year: the latest such day not after the fetch
  ['Nov 18, 10:00 GMT', '2026-11-18T10:00:00Z', { flags: ['year-inferred'] }],
  ['Dec 25, 10:00 GMT', '2025-12-25T10:00:00Z', { flags: ['year-inferred'] }],
  // impossible and unreadable: no date, and a reason
  ['Mon, 31 Feb 2026 10:00:00 GMT', null, { reason: /February has no day 31/ }],
  ['2026-02-29T10:00:00Z', null, { reason: /no day 29 in 2026/ }],
  ['2024-02-29T10:00:00Z', '2024-02-29T10:00:00Z'],
  ['0000-01-01T00:00:00Z', null, { reason: /year 0/ }],
  ['0001-01-01T00:00:00Z', null, { reason: /implausible year/ }],
  ['2026-13-01', null, { reason: /no month 13/ }],
  ['2026-11-18T25:00:00Z', null, { reason: /no hour 25/ }],
  ['2026-11-18T10:61:00Z', null, { reason: /no minute 61/ }],
  ['2026-W54', null, { reason: /no week 54/ }],
  ['Mon, 23 Nov 2026 10:00:00 +2500', null, { reason: /hours from UTC/ }],
  ['yesterday', null, { reason: /unrecognized word/ }],
  ['not a date at all', null, { reason: /unrecognized/ }],
  ['', null, { reason: /empty/ }],
  ['12345', null, { reason: /cannot place/ }],
  ['Mon, 23 Nov 2026 10:00:00 GMT +0900', '2026-11-23T01:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 KST +0900', '2026-11-23T01:00:00Z'],
  ['Mon, 23 Nov 2026 10:00:00 PST +0900', null, { reason: /two zones/ }],
];

test(`feed dates: ${cases.length} cases in every format and language`, () => {
  const failures: string[] = [];
  for (const [input, expected, o = {}] of cases) {
    const r = parseFeedDate(input, { lang: o.lang, zone: o.zone, now });
    const got = r.date?.toISOString() ?? null;
    const want = expected && new Date(expected).toISOString();
    const where = `${JSON.stringify(input)}${o.lang ? ` [${o.lang}]` : ''}${o.zone ? ` [${o.zone}]` : ''}`;
    if (got !== want) failures.push(`${where}: got ${got} (${r.reason ?? r.flags.join(',')}), want ${want}`);
    for (const f of o.flags ?? []) if (!r.flags.includes(f)) failures.push(`${where}: flag ${f} missing (${r.flags.join(',')})`);
    if (o.reason && !o.reason.test(r.reason ?? '')) failures.push(`${where}: reason ${JSON.stringify(r.reason)} does not match ${o.reason}`);
    if (!expected && !r.reason) failures.push(`${where}: no date and no reason`);
  }
  assert.deepEqual(failures, []);
  assert.ok(cases.length >= 60);
});

test('a zoneless date says which zone it was read in; a zoned one is not flagged', () => {
  assert.equal(parseFeedDate('2026-11-18 15:20', { lang: 'ja', now }).zone, 'Asia/Tokyo');
  assert.equal(parseFeedDate('2026-11-18 15:20', { now }).zone, 'UTC');
  assert.equal(parseFeedDate('2026-11-18 15:20', { zone: 'Not/AZone', now }).zone, 'UTC', 'an unknown configured zone is ignored');
  assert.deepEqual(parseFeedDate('2026-11-18T15:20:00Z', { now }).flags, []);
});

test('the server\'s own zone never matters', () => {
  const prior = process.env.TZ;
  try {
    process.env.TZ = 'America/Los_Angeles';
    assert.equal(feedDate('2026-11-18 15:20', { now })?.toISOString(), '2026-11-18T15:20:00.000Z');
    assert.equal(feedDate('Wed, 18 Nov 2026 15:20:00', { now })?.toISOString(), '2026-11-18T15:20:00.000Z');
  } finally {
    if (prior === undefined) delete process.env.TZ;
    else process.env.TZ = prior;
  }
});

test('bad input gives a reason and never throws', () => {
  const junk: unknown[] = [undefined, null, 42.5, {}, [], new Date(NaN), 'x'.repeat(10_000), '\u0000\uFFFF', '(((', '2026-11-18T', '+-+-', '99999-01-01', '년월일', 'Mon, 00 Nov 2026'];
  for (const j of junk) {
    const r = parseFeedDate(j, { now });
    assert.equal(r.date, undefined, String(j).slice(0, 40));
    assert.ok(r.reason, String(j).slice(0, 40));
  }
  assert.equal(parseFeedDate(new Date('2026-11-18T00:00:00Z'), { now }).date?.toISOString(), '2026-11-18T00:00:00.000Z');
});

test('any string: a valid date no later than the fetch time plus the skew, or a reason', async () => {
  const fc = (await import('fast-check')).default;
  const seeds = cases.map((c) => c[0]);
  const mutated = fc.tuple(fc.constantFrom(...seeds), fc.nat(40), fc.string({ maxLength: 4 }))
    .map(([s, at, ins]) => s.slice(0, at) + ins + s.slice(at + ins.length));
  fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), mutated), (s) => {
    const r = parseFeedDate(s, { now });
    if (r.date) return Number.isFinite(r.date.getTime()) && r.date.getTime() <= now + 10 * 60_000 && !r.reason;
    return typeof r.reason === 'string' && r.reason.length > 0;
  }), { seed: 18, numRuns: 3000 });
});
