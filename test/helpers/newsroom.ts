import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema, type Config } from '../../src/config.ts';
import type { Db } from '../../src/db/db.ts';
import type { Resolver } from '../../src/ingest/fetch.ts';
import { createNewsroom, type Newsroom } from '../../src/pipeline/context.ts';

// Files a test's newsroom writes (images) go to a folder of this test process, removed at exit.
let filesDir: string | undefined;
export function testFilesDir(): string {
  if (!filesDir) {
    const dir = (filesDir = mkdtempSync(join(tmpdir(), 'newsroom-test-files-')));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return filesDir;
}

/**
 * The fetch time limit in tests. Loopback servers answer in milliseconds, but
 * on a loaded machine the test process can stall for seconds (a PGlite query
 * holds the event loop, and when it lets go the expired timer runs before the
 * answer that arrived meanwhile is read), and a 1.5 or 3 s limit then fails a
 * fetch of a server that answered. So no test sets a shorter one: a test that
 * checks that a server which never answers times out waits this long for it,
 * and still shows that the other sources are read.
 */
export const testFetchTimeoutMs = 15_000;

/** Configuration for tests: loopback fetches allowed, no demo, files in a temporary folder. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configSchema.parse({ allowPrivateFetch: true, fetchTimeoutMs: testFetchTimeoutMs, loadDemo: false, dataDir: testFilesDir() }), ...overrides };
}

/**
 * Name resolution for tests: localhost, and names a test maps itself; every
 * other name fails at once, so no test can reach a host off this machine.
 */
export function loopbackResolver(extra: Record<string, string> = {}): Resolver {
  return (hostname, _options, callback) => {
    const address = hostname === 'localhost' ? '127.0.0.1' : extra[hostname];
    if (address) return callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);
    const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname} (tests resolve only loopback names)`);
    err.code = 'ENOTFOUND';
    callback(err, []);
  };
}

export function testNewsroom(db: Db, overrides: Partial<Config> = {}, hosts: Record<string, string> = {}): Newsroom {
  const nr = createNewsroom(testConfig(overrides), db);
  nr.fetcher.policy.resolve = loopbackResolver(hosts);
  return nr;
}
