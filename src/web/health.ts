// Probes for a supervisor or load balancer. /healthz says the process is up
// and answering (it touches nothing else, so a slow database never gets a
// live server restarted); /readyz says it can do its work: the database
// answers and every migration this code knows has been applied, so a server
// started before `newsroom migrate` (or on an older schema) gets no traffic.
import { Hono } from 'hono';
import type { Db } from '../db/db.ts';
import { listMigrations } from '../db/migrate.ts';

/** Migrations this code has that the database has not applied (none: an empty list). */
async function missingMigrations(db: Db): Promise<string[]> {
  const [{ name }] = await db.query<{ name: string | null }>(`SELECT to_regclass('schema_migrations')::text AS name`);
  const applied = new Set(name ? (await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)) : []);
  return listMigrations().filter((m) => !applied.has(m.version)).map((m) => `${String(m.version).padStart(3, '0')}_${m.name}`);
}

export function healthRoutes(db: Db) {
  const app = new Hono();
  const noStore = { 'Cache-Control': 'no-store' };
  app.get('/healthz', (c) => c.json({ ok: true }, 200, noStore));
  app.get('/readyz', async (c) => {
    let missing: string[];
    try {
      missing = await missingMigrations(db);
    } catch (e) {
      // the reason stays in the log: the answer names no host, user or path
      console.error(`readyz: database unreachable: ${(e as Error).message}`);
      return c.json({ ok: false, database: 'unreachable' }, 503, noStore);
    }
    if (missing.length) return c.json({ ok: false, database: 'reachable', migrationsPending: missing }, 503, noStore);
    return c.json({ ok: true, database: 'reachable', migrations: 'current' }, 200, noStore);
  });
  return app;
}
