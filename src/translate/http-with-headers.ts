// JSON POST with the provider's own authorization header (DeepL wants
// "Authorization: DeepL-Auth-Key …", which the shared ProviderClient cannot
// send: it only knows "Bearer"). Same behaviour as ProviderClient: a time-out,
// retries with exponential backoff on 429 and 5xx honouring Retry-After, and
// a ProviderError carrying the HTTP status. Requests are not pooled here: the
// translate stage sends one at a time.
import { defaultProviderOptions, ProviderError, type ProviderOptions } from '../ai/http.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** "fetch failed" says nothing; its cause ("connect ECONNREFUSED 127.0.0.1:9") does. */
function networkReason(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  return err.cause?.message ?? err.cause?.code ?? err.message;
}

export async function postJsonWithHeaders<T>(
  name: string,
  url: string,
  headers: Record<string, string>,
  body: unknown,
  options: Partial<ProviderOptions> = {},
): Promise<T> {
  const opts = { ...defaultProviderOptions, ...options };
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
    } catch (e) {
      if (attempt < opts.retries) {
        await sleep(opts.backoffMs * 2 ** attempt);
        continue;
      }
      const timedOut = (e as Error).name === 'TimeoutError';
      throw new ProviderError(`${name}: ${timedOut ? `no answer within ${opts.timeoutMs} ms` : networkReason(e)}`);
    }
    if (res.ok) {
      try {
        return (await res.json()) as T;
      } catch {
        throw new ProviderError(`${name}: the answer is not JSON`, res.status);
      }
    }
    const text = (await res.text().catch(() => '')).slice(0, 300);
    if ((res.status === 429 || res.status >= 500) && attempt < opts.retries) {
      const after = Number(res.headers.get('retry-after'));
      await sleep(Number.isFinite(after) && after > 0 ? Math.min(after * 1000, 60_000) : opts.backoffMs * 2 ** attempt);
      continue;
    }
    throw new ProviderError(`${name}: HTTP ${res.status} ${text}`.trim(), res.status);
  }
}
