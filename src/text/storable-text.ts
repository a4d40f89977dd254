// PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate is not a
// character at all (drivers turn it into U+FFFD or refuse it). One such code
// unit in one feed entry would make the whole feed unstorable, so every text
// taken from a source passes through here before it is stored.

// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function storableText(s: string): string {
  // most documents have neither: skip the rewrite
  return /[\u0000\ud800-\udfff]/.test(s) ? s.replace(unstorable, '') : s;
}
