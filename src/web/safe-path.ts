// Where the site may send a reader back to: a path on this site, never
// another origin. Browsers strip tabs and newlines from addresses and read
// `\` as `/`, so `/\t/evil` and `/\evil` mean `//evil` (another host) to them;
// Node refuses control characters in headers outright. Anything unusual is
// refused rather than repaired.

const maxLength = 2048;
// C0 controls, DEL and the backslash
const refused = /[\x00-\x1f\x7f\\]/;

/** A same-site path to return to (never another origin), or `fallback`. */
export function safeLocalPath(raw: string | undefined | null, fallback: string): string {
  if (!raw || raw.length > maxLength || !raw.startsWith('/') || raw.startsWith('//') || refused.test(raw)) return fallback;
  // spaces, C1 controls and other non-ASCII text go out percent-encoded: a header holds bytes, not text
  try {
    return raw.replace(/[^\x21-\x7e]+/g, (s) => encodeURIComponent(s));
  } catch {
    return fallback; // a lone surrogate cannot be encoded
  }
}

/** Is this `Location` value on this site (a local path, or an address at `ownOrigin`)? */
export function isSameSiteLocation(location: string, ownOrigin: string): boolean {
  if (location.startsWith('/')) return safeLocalPath(location, '') === location;
  if (/[^\x21-\x7e]/.test(location)) return false;
  try {
    return new URL(location).origin === ownOrigin && !location.includes('\\');
  } catch {
    return false;
  }
}
