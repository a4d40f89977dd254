// Which Korean words become phonetic name keys (issue 15): names do, ordinary
// words do not, with or without their particle.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOrdinaryKoreanWord, latinKey, phoneticKeys } from '../../src/text/signature.ts';

test('ordinary Korean words, with or without a particle, are no names', () => {
  for (const w of ['말했다', '섬', '섬은', '다리가', '정부의']) assert.ok(isOrdinaryKoreanWord(w), w);
  for (const w of ['섬은', '다리가', '정부의', '발표했다']) assert.deepEqual(phoneticKeys(w, 'ko', false), [], w);
});

test('place and organisation names keep their keys, with and without their generic ending', () => {
  for (const w of ['해오름섬', '가람시', '포트미어', '휘틀로']) assert.ok(!isOrdinaryKoreanWord(w), w);
  const garam = phoneticKeys('가람시', 'ko', false);
  assert.ok(garam.includes(latinKey('Garam')), `가람시 → ${garam}`);
  assert.ok(phoneticKeys('해오름섬', 'ko', false).includes(latinKey('Haeoreum')));
  // a name ending in a particle's syllable is still a name when what precedes is no common word
  assert.ok(phoneticKeys('아우렌나가', 'ko', false).length > 0);
});
