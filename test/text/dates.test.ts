// Dates in three languages: absolute, relative and weekday mentions resolved
// against an explicit reference time (never the wall clock), and the rewrite.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateTerms, dayToIso, findDates, formatDate, formatRange, localDay, rewriteRelativeDates, zoneFor } from '../../src/text/dates.ts';

const monday = new Date('2026-11-30T09:00:00Z'); // Monday 30 November 2026
const read = (text: string, lang: string, ref: Date = monday) =>
  findDates(text, lang, ref, { zone: 'UTC' }).map((m) => `${m.kind}:${m.text}=${m.from === m.to ? dayToIso(m.from) : `${dayToIso(m.from)}..${dayToIso(m.to)}`}`);

test('absolute dates in en/ko/ja, with and without a year; bare days in ko/ja', () => {
  assert.deepEqual(read('Talks on Dec. 3, then 3 December 2026, and Monday, December 7.', 'en'), [
    'absolute:Dec. 3=2026-12-03', 'absolute:3 December 2026=2026-12-03', 'absolute:Monday, December 7=2026-12-07',
  ]);
  assert.deepEqual(read('2026년 12월 3일과 12월 3일, 18일 열린 회의', 'ko'), ['absolute:2026년 12월 3일=2026-12-03', 'absolute:12월 3일=2026-12-03', 'absolute:18일=2026-11-18']);
  assert.deepEqual(read('2026年12月3日と12月3日、18日に開かれた', 'ja'), ['absolute:2026年12月3日=2026-12-03', 'absolute:12月3日=2026-12-03', 'absolute:18日=2026-11-18']);
  // durations are not dates
  assert.deepEqual(read('9일 동안, 3일 만에, 9일간', 'ko'), []);
  assert.deepEqual(read('3日間、1日停止', 'ja'), []);
  // the month of a bare day is the one closest to the reference; 다음 달 / 来月 / 오는 / 지난 say which
  assert.deepEqual(read('다음 달 15일, 오는 2일, 지난 28일', 'ko'), ['relative:다음 달 15일=2026-12-15', 'absolute:오는 2일=2026-12-02', 'absolute:지난 28일=2026-11-28']);
  assert.deepEqual(read('来月15日', 'ja'), ['relative:来月15日=2026-12-15']);
});

test('relative phrases in three languages, weeks from Monday to Sunday', () => {
  assert.deepEqual(read('yesterday, today, tomorrow, this week, next week, last week, next month, last month', 'en'), [
    'relative:yesterday=2026-11-29', 'relative:today=2026-11-30', 'relative:tomorrow=2026-12-01', 'relative:this week=2026-11-30..2026-12-06',
    'relative:next week=2026-12-07..2026-12-13', 'relative:last week=2026-11-23..2026-11-29', 'relative:next month=2026-12-01..2026-12-31', 'relative:last month=2026-10-01..2026-10-31',
  ]);
  assert.deepEqual(read('어제 오늘 내일 이번 주 다음 주 지난주 다음 달', 'ko'), [
    'relative:어제=2026-11-29', 'relative:오늘=2026-11-30', 'relative:내일=2026-12-01', 'relative:이번 주=2026-11-30..2026-12-06',
    'relative:다음 주=2026-12-07..2026-12-13', 'relative:지난주=2026-11-23..2026-11-29', 'relative:다음 달=2026-12-01..2026-12-31',
  ]);
  assert.deepEqual(read('昨日、今日、明日、今週、来週、先週、来月', 'ja'), [
    'relative:昨日=2026-11-29', 'relative:今日=2026-11-30', 'relative:明日=2026-12-01', 'relative:今週=2026-11-30..2026-12-06',
    'relative:来週=2026-12-07..2026-12-13', 'relative:先週=2026-11-23..2026-11-29', 'relative:来月=2026-12-01..2026-12-31',
  ]);
  // not dates: 오늘날 (nowadays), 주말 after 다음 is "next weekend" and stays out, 明日香 is a name
  assert.deepEqual(read('오늘날', 'ko'), []);
  assert.deepEqual(read('明日香', 'ja'), []);
});

test('across month and year ends', () => {
  const newYearsEve = new Date('2026-12-31T12:00:00Z'); // Thursday
  assert.deepEqual(read('tomorrow, next week, next month, on Jan 2', 'en', newYearsEve), [
    'relative:tomorrow=2027-01-01', 'relative:next week=2027-01-04..2027-01-10', 'relative:next month=2027-01-01..2027-01-31', 'absolute:Jan 2=2027-01-02',
  ]);
  assert.deepEqual(read('2일 열린다. 어제', 'ko', newYearsEve), ['absolute:2일=2027-01-02', 'relative:어제=2026-12-30']);
  const first = new Date('2027-03-01T03:00:00Z'); // Monday
  assert.deepEqual(read('昨日、先週、28日', 'ja', first), ['relative:昨日=2027-02-28', 'relative:先週=2027-02-22..2027-02-28', 'absolute:28日=2027-02-28']);
});

test('weekdays without a date: by their prefix, else by the tense of their clause', () => {
  const thursday = new Date('2026-11-19T12:00:00Z');
  assert.deepEqual(read('The Assembly is expected to begin debating on Monday. The fire broke out on Tuesday.', 'en', thursday), [
    'weekday:Monday=2026-11-23', 'weekday:Tuesday=2026-11-17',
  ]);
  assert.deepEqual(read('She left last Friday and returns next Friday.', 'en', thursday), ['weekday:last Friday=2026-11-13', 'weekday:next Friday=2026-11-20']);
  assert.deepEqual(read('지난 월요일 회의를 열었다. 오는 금요일 발표할 예정이다. 이번 주 금요일 계약한다. 월요일 발표했다.', 'ko', thursday), [
    'weekday:지난 월요일=2026-11-16', 'weekday:오는 금요일=2026-11-20', 'weekday:이번 주 금요일=2026-11-20', 'weekday:월요일=2026-11-16',
  ]);
  assert.deepEqual(read('来週月曜日に発表する。月曜日に会見した。', 'ja', thursday), ['weekday:来週月曜日=2026-11-23', 'weekday:月曜日=2026-11-16']);
  assert.deepEqual(read('매주 월요일', 'ko', thursday), [], 'every Monday is no one day');
});

test('a relative phrase with its dates in parentheses is anchored to them', () => {
  const [m] = findDates('다음 주(12월 7일~12월 13일) 재개', 'ko', monday);
  assert.equal(m.text, '다음 주');
  assert.deepEqual([dayToIso(m.anchor!.from), dayToIso(m.anchor!.to)], ['2026-12-07', '2026-12-13']);
});

test('the calendar day is UTC unless a zone is given', () => {
  const late = new Date('2026-11-19T22:30:00Z'); // 20 November in Seoul
  assert.equal(dayToIso(localDay(late)), '2026-11-19');
  assert.equal(dayToIso(localDay(late, 'Asia/Seoul')), '2026-11-20');
  assert.equal(zoneFor('ko'), 'Asia/Seoul');
  assert.equal(zoneFor('en'), 'UTC');
  assert.deepEqual(findDates('어제', 'ko', late, { zone: 'Asia/Seoul' }).map((m) => dayToIso(m.from)), ['2026-11-19']);
});

test('printing absolute dates per language', () => {
  const dec7 = localDay(new Date('2026-12-07T00:00:00Z'));
  assert.equal(formatDate(dec7, 'en'), 'December 7');
  assert.equal(formatDate(dec7, 'en', { weekday: true }), 'Monday, December 7');
  assert.equal(formatDate(dec7, 'ko'), '12월 7일');
  assert.equal(formatDate(dec7, 'ja'), '12月7日');
  assert.equal(formatRange(dec7, dec7 + 6, 'ko'), '12월 7일~12월 13일');
  assert.equal(formatRange(dec7, dec7 + 6, 'ja'), '12月7日～12月13日');
});

test('the rewrite prints relative dates as absolute dates, and leaves quotations alone', () => {
  assert.equal(rewriteRelativeDates('The talks resume next week.', 'en', monday), 'The talks resume in the week of December 7.');
  assert.equal(rewriteRelativeDates('Yesterday, he met the press; she left on Friday night.', 'en', monday), 'On November 29, he met the press; she left on the night of Friday, November 27.');
  assert.equal(rewriteRelativeDates('They will meet on Monday, he said on Monday.', 'en', new Date('2026-12-03T10:00:00Z')), 'They will meet on Monday, December 7, he said on Monday, November 30.');
  assert.equal(rewriteRelativeDates('"We go today," she said today.', 'en', monday), '"We go today," she said on November 30.');
  assert.equal(rewriteRelativeDates("Saturday's quake", 'en', monday), "Saturday's quake", 'possessives stay');
  assert.equal(rewriteRelativeDates('회담은 다음 주 재개된다. 어제 장관은 지난 월요일 회의를 언급했다. 18일 열린 회의.', 'ko', monday),
    '회담은 다음 주(12월 7일~12월 13일) 재개된다. 11월 29일 장관은 지난 월요일(11월 23일) 회의를 언급했다. 11월 18일 열린 회의.');
  assert.equal(rewriteRelativeDates('協議は来週再開する。昨日、大臣は月曜日に会見した。「今日は休む」', 'ja', monday),
    '協議は来週（12月7日～12月13日）再開する。11月29日、大臣は月曜日（11月30日）に会見した。「今日は休む」');
  // a rewritten text reads the same and is not rewritten twice
  const once = rewriteRelativeDates('다음 주 재개', 'ko', monday);
  assert.equal(rewriteRelativeDates(once, 'ko', new Date('2026-12-20T00:00:00Z')), once);
});

test('dateTerms (what extractTerms emits) stays d:M-D', () => {
  assert.deepEqual(dateTerms('11월 18일, 12月4日, Nov. 19 and 20 November'), ['d:11-18', 'd:12-4', 'd:11-19', 'd:11-20']);
});
