// Japanese morphology by kuromoji and the IPADIC dictionary it ships with (no
// download): words, their part of speech (IPADIC tags proper nouns as 人名,
// 地域 or 組織) and their readings in katakana. The dictionary takes about
// 100 MB once loaded, so it is loaded on first need, only where Japanese text
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
 * to take back its ~100 MB resident: a server whose pipeline handled its last
 * Japanese report a few seconds ago should not hold it while it only serves
 * pages. The jobs of one pass follow each other closely and keep it; loading
 * it again costs under a second, once per pass that needs it.
 */
const releaseAfterMs = 5_000;
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

/*
 * Memory. kuromoji keeps the dictionary's word → entries map as an object of
 * arrays (some 70 MB of heap for 4 MB of data), and its byte buffers with the
 * zero padding they were written with (some 35 MB). Here the map is kept as
 * two typed arrays and the padding is cut: kuromoji's ByteBuffer answers 0
 * when asked past its end, as it did for the padding.
 */

/** the files kuromoji reads through its ByteBuffer only (the others become typed arrays of fixed length) */
const paddedFiles = new Set(['tid.dat.gz', 'tid_pos.dat.gz', 'unk.dat.gz', 'unk_pos.dat.gz', 'unk_map.dat.gz']);

/** The bytes up to the 4-byte word holding the last non-zero byte, and one word more. */
function withoutPadding(bytes: Buffer): Buffer {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, Math.min(bytes.length, Math.ceil(end / 4) * 4 + 4));
}

/**
 * A dictionary file as an ArrayBuffer of its own. Inflated into one buffer
 * of the size the gzip trailer gives (not in 16 KB pieces joined after, which
 * leave the process's heap fragmented and resident).
 */
function readDictionaryFile(file: string): ArrayBuffer {
  const gz = fs.readFileSync(file);
  const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
  let bytes: Buffer = zlib.gunzipSync(gz, { chunkSize: Math.max(64 * 1024, size + 1) });
  if (paddedFiles.has(path.basename(file))) bytes = withoutPadding(bytes);
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer;
}

/**
 * A target map file (key, count, count values; repeated) as offsets and
 * values; `map[key]` gives the key's values as kuromoji's builder reads them.
 */
function compactTargetMap(bytes: Uint8Array): Record<number, Int32Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const int = (at: number) => (at + 4 <= bytes.length ? view.getInt32(at, true) : 0);
  let maxKey = -1;
  let total = 0;
  for (let at = 4; at < bytes.length; ) {
    const key = int(at);
    const n = int(at + 4);
    maxKey = Math.max(maxKey, key);
    total += n;
    at += 8 + 4 * n;
  }
  const starts = new Int32Array(maxKey + 2);
  for (let at = 4; at < bytes.length; at += 8 + 4 * int(at + 4)) starts[int(at) + 1] += int(at + 4);
  for (let k = 1; k < starts.length; k++) starts[k] += starts[k - 1];
  const values = new Int32Array(total);
  const filled = starts.slice(0, -1);
  for (let at = 4; at < bytes.length; ) {
    const key = int(at);
    const n = int(at + 4);
    for (let i = 0; i < n; i++) values[filled[key]++] = int(at + 8 + 4 * i);
    at += 8 + 4 * n;
  }
  const none = new Int32Array(0);
  return new Proxy({}, {
    get(_, name) {
      const key = typeof name === 'string' ? Number(name) : NaN;
      return key >= 0 && key <= maxKey ? values.subarray(starts[key], starts[key + 1]) : none;
    },
  });
}

function compactTargetMaps(TokenInfoDictionary: { prototype: { loadTargetMap: unknown; target_map: unknown } }) {
  TokenInfoDictionary.prototype.loadTargetMap = function (this: { target_map: unknown }, bytes: Uint8Array) {
    this.target_map = compactTargetMap(bytes);
    return this;
  };
}

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
  compactTargetMaps(require('kuromoji/src/dict/TokenInfoDictionary'));
  const loader = new DictionaryLoader(dictionary());
  loader.loadArrayBuffer = (file: string, done: (err: Error | null, buffer?: ArrayBuffer) => void) => {
    try {
      done(null, readDictionaryFile(file));
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
