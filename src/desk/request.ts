// Reading desk requests: form bodies and the client's address.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

const formType = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

export class FormError extends Error {}

/** The posted form as text fields (a repeated field keeps its last value; files are refused). */
export async function formOf(c: Context): Promise<Record<string, string>> {
  if (!formType.test(c.req.header('content-type') ?? '')) throw new FormError('send the form as application/x-www-form-urlencoded');
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    throw new FormError('the form could not be read');
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    const value = Array.isArray(v) ? v[v.length - 1] : v;
    if (typeof value !== 'string') throw new FormError(`the field ${k} must be text`);
    out[k] = value;
  }
  return out;
}

/** The posted form, or undefined when it is not a readable text form (the caller answers 400). */
export async function readForm(c: Context): Promise<Record<string, string> | undefined> {
  try {
    return await formOf(c);
  } catch (e) {
    if (e instanceof FormError) return undefined;
    throw e;
  }
}

/** The socket's remote address ('' for a request made in-process). Proxies' headers are not trusted. */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? '';
  } catch {
    return '';
  }
}
