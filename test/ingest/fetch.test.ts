// The safe fetcher: bodies, decompression, conditional GET, redirects, the
// deadline, the size cap, HTTP errors, the address guard, the per-host limit
// and file: URLs. Every server here is a real one on loopback, started and
// closed by the test itself.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import zlib from 'node:zlib';
import { Fetcher, FetchError, HostLimiter, type FetchErrorCode, type FetchPolicy } from '../../src/ingest/fetch.ts';
import { isPublicAddress } from '../../src/ingest/address-guard.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';

function fetcher(overrides: Partial<FetchPolicy> = {}, perHost = 2): Fetcher {
  return new Fetcher(
    { timeoutMs: 3000, maxBytes: 1024 * 1024, maxRedirects: 5, allowPrivate: true, userAgent: 'test', ...overrides },
    perHost,
  );
}

/** Awaits a rejection, checks it is a FetchError with `code`, and returns it. */
async function failsWith(p: Promise<unknown>, code: FetchErrorCode): Promise<FetchError> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  assert.ok(caught !== undefined, `expected a FetchError '${code}', but the fetch succeeded`);
  assert.ok(caught instanceof FetchError, `expected a FetchError, got ${String(caught)}`);
  assert.equal(caught.code, code, `expected code '${code}', got '${caught.code}': ${caught.message}`);
  return caught;
}

/** Servers started by a test are closed even when the test fails. */
const open = new Set<TestServer>();
async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<TestServer> {
  const s = await startServer(handler);
  open.add(s);
  return s;
}
async function closeAll(...servers: TestServer[]) {
  for (const s of servers) {
    open.delete(s);
    await s.close();
  }
}
after(async () => {
  await closeAll(...open);
});

/** A full collection, so heap figures are not dominated by garbage. */
function forceGc() {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g();
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // without a collector we compare raw figures; the bound is generous
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Fetcher: bodies and headers', () => {
  test('a plain 200 returns the body, the final URL and the headers; User-Agent and Accept-Encoding are sent', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'x-test': 'yes' });
      res.end('hello, newsroom');
    });
    try {
      const res = await fetcher().fetch({ url: `${server.url}/feed.xml?x=1` });
      assert.equal(res.status, 200);
      assert.equal(res.notModified, false);
      assert.equal(res.body.toString('utf8'), 'hello, newsroom');
      assert.equal(res.url, `${server.url}/feed.xml?x=1`);
      assert.equal(res.headers['x-test'], 'yes');
      assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
      assert.deepEqual(server.requests, ['/feed.xml?x=1']);
      const sent = server.headers[0];
      assert.equal(sent['user-agent'], 'test');
      const encodings = String(sent['accept-encoding']).split(',').map((s) => s.trim());
      assert.deepEqual(encodings.sort(), ['br', 'deflate', 'gzip']);
      assert.equal(sent.accept, '*/*');
      // no conditional headers unless asked for
      assert.equal(sent['if-none-match'], undefined);
      assert.equal(sent['if-modified-since'], undefined);
    } finally {
      await closeAll(server);
    }
  });

  test('the Accept header can be chosen by the caller', async () => {
    const server = await serve((_req, res) => res.end('ok'));
    try {
      await fetcher().fetch({ url: server.url, accept: 'application/rss+xml' });
      assert.equal(server.headers[0].accept, 'application/rss+xml');
    } finally {
      await closeAll(server);
    }
  });

  test('gzip, deflate and brotli bodies are decompressed', async () => {
    const text = 'Große Nachrichten — '.repeat(500);
    const plain = Buffer.from(text, 'utf8');
    const encoded: Record<string, Buffer> = {
      gzip: zlib.gzipSync(plain),
      deflate: zlib.deflateSync(plain),
      br: zlib.brotliCompressSync(plain),
    };
    const server = await serve((req, res) => {
      const enc = (req.url ?? '').slice(1);
      const body = encoded[enc];
      res.writeHead(200, { 'content-encoding': enc, 'content-length': body.length });
      res.end(body);
    });
    try {
      const f = fetcher();
      for (const enc of Object.keys(encoded)) {
        assert.ok(encoded[enc].length < plain.length, `${enc} is really compressed`);
        const res = await f.fetch({ url: `${server.url}/${enc}` });
        assert.equal(res.body.toString('utf8'), text, `${enc} body decompressed`);
      }
      assert.deepEqual(server.requests, ['/gzip', '/deflate', '/br']);
    } finally {
      await closeAll(server);
    }
  });

  test('a body that does not decompress fails with decode', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end('this is not gzip at all');
    });
    try {
      await failsWith(fetcher().fetch({ url: server.url }), 'decode');
    } finally {
      await closeAll(server);
    }
  });

  test('conditional GET sends If-None-Match / If-Modified-Since and a 304 gives notModified with an empty body', async () => {
    const etag = '"v42"';
    const lastModified = 'Wed, 01 May 2024 10:00:00 GMT';
    const server = await serve((req, res) => {
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
      } else {
        res.writeHead(200, { etag, 'last-modified': lastModified });
        res.end('<rss/>');
      }
    });
    try {
      const f = fetcher();
      const first = await f.fetch({ url: server.url });
      assert.equal(first.notModified, false);
      assert.equal(first.body.toString(), '<rss/>');
      assert.equal(first.headers.etag, etag);

      const second = await f.fetch({ url: server.url, etag, lastModified });
      assert.equal(second.status, 304);
      assert.equal(second.notModified, true);
      assert.equal(second.body.length, 0);
      assert.equal(server.headers[1]['if-none-match'], etag);
      assert.equal(server.headers[1]['if-modified-since'], lastModified);
      assert.equal(server.requests.length, 2);
    } finally {
      await closeAll(server);
    }
  });
});

describe('Fetcher: redirects', () => {
  test('a 301 → 302 → 200 chain is followed and url is the final one', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/start') res.writeHead(301, { location: `http://127.0.0.1:${server.port}/middle` }).end();
      else if (req.url === '/middle') res.writeHead(302, { location: `http://127.0.0.1:${server.port}/final` }).end();
      else if (req.url === '/final') res.writeHead(200).end('arrived');
      else res.writeHead(404).end();
    });
    try {
      const res = await fetcher().fetch({ url: `${server.url}/start` });
      assert.equal(res.status, 200);
      assert.equal(res.body.toString(), 'arrived');
      assert.equal(res.url, `${server.url}/final`);
      assert.deepEqual(server.requests, ['/start', '/middle', '/final']);
    } finally {
      await closeAll(server);
    }
  });

  test('a relative Location is resolved against the current URL', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/news/feed') res.writeHead(302, { location: 'rss.xml' }).end();
      else if (req.url === '/news/rss.xml') res.writeHead(307, { location: '/final?q=1' }).end();
      else if (req.url === '/final?q=1') res.writeHead(200).end('relative ok');
      else res.writeHead(404).end();
    });
    try {
      const res = await fetcher().fetch({ url: `${server.url}/news/feed` });
      assert.equal(res.body.toString(), 'relative ok');
      assert.equal(res.url, `${server.url}/final?q=1`);
      assert.deepEqual(server.requests, ['/news/feed', '/news/rss.xml', '/final?q=1']);
    } finally {
      await closeAll(server);
    }
  });

  test('a redirect loop A → B → A fails with too-many-redirects after a bounded number of requests', async () => {
    const server = await serve((req, res) => {
      res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end();
    });
    try {
      await failsWith(fetcher({ maxRedirects: 20 }).fetch({ url: `${server.url}/a` }), 'too-many-redirects');
      // the loop is spotted when A comes round again, without re-requesting it
      assert.deepEqual(server.requests, ['/a', '/b']);
    } finally {
      await closeAll(server);
    }
  });

  test('a chain longer than maxRedirects fails with too-many-redirects; one of exactly maxRedirects succeeds', async () => {
    // /hop/N redirects to /hop/N-1; /hop/0 answers 200
    const server = await serve((req, res) => {
      const n = Number((req.url ?? '').split('/')[2]);
      if (n > 0) res.writeHead(302, { location: `/hop/${n - 1}` }).end();
      else res.writeHead(200).end('bottom');
    });
    try {
      const f = fetcher({ maxRedirects: 3 });
      await failsWith(f.fetch({ url: `${server.url}/hop/4` }), 'too-many-redirects');
      // the first request plus maxRedirects followed hops, and no more
      assert.deepEqual(server.requests, ['/hop/4', '/hop/3', '/hop/2', '/hop/1']);

      server.requests.length = 0;
      const ok = await f.fetch({ url: `${server.url}/hop/3` });
      assert.equal(ok.body.toString(), 'bottom');
      assert.equal(ok.url, `${server.url}/hop/0`);
      assert.equal(server.requests.length, 4);
    } finally {
      await closeAll(server);
    }
  });

  test('a redirect to a non-http scheme (file:) is refused with bad-url', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      else if (req.url === '/to-ftp') res.writeHead(301, { location: 'ftp://127.0.0.1/x' }).end();
      else res.writeHead(404).end();
    });
    try {
      // even a fetcher that may read files must not be led to them by a server
      const f = fetcher({ fileRoots: ['/'] });
      const e = await failsWith(f.fetch({ url: `${server.url}/to-file` }), 'bad-url');
      assert.doesNotMatch(e.message, /root:/);
      await failsWith(f.fetch({ url: `${server.url}/to-ftp` }), 'bad-url');
      assert.deepEqual(server.requests, ['/to-file', '/to-ftp']);
    } finally {
      await closeAll(server);
    }
  });

  test('an unparseable URL fails with bad-url', async () => {
    await failsWith(fetcher().fetch({ url: 'not a url' }), 'bad-url');
    await failsWith(fetcher().fetch({ url: 'gopher://127.0.0.1/' }), 'bad-url');
  });
});

describe('Fetcher: deadline', () => {
  test('a server that accepts but never answers fails with timeout', async () => {
    const server = await serve(() => {
      /* never respond; close() destroys the socket */
    });
    try {
      await failsWith(fetcher({ timeoutMs: 400 }).fetch({ url: server.url }), 'timeout');
      assert.equal(server.requests.length, 1);
    } finally {
      await closeAll(server);
    }
  });

  test('a server that sends headers then dribbles the body slower than the deadline fails with timeout', async () => {
    const timers = new Set<NodeJS.Timeout>();
    let bytesSent = 0;
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const t = setInterval(() => {
        bytesSent++;
        res.write('x');
      }, 50);
      timers.add(t);
      res.on('close', () => {
        clearInterval(t);
        timers.delete(t);
      });
    });
    try {
      await failsWith(fetcher({ timeoutMs: 500 }).fetch({ url: server.url }), 'timeout');
      assert.ok(bytesSent > 0, 'the body had started arriving');
    } finally {
      for (const t of timers) clearInterval(t);
      await closeAll(server);
    }
  });

  test('the deadline covers the whole redirect chain, not each hop', async () => {
    // each hop answers within the deadline on its own, but the chain does not
    const server = await serve((req, res) => {
      const n = Number((req.url ?? '').split('/')[2]);
      setTimeout(() => {
        if (n > 0) res.writeHead(302, { location: `/slow/${n - 1}` }).end();
        else res.writeHead(200).end('too late');
      }, 200);
    });
    try {
      await failsWith(fetcher({ timeoutMs: 500 }).fetch({ url: `${server.url}/slow/4` }), 'timeout');
      assert.ok(server.requests.length < 5, `stopped before the end of the chain (${server.requests.join(' ')})`);
    } finally {
      await closeAll(server);
    }
  });
});

describe('Fetcher: size cap', () => {
  test('a streamed 50 MB body with maxBytes 1 MB fails with too-large without the heap growing by the body size', async () => {
    const total = 50 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }); // no Content-Length: chunked
      let stopped = false;
      res.on('close', () => {
        stopped = true;
      });
      const pump = () => {
        while (!stopped && sent < total) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!stopped) res.end();
      };
      pump();
    });
    try {
      forceGc();
      const start = process.memoryUsage();
      // heapUsed after the fact cannot see Buffers (they live outside the JS
      // heap and are garbage by then), so also sample heap + ArrayBuffer
      // memory while the body streams: buffering it all would show ~50 MB.
      let peak = 0;
      const sampler = setInterval(() => {
        const m = process.memoryUsage();
        peak = Math.max(peak, m.heapUsed + m.arrayBuffers - start.heapUsed - start.arrayBuffers);
      }, 2);
      try {
        await failsWith(fetcher({ maxBytes: 1024 * 1024 }).fetch({ url: server.url }), 'too-large');
      } finally {
        clearInterval(sampler);
      }
      forceGc();
      const growth = process.memoryUsage().heapUsed - start.heapUsed;
      assert.ok(growth < 20 * 1024 * 1024, `heap grew by ${(growth / 1048576).toFixed(1)} MB`);
      assert.ok(peak < 20 * 1024 * 1024, `memory peaked ${(peak / 1048576).toFixed(1)} MB above the start`);
      // give the server a moment to notice the hang-up, then check it was cut off
      await sleep(50);
      assert.ok(sent < total, `the server was stopped part-way (${(sent / 1048576).toFixed(1)} MB sent)`);
    } finally {
      await closeAll(server);
    }
  });

  test('a declared Content-Length over the cap fails with too-large before any body is read', async () => {
    const server = await serve((_req, res) => {
      // declare 50 MB, then send nothing: waiting for the body would time out instead
      res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      res.flushHeaders();
    });
    try {
      await failsWith(fetcher({ maxBytes: 1024 * 1024, timeoutMs: 800 }).fetch({ url: server.url }), 'too-large');
    } finally {
      await closeAll(server);
    }
  });

  test('a gzip bomb (20 MB of zeros, small on the wire) with maxBytes 1 MB fails with too-large', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024));
    const brBomb = zlib.brotliCompressSync(Buffer.alloc(20 * 1024 * 1024));
    assert.ok(bomb.length < 1024 * 1024, `the gzip bomb is small on the wire (${bomb.length} bytes)`);
    assert.ok(brBomb.length < 1024 * 1024, `the brotli bomb is small on the wire (${brBomb.length} bytes)`);
    const server = await serve((req, res) => {
      const body = req.url === '/br' ? brBomb : bomb;
      res.writeHead(200, { 'content-encoding': req.url === '/br' ? 'br' : 'gzip', 'content-length': body.length });
      res.end(body);
    });
    try {
      const f = fetcher({ maxBytes: 1024 * 1024 });
      await failsWith(f.fetch({ url: `${server.url}/gz` }), 'too-large');
      await failsWith(f.fetch({ url: `${server.url}/br` }), 'too-large');
    } finally {
      await closeAll(server);
    }
  });

  test('a body exactly at the cap is accepted', async () => {
    const body = Buffer.alloc(4096, 'z');
    const server = await serve((_req, res) => res.end(body));
    try {
      const res = await fetcher({ maxBytes: 4096 }).fetch({ url: server.url });
      assert.equal(res.body.length, 4096);
    } finally {
      await closeAll(server);
    }
  });
});

describe('Fetcher: HTTP errors', () => {
  test('404 and 500 fail with http-status and carry the status', async () => {
    const server = await serve((req, res) => {
      res.writeHead(req.url === '/missing' ? 404 : 500).end('nope');
    });
    try {
      const f = fetcher();
      const e404 = await failsWith(f.fetch({ url: `${server.url}/missing` }), 'http-status');
      assert.equal(e404.status, 404);
      assert.equal(e404.retryAfterSeconds, undefined);
      const e500 = await failsWith(f.fetch({ url: `${server.url}/broken` }), 'http-status');
      assert.equal(e500.status, 500);
    } finally {
      await closeAll(server);
    }
  });

  test('a 429 with Retry-After: 120 exposes retryAfterSeconds', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(429, { 'retry-after': '120' }).end('slow down');
    });
    try {
      const e = await failsWith(fetcher().fetch({ url: server.url }), 'http-status');
      assert.equal(e.status, 429);
      assert.equal(e.retryAfterSeconds, 120);
    } finally {
      await closeAll(server);
    }
  });
});

describe('Fetcher: address guard', () => {
  /** A server on ::1, or null when this host has no IPv6 loopback. */
  async function startV6(): Promise<{ server: http.Server; port: number; requests: string[]; close(): Promise<void> } | null> {
    const requests: string[] = [];
    const sockets = new Set<Socket>();
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('v6');
    });
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(0, '::1', () => resolve(true));
    });
    if (!ok) return null;
    return {
      server,
      port: (server.address() as AddressInfo).port,
      requests,
      close: () =>
        new Promise<void>((resolve) => {
          for (const s of sockets) s.destroy();
          server.close(() => resolve());
        }),
    };
  }

  test('with allowPrivate false, loopback and unspecified addresses are refused and the server sees no request', async () => {
    const server = await serve((_req, res) => res.end('should never be reached'));
    try {
      const f = fetcher({ allowPrivate: false });
      const urls = [
        `http://127.0.0.1:${server.port}/`,
        `http://localhost:${server.port}/`,
        `http://0.0.0.0:${server.port}/`,
        // other spellings of loopback that the URL parser normalises
        `http://2130706433:${server.port}/`,
        `http://0x7f.1:${server.port}/`,
        `http://127.1:${server.port}/`,
        `http://[::ffff:127.0.0.1]:${server.port}/`,
      ];
      for (const url of urls) {
        const e = await failsWith(f.fetch({ url }), 'blocked-address');
        assert.ok(e.message.length > 0, url);
      }
      assert.equal(server.requests.length, 0, `the loopback server received ${server.requests.join(', ')}`);
      // sanity check: the same server is reachable when private addresses are allowed
      const ok = await fetcher({ allowPrivate: true }).fetch({ url: `http://127.0.0.1:${server.port}/` });
      assert.equal(ok.body.toString(), 'should never be reached');
      assert.equal(server.requests.length, 1);
    } finally {
      await closeAll(server);
    }
  });

  test('with allowPrivate false, IPv6 loopback [::1] is refused and the server sees no request', async (t) => {
    const v6 = await startV6();
    if (!v6) {
      t.skip('this host has no IPv6 loopback');
      return;
    }
    try {
      const f = fetcher({ allowPrivate: false });
      await failsWith(f.fetch({ url: `http://[::1]:${v6.port}/` }), 'blocked-address');
      // localhost may resolve to ::1 as well; that must be refused too
      await failsWith(f.fetch({ url: `http://localhost:${v6.port}/` }), 'blocked-address');
      assert.equal(v6.requests.length, 0);
      const ok = await fetcher({ allowPrivate: true }).fetch({ url: `http://[::1]:${v6.port}/` });
      assert.equal(ok.body.toString(), 'v6');
      assert.equal(v6.requests.length, 1);
    } finally {
      await v6.close();
    }
  });

  test('isPublicAddress refuses private, loopback, link-local and special addresses and accepts public ones', () => {
    const nonPublic = [
      '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
      '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '::ffff:7f00:1',
      // more of the same families
      '255.255.255.255', '::', 'FE80::1', 'fd12:3456::1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::127.0.0.1', '::7f00:1', '::ffff:0:7f00:1', '2002:7f00:1::1',
      'not-an-ip', '', '999.1.1.1',
    ];
    const isPublic = ['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700:4700::1111', '172.32.0.1', '::ffff:8.8.8.8'];
    for (const ip of nonPublic) assert.equal(isPublicAddress(ip), false, `${ip} must not be public`);
    for (const ip of isPublic) assert.equal(isPublicAddress(ip), true, `${ip} must be public`);
  });
});

describe('Fetcher: per-host concurrency', () => {
  test('with perHost 2, six fetches never have more than two requests in flight at the server, and all succeed', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const server = await serve((req, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.end(`done ${req.url}`);
      }, 150);
    });
    try {
      const f = fetcher({}, 2);
      const results = await Promise.all(
        [0, 1, 2, 3, 4, 5].map((i) => f.fetch({ url: `${server.url}/item/${i}` })),
      );
      assert.deepEqual(
        results.map((r) => r.body.toString()),
        [0, 1, 2, 3, 4, 5].map((i) => `done /item/${i}`),
      );
      assert.equal(server.requests.length, 6);
      assert.equal(maxInFlight, 2);
    } finally {
      await closeAll(server);
    }
  });

  test('HostLimiter with limit 1 never overlaps two tasks on one host, and a failing task frees its slot', async () => {
    const limiter = new HostLimiter(1);
    const events: string[] = [];
    let running = 0;
    let overlapped = false;
    const task = (name: string, fail = false) => async () => {
      running++;
      if (running > 1) overlapped = true;
      events.push(`start ${name}`);
      await sleep(30);
      events.push(`end ${name}`);
      running--;
      if (fail) throw new Error(`${name} failed`);
      return name;
    };
    const results = await Promise.allSettled([
      limiter.run('example.org', task('a')),
      limiter.run('example.org', task('b', true)),
      limiter.run('example.org', task('c')),
    ]);
    assert.equal(overlapped, false);
    assert.deepEqual(events, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    assert.equal(results[0].status, 'fulfilled');
    assert.equal(results[1].status, 'rejected');
    assert.deepEqual(results[2], { status: 'fulfilled', value: 'c' });
  });

  test('HostLimiter limits each host separately', async () => {
    const limiter = new HostLimiter(1);
    let running = 0;
    let maxRunning = 0;
    const task = async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await sleep(30);
      running--;
    };
    await Promise.all([limiter.run('a.example', task), limiter.run('b.example', task)]);
    assert.equal(maxRunning, 2, 'different hosts run side by side');
  });
});

describe('Fetcher: file: URLs', () => {
  const dirs: string[] = [];
  after(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  async function corpus() {
    const base = await mkdtemp(join(tmpdir(), 'newsroom-fetch-'));
    dirs.push(base);
    const root = join(base, 'corpus');
    const sibling = join(base, 'corpus-evil');
    await mkdir(root);
    await mkdir(sibling);
    const inside = join(root, 'feed.xml');
    const outside = join(sibling, 'secret.txt');
    await writeFile(inside, '<rss>demo</rss>');
    await writeFile(outside, 'secret');
    await symlink(outside, join(root, 'link.txt'));
    return { root, inside, outside, link: join(root, 'link.txt') };
  }

  test('file: URLs are refused with blocked-address when no fileRoots are configured', async () => {
    const c = await corpus();
    await failsWith(fetcher().fetch({ url: pathToFileURL(c.inside).toString() }), 'blocked-address');
  });

  test('file: URLs outside the configured root are refused with blocked-address', async () => {
    const c = await corpus();
    const f = fetcher({ fileRoots: [c.root] });
    await failsWith(f.fetch({ url: 'file:///etc/hostname' }), 'blocked-address');
    // a sibling folder whose name merely starts with the root's name
    await failsWith(f.fetch({ url: pathToFileURL(c.outside).toString() }), 'blocked-address');
    // a symlink inside the root that points out of it
    await failsWith(f.fetch({ url: pathToFileURL(c.link).toString() }), 'blocked-address');
    // dot-segments that climb out of the root
    await failsWith(f.fetch({ url: `${pathToFileURL(c.root)}/../corpus-evil/secret.txt` }), 'blocked-address');
  });

  test('file: URLs inside a configured root are read', async () => {
    const c = await corpus();
    const url = pathToFileURL(c.inside).toString();
    const res = await fetcher({ fileRoots: [c.root] }).fetch({ url });
    assert.equal(res.status, 200);
    assert.equal(res.notModified, false);
    assert.equal(res.body.toString(), '<rss>demo</rss>');
    assert.equal(res.url, url);
  });

  test('a file inside the root larger than maxBytes fails with too-large', async () => {
    const c = await corpus();
    const big = join(c.root, 'big.xml');
    await writeFile(big, Buffer.alloc(8192, 'x'));
    await failsWith(fetcher({ fileRoots: [c.root], maxBytes: 4096 }).fetch({ url: pathToFileURL(big).toString() }), 'too-large');
  });
});
