// A PostgreSQL database as a pg_dump archive (custom format) and back. The
// tools are PostgreSQL's own: pg_dump writes, pg_restore reads and psql
// applies the restore in one transaction, so a restore that fails leaves the
// target as it was.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const debianBins = '/usr/lib/postgresql';

/**
 * The tool for a server of this major version. pg_dump must be at least as new
 * as the server, and the SQL pg_restore writes must suit the server, so the
 * binaries of the server's own version win (Debian keeps every installed
 * version in /usr/lib/postgresql/N/bin); then the newest installed; then PATH.
 */
export function pgTool(name: 'pg_dump' | 'pg_restore' | 'psql', serverMajor: number): string {
  if (existsSync(debianBins)) {
    const versions = readdirSync(debianBins).map(Number).filter((v) => v >= serverMajor).sort((a, b) => a - b);
    for (const v of versions) {
      const p = join(debianBins, String(v), 'bin', name);
      if (existsSync(p)) return p;
    }
  }
  return name;
}

/**
 * libpq's arguments for a DATABASE_URL: the URL without its password, which
 * goes in PGPASSWORD, so that it shows neither in the process list nor in a
 * message.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** The last line a tool wrote on stderr, or its exit status. */
function failure(tool: string, code: number | null, stderr: string): Error {
  const last = stderr.trim().split('\n').filter(Boolean).pop();
  return new Error(`${tool.split('/').pop()} failed: ${last ?? `exit status ${code}`}`);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.on('error', (e) => reject(new Error(`cannot run ${cmd}: ${e.message} (install PostgreSQL's client tools)`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(failure(cmd, code, stderr))));
  });
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => {});
  }
}

const serverMajor = async (c: pg.Client) => Math.floor(Number((await c.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);

async function migrationLevel(c: pg.Client): Promise<number> {
  const { rows } = await c.query(`SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`);
  if (!rows[0].exists) return 0;
  return Number((await c.query('SELECT max(version) AS v FROM schema_migrations')).rows[0].v ?? 0);
}

/**
 * Dump the database at `url` into `file`. The migration level is read in the
 * very snapshot pg_dump dumps (an exported snapshot), so the two always agree
 * even while other processes write.
 */
export async function dumpPostgres(url: string, file: string): Promise<{ migration: number; serverVersion: string }> {
  return withClient(url, async (c) => {
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await c.query('SELECT pg_export_snapshot() AS s')).rows[0].s as string;
    const migration = await migrationLevel(c);
    const serverVersion = (await c.query('SHOW server_version')).rows[0].server_version as string;
    const { dbname, env } = connection(url);
    await run(pgTool('pg_dump', await serverMajor(c)), ['--format=custom', `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${dbname}`], env);
    await c.query('COMMIT');
    return { migration, serverVersion };
  });
}

/** How many tables, views and sequences the database holds outside PostgreSQL's own schemas. */
export async function countRelations(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM pg_class r JOIN pg_namespace n ON n.oid = r.relnamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
        AND r.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`);
    return rows[0].n;
  });
}

/**
 * Restore `file` into the database at `url`, in one transaction: `replace`
 * first drops the public schema (where the migrations put everything) and
 * its contents. Owners and privileges are not restored: the objects belong
 * to the user restoring, so a backup moves between servers and users.
 *
 * pg_restore turns the archive into SQL that psql runs between our own BEGIN
 * and COMMIT; COMMIT is sent only once pg_restore has finished well, so an
 * archive that breaks off halfway commits nothing.
 */
export async function restorePostgres(url: string, file: string, replace: boolean): Promise<void> {
  const major = await withClient(url, serverMajor);
  const { dbname, env } = connection(url);
  const psql = spawn(pgTool('psql', major), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', `--dbname=${dbname}`], { env, stdio: ['pipe', 'ignore', 'pipe'] });
  const restore = spawn(pgTool('pg_restore', major), ['--no-owner', '--no-privileges', '--file=-', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let psqlErr = '';
  let restoreErr = '';
  psql.stderr.on('data', (d) => (psqlErr = (psqlErr + d).slice(-4000)));
  restore.stderr.on('data', (d) => (restoreErr = (restoreErr + d).slice(-4000)));
  psql.stdin.on('error', () => {}); // psql stopped at an error: its exit status says so
  const exited = (child: typeof psql | typeof restore, name: string) =>
    new Promise<number | null>((resolve, reject) => {
      child.on('error', (e) => reject(new Error(`cannot run ${name}: ${e.message} (install PostgreSQL's client tools)`)));
      child.on('close', resolve);
    });
  const psqlDone = exited(psql, 'psql');
  const restoreDone = exited(restore, 'pg_restore');
  // psql stops at the first error; pg_restore, its output no longer read, would wait forever
  psqlDone.then(() => restore.exitCode === null && restore.kill(), () => restore.kill());

  psql.stdin.write('BEGIN;\n');
  if (replace) psql.stdin.write('DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n');
  restore.stdout.pipe(psql.stdin, { end: false });
  const restoreCode = await restoreDone.catch((e: Error) => e);
  if (restoreCode === 0) psql.stdin.write('COMMIT;\n');
  psql.stdin.end(); // without COMMIT, psql's transaction rolls back
  const psqlCode = await psqlDone;
  if (psqlCode !== 0) throw failure('psql', psqlCode, psqlErr);
  if (restoreCode instanceof Error) throw restoreCode;
  if (restoreCode !== 0) throw failure('pg_restore', restoreCode, restoreErr);
}
