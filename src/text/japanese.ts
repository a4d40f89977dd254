// Japanese morphology by kuromoji and the IPADIC dictionary it ships with (no
// download): words, their part of speech (IPADIC tags proper nouns as 人名,
// 地域 or 組織) and their readings in katakana. The dictionary takes about
// 170 MB once loaded, so it is loaded on first need, only where Japanese text
// is handled, and let go again when unused for a while.
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';
import type kuromoji from 'kuromoji';

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
  /** the dictionary does not know the word (a foreign name in katakana, most often) */
  unknown: boolean;
}

let tokenizer: kuromoji.Tokenizer<kuromoji.IpadicFeatures> | undefined;

/**
 * The dictionary is let go after this long unused, for the garbage collector
 * to take back its 170 MB: a server that handled one Japanese report an hour
 * ago should not hold it; loading it again costs about a second.
 */
const releaseAfterMs = 2 * 60_000;
let lastUse = 0;
let releaseTimer: NodeJS.Timeout | undefined;

function keepAWhile() {
  lastUse = Date.now();
  if (releaseTimer) return;
  const check = () => {
    const idle = Date.now() - lastUse;
    if (idle >= releaseAfterMs) {
      tokenizer = undefined;
      releaseTimer = undefined;
    } else {
      releaseTimer = setTimeout(check, releaseAfterMs - idle);
      releaseTimer.unref();
    }
  };
  releaseTimer = setTimeout(check, releaseAfterMs);
  releaseTimer.unref();
}

const require = createRequire(import.meta.url);
const dictionary = () => path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');

/**
 * Load the dictionary now, synchronously (about a second, once per process).
 * kuromoji's own loader is asynchronous only because it reads its files so;
 * the same loader reading them synchronously lets every caller stay
 * synchronous. Processes that serve call `loadJapanese()` at start instead.
 */
function loadSync(): kuromoji.Tokenizer<kuromoji.IpadicFeatures> {
  keepAWhile();
  if (tokenizer) return tokenizer;
  const DictionaryLoader = require('kuromoji/src/loader/DictionaryLoader');
  const Tokenizer = require('kuromoji/src/Tokenizer');
  const loader = new DictionaryLoader(dictionary());
  loader.loadArrayBuffer = (file: string, done: (err: Error | null, buffer?: ArrayBuffer) => void) => {
    try {
      done(null, new Uint8Array(zlib.gunzipSync(fs.readFileSync(file))).buffer);
    } catch (e) {
      done(e as Error);
    }
  };
  let failure: Error | undefined;
  loader.load((err: Error | null, dic: unknown) => {
    if (err) failure = err;
    else tokenizer = new Tokenizer(dic);
  });
  if (!tokenizer) throw new Error(`the Japanese dictionary (kuromoji) could not be loaded: ${failure?.message ?? 'it did not load synchronously'}`);
  return tokenizer;
}

/** Load the dictionary ahead of first use, off the request path (at start, in a stage). */
export async function loadJapanese(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  loadSync();
}

export const japaneseReady = () => tokenizer !== undefined;

export function tokenize(text: string): Token[] {
  return loadSync().tokenize(text).map((t) => ({
    surface: t.surface_form, pos: t.pos, detail1: t.pos_detail_1, detail2: t.pos_detail_2, detail3: t.pos_detail_3,
    reading: t.reading && t.reading !== '*' ? t.reading : t.surface_form,
    unknown: t.word_type === 'UNKNOWN',
  }));
}

const katakana = /^[\u30a0-\u30ff]+$/;

/** The reading of a Japanese word or name in katakana (kanji through the dictionary, kana as they are). */
export function readingOf(text: string): string {
  if (katakana.test(text)) return text;
  return tokenize(text).map((t) => t.reading).join('');
}
