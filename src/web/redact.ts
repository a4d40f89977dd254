// Addresses as the public may see them, the same way on every page, feed and
// API answer: feed addresses can carry passwords and keys, and error text can
// carry both addresses and the server's file-system layout.

/** Names of query parameters that carry credentials in feed addresses. */
const secretName = /(^|[_-])(api)?(key|token|secret|password|passwd|pwd|auth|signature|sig|session)$/i;

/**
 * A source address as the public may see it: http(s) only (a local file's
 * path says nothing useful and shows the server's layout), with user names,
 * passwords and credential-like query values removed.
 */
export function publicUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.username = '';
  u.password = '';
  for (const key of [...u.searchParams.keys()]) if (secretName.test(key)) u.searchParams.set(key, 'redacted');
  return u.toString();
}

const addressInText = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]+/gi;
// an absolute path of two or more segments, not part of an address or a word
const pathInText = /(?<![\w.:/-])(?:\/[\w.@+-]+){2,}\/?/g;

/** An error message with every address passed through `publicUrl` and every file path hidden. */
export function publicError(message: string): string {
  const parts = message.split(addressInText);
  const addresses = message.match(addressInText) ?? [];
  return parts
    .map((text, i) => text.replace(pathInText, '(local path)') + (i < addresses.length ? (publicUrl(addresses[i]) ?? '(local address)') : ''))
    .join('');
}
