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

/** Configuration for tests: loopback fetches allowed, short time-outs, no demo, files in a temporary folder. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configSchema.parse({ allowPrivateFetch: true, fetchTimeoutMs: 3000, loadDemo: false, dataDir: testFilesDir() }), ...overrides };
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
