// The online clusterer on its own: hard cases in small, determinism, the window.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Clusterer, type ClusterReport } from '../../src/stories/clusterer.ts';

const day = 24 * 3600_000;
const at = (d: number, h = 0) => new Date(Date.UTC(2026, 10, 1) + d * day + h * 3600_000);

/** Run reports through the clusterer in order; returns each one's story and thread. */
function cluster(reports: ClusterReport[], c = new Clusterer()) {
  let next = 1;
  return reports.map((r) => c.place(r, () => next++));
}

const background: ClusterReport[] = [
  { title: 'Rovers beat Athletic in the league', body: 'The Veloria Rovers beat Portmere Athletic 2-1 in the league on Saturday at Harbour Park before 18,000 fans.', lang: 'en', publishedAt: at(0) },
  { title: 'Central bank holds rates', body: 'The Bank of Aurenna held its policy rate at 4 percent on Thursday, citing slowing inflation in the provinces.', lang: 'en', publishedAt: at(0, 2) },
  { title: 'Festival opens in Karam', body: 'The Karam film festival opened on Friday with 212 films from 40 countries and a record 86,000 tickets sold.', lang: 'en', publishedAt: at(0, 3) },
];

test('one event in different words joins one story; look-alikes with the same actors stay apart', () => {
  const res = cluster([
    ...background,
    { title: 'Minister Hale opens the Garam bridge', body: 'Transport minister Dara Hale opened the 2.4 kilometre Garam bridge on Monday, cutting the trip to Haeorum island from 50 minutes to 7.', lang: 'en', publishedAt: at(1) },
    { title: 'Garam bridge opens to traffic', body: 'Drivers crossed the new Garam bridge to Haeorum island for the first time on Monday after minister Dara Hale cut the ribbon; the crossing now takes 7 minutes instead of 50.', lang: 'en', publishedAt: at(1, 3) },
    { title: 'Hale grilled over transport budget', body: 'Transport minister Dara Hale faced questions from the assembly budget committee on Tuesday over a 12 percent rise in rail subsidies.', lang: 'en', publishedAt: at(2) },
  ]);
  const [bridge1, bridge2, budget] = res.slice(3);
  assert.equal(bridge1.story, bridge2.story, 'the bridge opening is one story');
  assert.notEqual(budget.story, bridge1.story, 'the same minister at a budget hearing is another story');
  assert.notEqual(budget.thread, bridge1.thread, '…and another thread');
  assert.equal(new Set(res.slice(0, 3).map((r) => r.story)).size, 3);
});

test('a follow-up is threaded, not merged; Korean particles do not hide the shared names', () => {
  const res = cluster([
    ...background,
    { title: '노스게이트 버스노조, 다음 주 파업 예고', body: '노스게이트 버스노조는 임금 협상이 결렬되자 11월 24일부터 48시간 파업에 들어가겠다고 예고했다. 노조원 2,400명이 참여한다.', lang: 'ko', publishedAt: at(3) },
    { title: '노스게이트 버스노조 파업 돌입', body: '노스게이트 버스노조가 24일 새벽 48시간 파업에 돌입해 시내버스 운행이 멈췄다. 노조원 2,400명이 거리로 나섰다.', lang: 'ko', publishedAt: at(6) },
    { title: '노스게이트 버스 파업 시작…출근길 혼잡', body: '노스게이트의 버스노조 파업으로 24일 출근길 시민들이 큰 불편을 겪었다. 노조원 2,400명이 참여했다.', lang: 'ko', publishedAt: at(6, 2) },
  ]);
  const [announced, begins, begins2] = res.slice(3);
  assert.equal(begins.story, begins2.story);
  assert.notEqual(begins.story, announced.story, 'the strike beginning is not the announcement');
  assert.equal(begins.thread, announced.thread, 'but it continues its thread');
  assert.equal(begins.follows, announced.story);
});

test('the same reports in the same order give the same stories', () => {
  const reports = [...background, ...background.map((r, i) => ({ ...r, title: r.title + ' again', publishedAt: at(0, 5 + i) }))];
  assert.deepEqual(cluster(reports), cluster(reports));
});

test('a story closes after its quiet period, and stories older than the window leave memory', () => {
  const c = new Clusterer({ quietHours: 48, threadDays: 5 });
  const res = cluster([
    background[1],
    { ...background[1], title: 'Central bank holds rates again', publishedAt: at(4) },
  ], c);
  assert.notEqual(res[0].story, res[1].story, 'four quiet days later, the same words are a new story');
  const many = Array.from({ length: 600 }, (_, i) => ({
    title: `Item ${i} about topic ${i}`, body: `Unique words ${i} for story zeta${i} omega${i} and ${i * 7} things.`, lang: 'en', publishedAt: at(10 + i / 24),
  }));
  cluster(many, c);
  assert.ok(c.storiesInMemory < 200, `only the window stays in memory: ${c.storiesInMemory}`);
});
