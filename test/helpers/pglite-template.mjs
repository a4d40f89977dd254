// A migrated PGlite data folder, built once and reused by every test (a
// fresh PGlite runs initdb, which takes seconds; a copy opens in a fraction).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function buildPgliteTemplate() {
  const migrations = join(root, 'src/db/migrations');
  const hash = createHash('sha256');
  for (const f of readdirSync(migrations).sort()) hash.update(f).update(readFileSync(join(migrations, f)));
  hash.update(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json')));
  const dir = join(root, 'node_modules/.cache/newsroom-test', `pglite-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/prepare-db.ts', 'pglite', building], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('could not build the PGlite template');
  rmSync(join(building, 'newsroom.lock'), { force: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return dir;
}
