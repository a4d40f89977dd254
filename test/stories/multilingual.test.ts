// One event in three languages, written independently (issue 15): the
// language-independent signature (phonetic name keys, figures, resolved days)
// joins what shares no words; the same actors on another matter stay apart;
// a later step restating the figures days later joins the thread.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Clusterer, type ClusterReport } from '../../src/stories/clusterer.ts';
import { latinKey, phoneticKeys } from '../../src/text/signature.ts';
import { demoCorpus } from '../../bench/cluster-quality.ts';

const day = 24 * 3600_000;
const at = (d: number, h = 0) => new Date(Date.UTC(2026, 10, 2) + d * day + h * 3600_000);

/**
 * A clusterer that has read a collection already (the demo corpus, dated two
 * months earlier, so none of its stories is still open): document
 * frequencies then tell a rare name from a common word, as in service.
 */
function warmClusterer() {
  const c = new Clusterer();
  const demo = demoCorpus();
  const shift = at(-60).getTime() - demo[0].publishedAt.getTime();
  let next = 10_000;
  for (const r of demo) c.place({ ...r, publishedAt: new Date(r.publishedAt.getTime() + shift) }, () => next++);
  return c;
}

function cluster(reports: ClusterReport[], c = warmClusterer()) {
  let next = 1;
  return reports.map((r) => c.place(r, () => next++));
}

const background: ClusterReport[] = [
  { title: 'Central bank holds rates', body: 'The Bank of Aurenna held its policy rate at 4 percent on Thursday, citing slowing inflation in the provinces.', lang: 'en', publishedAt: at(0) },
  { title: '가람시 불꽃축제 개막', body: '가람시 불꽃축제가 2일 개막해 첫날 관람객 8만6천 명이 몰렸다고 주최 측이 밝혔다.', lang: 'ko', publishedAt: at(0, 1) },
  { title: '湊浦県で大雨', body: '湊浦県で2日、記録的な大雨となり、約3400世帯が停電した。', lang: 'ja', publishedAt: at(0, 2) },
];

test('a name keeps one phonetic key across scripts', () => {
  assert.equal(latinKey('Portmere'), phoneticKeys('포트미어', 'ko', false)[0]);
  assert.ok(phoneticKeys('ポートミア', 'ja', false).includes(latinKey('Portmere')));
  assert.ok(phoneticKeys('휘틀로', 'ko', false).includes(latinKey('Whitlow')));
});

test('an event reported independently in Korean, English and Japanese is one story', () => {
  const res = cluster([
    ...background,
    { title: 'Whitlow arrives in Portmere for talks, deals worth 2.1bn crowns signed', body: 'Prime Minister Maren Whitlow welcomed Kiriwa\'s leader in Portmere on Tuesday. The two governments signed three agreements worth 2.1bn crowns, most of it for the harbour.', lang: 'en', publishedAt: at(1, 2) },
    { title: '휘틀로 총리 포트미어 정상회담…21억 크라운 협정', body: '마렌 휘틀로 총리가 3일 포트미어에서 정상회담을 열었다. 양국은 항만 투자를 중심으로 모두 21억 크라운 규모의 협정 3건에 서명했다고 당국이 밝혔다.', lang: 'ko', publishedAt: at(1, 9) },
    { title: 'ポートミアで首脳会談　協定に署名', body: '首脳会談は3日、ポートミアで開かれた。マレン・ホイットロー首相によると、協定の総額は21億クラウンにのぼる。', lang: 'ja', publishedAt: at(1, 14) },
  ]);
  const [en, ko, ja] = res.slice(3);
  assert.equal(ko.story, en.story, 'the Korean report joins the English one');
  assert.equal(ja.story, en.story, 'the Japanese report joins it too');
  assert.equal(new Set(res.slice(0, 3).map((r) => r.story)).size, 3, 'unrelated reports stay apart');
});

test('the same actors on another matter, days later, stay another story', () => {
  const res = cluster([
    ...background,
    { title: 'Whitlow signs harbour deals in Portmere', body: 'Prime Minister Maren Whitlow signed three agreements worth 2.1bn crowns in Portmere on Tuesday, most of it for the harbour.', lang: 'en', publishedAt: at(1, 2) },
    { title: '휘틀로 총리, 포트미어서 의회 예산 질의', body: '마렌 휘틀로 총리가 7일 포트미어 의회 예산위원회에 출석해 철도 보조금 12퍼센트 인상에 대한 질의를 받았다.', lang: 'ko', publishedAt: at(5, 3) },
  ]);
  assert.notEqual(res[4].story, res[3].story);
  assert.notEqual(res[4].thread, res[3].thread);
});

test('a later step restating the figures days later joins the thread, in another language', () => {
  const res = cluster([
    ...background,
    { title: 'Northgate bus union calls 48-hour strike', body: 'The Northgate bus union said 2,400 members would walk out for 48 hours from next week after wage talks collapsed over a 7.5 percent demand, its leader Park Min-jae said.', lang: 'en', publishedAt: at(1) },
    { title: '노스게이트 버스 파업 돌입…출근길 혼잡', body: '노스게이트 버스노조 조합원 2,400명이 6일 새벽 파업에 들어갔다. 박민재 위원장은 7.5퍼센트 임금 인상 요구를 굽히지 않겠다고 말했다.', lang: 'ko', publishedAt: at(4, 1) },
  ]);
  assert.notEqual(res[4].story, res[3].story, 'a later step is its own story');
  assert.equal(res[4].thread, res[3].thread, '…in the same thread');
});

test('within one language, ordinary words that sound alike are no shared name', () => {
  // 개통 and 구단, 착공 and 직행, 서지안 and 시즌 share keys; the city's name and the day are shared too
  const res = cluster([
    { title: '누리시 새 다리 개통…착공 6년 만', body: '누리시와 솔섬을 잇는 다리가 3일 개통했다. 착공 6년 만이다. 서지안 지사와 시민 1,500여명이 개통식에 참석했다. 행사는 오전에 열렸다.', lang: 'ko', publishedAt: at(1, 2) },
    { title: '누리시 구단, 시즌 최종전 승리로 1부 직행', body: '누리시를 연고로 한 프로축구 구단이 3일 시즌 최종전에서 이겨 1부 리그 직행을 확정했다. 시청 앞 광장에서 시민 응원 행사가 열렸다.', lang: 'ko', publishedAt: at(1, 8) },
    { title: '솔섬 잇는 다리 열려…서지안 지사 "섬 주민 숙원 풀었다"', body: '서지안 지사는 3일 솔섬 연륙교 개통식에서 주민 1,500여명 앞에 섰다. 누리시 본토와 솔섬 사이 뱃길 50분이 차로 7분이 됐다.', lang: 'ko', publishedAt: at(1, 9) },
  ]);
  assert.notEqual(res[1].story, res[0].story, 'the football club is another story than the bridge');
  assert.equal(res[2].story, res[0].story, 'another report of the bridge, naming the same island and governor, joins it');
});
