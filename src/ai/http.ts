// JSON over HTTP to AI providers (OpenAI-compatible and others): a time-out,
// retries with exponential backoff on 429 and 5xx (honouring Retry-After),
// and a limit on requests in flight. Provider addresses are the operator's
// own configuration, so the fetcher's private-address guard does not apply.

export class ProviderError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

export interface ProviderOptions {
  timeoutMs: number;
  retries: number;
  concurrency: number;
  /** base delay of the exponential backoff */
  backoffMs: number;
}

export const defaultProviderOptions: ProviderOptions = { timeoutMs: 30_000, retries: 4, concurrency: 4, backoffMs: 500 };

/** An OpenAI-style endpoint under a configured base URL (`…/v1`), or the full URL if it already names it. */
export function endpointUrl(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed.endsWith(`/${path}`) ? trimmed : `${trimmed}/${path}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ProviderClient {
  private active = 0;
  private waiting: Array<() => void> = [];
  readonly opts: ProviderOptions;

  /** `authScheme`: how the key is sent, `Authorization: <scheme> <key>` (DeepL names its own scheme) */
  constructor(readonly name: string, readonly key?: string, opts: Partial<ProviderOptions> = {}, readonly authScheme = 'Bearer') {
    this.opts = { ...defaultProviderOptions, ...opts };
  }

  private async slot<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.opts.concurrency) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }

  async postJson<T>(url: string, body: unknown): Promise<T> {
    return this.slot(async () => {
      for (let attempt = 0; ; attempt++) {
        let res: Response;
        try {
          res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(this.key ? { authorization: `${this.authScheme} ${this.key}` } : {}) },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(this.opts.timeoutMs),
          });
        } catch (e) {
          const timedOut = (e as Error).name === 'TimeoutError';
          if (attempt < this.opts.retries) {
            await sleep(this.opts.backoffMs * 2 ** attempt);
            continue;
          }
          // fetch says only "fetch failed"; the cause names what failed (ECONNREFUSED …)
          const cause = (e as { cause?: { message?: string } }).cause?.message;
          throw new ProviderError(`${this.name}: ${timedOut ? `no answer within ${this.opts.timeoutMs} ms` : `${(e as Error).message}${cause ? ` (${cause})` : ''}`}`);
        }
        if (res.ok) {
          try {
            return (await res.json()) as T;
          } catch {
            throw new ProviderError(`${this.name}: the answer is not JSON`, res.status);
          }
        }
        const retryable = res.status === 429 || res.status >= 500;
        const text = await res.text().catch(() => '');
        if (retryable && attempt < this.opts.retries) {
          const after = Number(res.headers.get('retry-after'));
          await sleep(Number.isFinite(after) && after > 0 ? Math.min(after * 1000, 60_000) : this.opts.backoffMs * 2 ** attempt);
          continue;
        }
        const said = errorMessage(text);
        throw new ProviderError(said ? `${this.name}: ${said} (HTTP ${res.status})` : `${this.name}: HTTP ${res.status} ${text.slice(0, 300)}`.trim(), res.status);
      }
    });
  }
}

/** What a provider's error body says: {"error": "…"}, OpenAI's {"error": {"message": "…"}} or {"message": "…"}. */
function errorMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body);
    const said = typeof parsed?.error === 'string' ? parsed.error : parsed?.error?.message ?? parsed?.message;
    return typeof said === 'string' && said ? said.slice(0, 300) : undefined;
  } catch {
    return undefined; // not JSON: the raw text says enough
  }
}
