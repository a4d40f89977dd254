// Turns fetched bytes into text. The character set comes from, in order: a
// byte-order mark, the HTTP Content-Type header, the XML prolog, the HTML
// meta tag; UTF-8 otherwise. Decoding uses the WHATWG decoders built into
// Node (full ICU): EUC-KR is decoded as its superset CP949, GB2312 as GB18030.
// Every feed and page is read through here, so raw NULs are dropped here once.
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

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // unknown label: fall through to the next clue
  }
}

export interface Decoded {
  text: string;
  charset: string;
}

export function decodeBytes(bytes: Uint8Array, contentType?: string): Decoded {
  const candidates = [bomCharset(bytes), charsetFromContentType(contentType), sniffDeclared(bytes)];
  for (const label of candidates) {
    const decoder = decoderFor(label);
    if (decoder) return { text: storableText(decoder.decode(bytes)), charset: decoder.encoding };
  }
  return { text: storableText(new TextDecoder('utf-8').decode(bytes)), charset: 'utf-8' };
}
