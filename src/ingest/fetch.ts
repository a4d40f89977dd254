// Safe outbound HTTP for feeds and article pages: an address guard checked
// after DNS resolution and on every redirect, a deadline (counted from when a
// request gets its host's slot, not from when it queued), a body-size cap
// counted after decompression, a redirect cap, conditional GET, gzip/deflate/
// brotli, and a limit on concurrent requests per host.
import { lookup as dnsLookup } from 'node:dns';
import { readFile, realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { isPublicAddress } from './address-guard.ts';

export type FetchErrorCode =
  | 'bad-url'
  | 'blocked-address'
  | 'dns'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'http-status'
  | 'decode';

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export interface FetchPolicy {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivate: boolean;
  userAgent: string;
  /** Folders that `file:` URLs may read from (the demo corpus); none by default. */
  fileRoots?: string[];
  /** Name resolution (node's dns.lookup by default); tests pass one that never leaves the machine. */
  resolve?: Resolver;
}

export type Resolver = (
  hostname: string,
  options: { all: true; family?: number },
  callback: (err: NodeJS.ErrnoException | null, addresses: Array<{ address: string; family: number }>) => void,
) => void;

export interface FetchRequest {
  url: string;
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchResult {
  url: string;
  status: number;
  notModified: boolean;
  headers: Record<string, string>;
  body: Buffer;
}

/** Caps how many requests run at once against one host. */
export class HostLimiter {
  private active = new Map<string, number>();
  private waiting = new Map<string, Array<() => void>>();
  constructor(readonly perHost: number) {}

  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    if ((this.active.get(host) ?? 0) >= this.perHost) {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(host) ?? [];
        queue.push(resolve);
        this.waiting.set(host, queue);
      });
    } else {
      this.active.set(host, (this.active.get(host) ?? 0) + 1);
    }
    try {
      return await fn();
    } finally {
      const next = this.waiting.get(host)?.shift();
      if (next) next(); // hand our slot straight to the next waiter
      else {
        const n = (this.active.get(host) ?? 1) - 1;
        if (n > 0) this.active.set(host, n);
        else this.active.delete(host);
      }
    }
  }
}

function guardedLookup(allowPrivate: boolean, resolve: Resolver = dnsLookup as Resolver): LookupFunction {
  return ((hostname: string, options: any, callback: any) => {
    resolve(hostname, { all: true, family: options?.family ?? 0 }, (err, addresses) => {
      if (err) return callback(err);
      const usable = allowPrivate ? addresses : addresses.filter((a) => isPublicAddress(a.address));
      if (!usable.length) {
        const e = new FetchError(
          'blocked-address',
          `refused: ${hostname} resolves only to private or loopback addresses (${addresses
            .map((a) => a.address)
            .join(', ')})`,
        );
        return callback(e);
      }
      if (options?.all) callback(null, usable);
      else callback(null, usable[0].address, usable[0].family);
    });
  }) as LookupFunction;
}

function parseRetryAfter(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const secs = Number(v);
  if (Number.isFinite(secs)) return Math.max(0, secs);
  const at = Date.parse(v);
  return Number.isFinite(at) ? Math.max(0, Math.round((at - Date.now()) / 1000)) : undefined;
}

function flattenHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

async function readLocalFile(url: URL, policy: FetchPolicy): Promise<FetchResult> {
  const path = fileURLToPath(url);
  const roots = await Promise.all((policy.fileRoots ?? []).map((r) => realpath(r).catch(() => r)));
  const inRoots = (p: string) => roots.some((root) => p === root || p.startsWith(root + sep));
  const refuse = () => new FetchError('blocked-address', `refused: file URLs are only read from the demo corpus (${path})`);
  // The path is judged before the disk is touched (so an error never tells
  // whether a file exists), then again once symlinks are resolved.
  if (!inRoots(resolvePath(path))) throw refuse();
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw new FetchError('network', `no such file: ${path}`);
  }
  if (!inRoots(real)) throw refuse();
  if ((await stat(real)).size > policy.maxBytes) throw new FetchError('too-large', `file is larger than ${policy.maxBytes} bytes`);
  return { url: url.toString(), status: 200, notModified: false, headers: {}, body: await readFile(real) };
}

/** One request, no redirects followed: the caller loops so every hop is guarded. */
function requestOnce(url: URL, req: FetchRequest, policy: FetchPolicy, deadline: number): Promise<FetchResult & { location?: string }> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchError('timeout', `timed out after ${policy.timeoutMs} ms`));
    const headers: Record<string, string> = {
      'user-agent': policy.userAgent,
      accept: req.accept ?? '*/*',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    const lib = url.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (e: FetchError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(e);
    };
    const request = lib.request(url, {
      method: 'GET',
      headers,
      lookup: guardedLookup(policy.allowPrivate, policy.resolve),
      // our own deadline covers slow bodies too; no agent keeps sockets around
      agent: false,
    });
    const timer = setTimeout(() => fail(new FetchError('timeout', `timed out after ${policy.timeoutMs} ms`)), remaining);
    request.on('error', (err: any) => {
      if (err instanceof FetchError) return fail(err);
      const code = err?.code === 'ENOTFOUND' || err?.code === 'EAI_AGAIN' ? 'dns' : 'network';
      fail(new FetchError(code, `${err?.code ?? 'error'}: ${err?.message ?? err}`));
    });
    request.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const resHeaders = flattenHeaders(res.headers);
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        settled = true;
        clearTimeout(timer);
        return resolve({ url: url.toString(), status, notModified: false, headers: resHeaders, body: Buffer.alloc(0), location: res.headers.location ?? '' });
      }
      if (status === 304) {
        res.resume();
        settled = true;
        clearTimeout(timer);
        return resolve({ url: url.toString(), status, notModified: true, headers: resHeaders, body: Buffer.alloc(0) });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        return fail(new FetchError('http-status', `HTTP ${status} ${res.statusMessage ?? ''}`.trim(), status, parseRetryAfter(resHeaders['retry-after'])));
      }
      const declared = Number(resHeaders['content-length']);
      if (Number.isFinite(declared) && declared > policy.maxBytes) {
        return fail(new FetchError('too-large', `body of ${declared} bytes is over the ${policy.maxBytes}-byte limit`));
      }
      const encoding = (resHeaders['content-encoding'] ?? '').trim().toLowerCase();
      let stream: NodeJS.ReadableStream = res;
      if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
      else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
      else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // counted after decompression, so a small gzip bomb is caught too
        if (size > policy.maxBytes) {
          fail(new FetchError('too-large', `body is over the ${policy.maxBytes}-byte limit`));
          (stream as any).destroy?.();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (err: Error) => fail(new FetchError('decode', `could not decompress ${encoding} body: ${err.message}`)));
      stream.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ url: url.toString(), status, notModified: false, headers: resHeaders, body: Buffer.concat(chunks) });
      });
      res.on('aborted', () => fail(new FetchError('network', 'connection closed before the body ended')));
    });
    request.end();
  });
}

export class Fetcher {
  readonly limiter: HostLimiter;
  constructor(readonly policy: FetchPolicy, perHost = 2) {
    this.limiter = new HostLimiter(perHost);
  }

  async fetch(req: FetchRequest): Promise<FetchResult> {
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      throw new FetchError('bad-url', `not a URL: ${req.url}`);
    }
    if (url.protocol === 'file:') return readLocalFile(url, this.policy);
    // The time limit runs only while a request holds its host's slot: waiting
    // behind a slow feed on the same host is not this fetch's fault. What the
    // hops spend is summed, so the limit still covers the whole redirect chain.
    let budget = this.policy.timeoutMs;
    const seen = new Set<string>();
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FetchError('bad-url', `refused: only http and https URLs are fetched (${url.protocol})`);
      }
      const host = url.hostname.replace(/^\[|\]$/g, '');
      // An IP literal skips DNS, so it is checked here, before any socket opens.
      if (isIP(host) && !this.policy.allowPrivate && !isPublicAddress(host)) {
        throw new FetchError('blocked-address', `refused: ${host} is a private or loopback address`);
      }
      seen.add(url.toString());
      const res = await this.limiter.run(url.host, async () => {
        const started = Date.now();
        try {
          return await requestOnce(url, req, this.policy, started + budget);
        } finally {
          budget -= Date.now() - started;
        }
      });
      if (res.location === undefined) return res;
      if (hop >= this.policy.maxRedirects) {
        throw new FetchError('too-many-redirects', `more than ${this.policy.maxRedirects} redirects`);
      }
      let next: URL;
      try {
        next = new URL(res.location, url);
      } catch {
        throw new FetchError('bad-url', `redirect to an invalid URL: ${res.location}`);
      }
      if (seen.has(next.toString())) throw new FetchError('too-many-redirects', `redirect loop at ${next}`);
      url = next;
    }
  }
}
