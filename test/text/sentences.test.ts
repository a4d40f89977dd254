import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentences } from '../../src/text/sentences.ts';

test('sentences in three languages; an abbreviation does not end an English sentence', () => {
  assert.deepEqual(sentences('The next meeting is on Jan. 14 in Portmere. Rates stay at 4.25%.', 'en'),
    ['The next meeting is on Jan. 14 in Portmere.', 'Rates stay at 4.25%.']);
  assert.deepEqual(sentences('Mr. Korvath arrived. He left on Friday.', 'en'), ['Mr. Korvath arrived.', 'He left on Friday.']);
  assert.deepEqual(sentences('다리가 개통했다. 시장은 기뻐했다.', 'ko'), ['다리가 개통했다.', '시장은 기뻐했다.']);
  assert.deepEqual(sentences('橋が開通した。市長は喜んだ。', 'ja'), ['橋が開通した。', '市長は喜んだ。']);
});
