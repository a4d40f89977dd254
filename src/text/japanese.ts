// Japanese morphology by kuromoji and the IPADIC dictionary it ships with (no
// download): words, their part of speech (IPADIC tags proper nouns as 人名,
// 地域 or 組織) and their readings in katakana. The dictionary takes about
// 170 MB once loaded, so it is loaded on first need, once per process, and
// only where Japanese text is handled: call `await loadJapanese()` before
// the synchronous functions below.
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';

export interface Token {
  surface: string;
  /** 名詞, 助詞 … */
  pos: string;
  /** 固有名詞, 一般, 接尾 … */
  detail1: string;
  /** 人名, 地域, 組織 … for proper nouns */
  detail2: string;
  /** 姓, 名, 国, 一般 … */
  detail3: string;
  /** in katakana; the surface itself when the dictionary does not know the word */
  reading: string;
}

let tokenizer: kuromoji.Tokenizer<kuromoji.IpadicFeatures> | undefined;
let loading: Promise<void> | undefined;

const dictionary = () => path.join(path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');

export function loadJapanese(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionary() }).build((err, built) => {
      if (err) {
        loading = undefined;
        return reject(new Error(`the Japanese dictionary (kuromoji) could not be loaded: ${err.message}`));
      }
      tokenizer = built;
      resolve();
    });
  });
  return loading;
}

export const japaneseReady = () => tokenizer !== undefined;

/** Load the dictionary if any of these languages is Japanese. */
export async function prepareLanguages(langs: Iterable<string | null | undefined>): Promise<void> {
  for (const l of langs) if (l?.slice(0, 2) === 'ja') return loadJapanese();
}

export function tokenize(text: string): Token[] {
  if (!tokenizer) throw new Error('Japanese text analysis was used before loadJapanese() finished');
  return tokenizer.tokenize(text).map((t) => ({
    surface: t.surface_form, pos: t.pos, detail1: t.pos_detail_1, detail2: t.pos_detail_2, detail3: t.pos_detail_3,
    reading: t.reading && t.reading !== '*' ? t.reading : t.surface_form,
  }));
}

const katakana = /^[\u30a0-\u30ff]+$/;

/** The reading of a Japanese word or name in katakana (kanji through the dictionary, kana as they are). */
export function readingOf(text: string): string {
  if (katakana.test(text)) return text;
  return tokenize(text).map((t) => t.reading).join('');
}
