import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WordList } from '../../src/text/word-list.ts';

test('a word list answers as a Set of the same words does', () => {
  const words = ['zebra', 'a', 'ab', 'abc', 'b', 'é', '가나', 'ab', 'Zed', ''];
  const list = WordList.of(words);
  const set = new Set(words);
  assert.equal(list.size, set.size);
  for (const w of [...words, 'abcd', 'aa', 'zebras', 'zebr', 'c', 'Ab', 'e', '가', '가나다', ' ', 'a\nab']) assert.equal(list.has(w), set.has(w), w);
});

test('the English word list: every word found, and words next to them in order that are not in it are not', () => {
  const words: string[] = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'utf8'));
  const list = WordList.of(words);
  const set = new Set(words);
  assert.equal(list.size, set.size);
  for (const w of words) assert.ok(list.has(w), w);
  for (const w of words.slice(0, 5000)) for (const near of [w + 'q', w.slice(0, -1), w.toUpperCase()]) assert.equal(list.has(near), set.has(near), near);
});
