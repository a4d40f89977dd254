// Turns fetched bytes into text. Clues, strongest first: a byte-order mark;
// the NUL pattern of UTF-16 without one; a body that is valid UTF-8 (it wins
// over a declared charset, as Miniflux does: publishers often declare the
// wrong one, and legacy text is almost never valid UTF-8 by accident); the
// charset from the HTTP header, else the XML prolog or HTML meta tag; for an
// undeclared body that is not UTF-8, detection (chardet, over the text
// between tags). Labels resolve the WHATWG way (iso-8859-1 and us-ascii are
// windows-1252, EUC-KR is CP949). Single-byte charsets go through iconv-lite:
// Node 20's TextDecoder turns windows-1252's 0x80–0x9F into C1 controls.
// Every feed and page is read through here, so raw NULs are dropped here once.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { storableText } from '../text/storable-text.ts';

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return m?.[1].toLowerCase();
}

function sniffDeclared(bytes: Uint8Array): string | undefined {
  // Declarations are ASCII, so reading the head as latin1 is safe for every charset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const xml = head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i);
  if (xml) return xml[1].toLowerCase();
  const meta =
    head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i) ??
    head.match(/<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i);
  return meta?.[1].toLowerCase();
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * UTF-16 without a BOM: feeds and pages are mostly ASCII markup, so one byte
 * of every pair is NUL. Which one (even or odd offsets) gives the byte order.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length, 1024) >> 1;
  if (pairs < 2) return undefined;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** The WHATWG name of a charset label, or undefined for a label no decoder knows. */
function whatwgName(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

// Node's ICU decoders follow WHATWG for these; every other (single-byte) charset goes to iconv-lite.
const platformDecoded = new Set(['utf-8', 'utf-16le', 'utf-16be', 'gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr']);
const sevenBit = new Set(['iso-2022-jp']);

function decodeAs(bytes: Uint8Array, name: string): string {
  if (!platformDecoded.has(name) && iconv.encodingExists(name)) return iconv.decode(Buffer.from(bytes), name);
  return new TextDecoder(name).decode(bytes);
}

/** Detect the charset of a body that declares none and is not UTF-8, from the bytes between tags. */
export function detectCharset(bytes: Uint8Array): string | undefined {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 256 * 1024)).toString('latin1');
  const text = Buffer.from(sample.replace(/<[^>]*>/g, ' ').replace(/&#?\w+;/g, ' '), 'latin1');
  const best = chardet.analyse(text).find((m) => whatwgName(m.name) && !/^utf-(16|32)/i.test(m.name));
  return whatwgName(best?.name);
}

export interface Decoded {
  text: string;
  charset: string;
  /** how the charset was chosen when it was not simply declared (a wrong declaration, detection) */
  note?: string;
  /** bytes that were not valid in the chosen charset were replaced (U+FFFD) */
  lossy?: boolean;
}

export function decodeBytes(bytes: Uint8Array, contentType?: string): Decoded {
  const done = (charset: string, note?: string): Decoded => {
    const raw = decodeAs(bytes, charset);
    const lossy = raw.includes('\ufffd') || undefined;
    return { text: storableText(raw), charset, ...(note ? { note } : {}), ...(lossy ? { lossy } : {}) };
  };
  const bom = bomCharset(bytes);
  if (bom) return done(bom);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return done(utf16, `${utf16} without a byte-order mark, read from its NUL pattern`);
  const header = whatwgName(charsetFromContentType(contentType));
  const inDoc = whatwgName(sniffDeclared(bytes));
  // A UTF-16 label on an 8-bit body (no NUL pattern) is wrong: ignore it.
  const declared = [header, inDoc].find((n) => n && !n.startsWith('utf-16'));
  if (isUtf8(bytes)) {
    // ISO-2022-JP is 7-bit, so it is always valid UTF-8: trust its declaration when it shifts.
    if (declared && sevenBit.has(declared) && bytes.includes(0x1b)) return done(declared);
    const nonAscii = bytes.some((b) => b > 0x7f);
    return done('utf-8', declared && declared !== 'utf-8' && nonAscii ? `declared ${declared}, but the body is valid UTF-8` : undefined);
  }
  if (declared && declared !== 'utf-8') return done(declared);
  // Declared UTF-8 (or nothing) but not valid UTF-8: mostly UTF-8 with stray
  // bytes stays UTF-8; otherwise it is a legacy charset to detect.
  const asUtf8 = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0, multibyte = 0;
  for (const ch of asUtf8) {
    if (ch === '\ufffd') replaced++;
    else if (ch.charCodeAt(0) > 0x7f) multibyte++;
  }
  if (multibyte > replaced) return done('utf-8');
  const detected = detectCharset(bytes) ?? 'windows-1252';
  return done(detected, `${declared ? 'declared utf-8, but not valid UTF-8' : 'no charset declared'}: detected ${detected}`);
}
