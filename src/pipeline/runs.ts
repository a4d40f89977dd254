// Every run of a stage is a row in pipeline_runs: stage, worker, counts,
// duration and errors, for the operators to see.
import { hostname } from 'node:os';
import type { Db } from '../db/db.ts';

export type Counts = Record<string, number>;

export interface StageReport {
  counts: Counts;
  errors: Array<{ subject: string; message: string }>;
}

export function emptyReport(): StageReport {
  return { counts: {}, errors: [] };
}

export function bump(report: StageReport, key: string, by = 1) {
  report.counts[key] = (report.counts[key] ?? 0) + by;
}

/** Run `fn` as one recorded run of `stage`. A thrown error marks the run failed and is rethrown. */
export async function recordRun(
  db: Db,
  stage: string,
  worker: string,
  fn: (report: StageReport) => Promise<void>,
): Promise<StageReport> {
  const [{ id }] = await db.query<{ id: number }>(
    'INSERT INTO pipeline_runs (stage, worker) VALUES ($1, $2) RETURNING id',
    [stage, worker],
  );
  const started = performance.now();
  const report = emptyReport();
  let state = 'ok';
  let thrown: unknown;
  try {
    await fn(report);
  } catch (e) {
    state = 'failed';
    thrown = e;
    report.errors.push({ subject: stage, message: (e as Error)?.message ?? String(e) });
  }
  await db.query(
    `UPDATE pipeline_runs SET state = $2, finished_at = now(), duration_ms = $3, counts = $4, errors = $5 WHERE id = $1`,
    [id, state, Math.round(performance.now() - started), JSON.stringify(report.counts), JSON.stringify(report.errors.slice(0, 100))],
  );
  if (thrown) throw thrown;
  return report;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs left 'running' by a process that died (kill -9, power loss) are marked
 * interrupted. Their unfinished rows were never committed, so the next run
 * picks them up again.
 */
export async function markInterruptedRuns(db: Db): Promise<number> {
  const rows = await db.query<{ id: number; worker: string }>(`SELECT id, worker FROM pipeline_runs WHERE state = 'running'`);
  const host = hostname();
  const dead = rows.filter((r) => {
    const [h, pid] = r.worker.split(':');
    return db.kind === 'pglite' || (h === host && !isAlive(Number(pid)));
  });
  if (!dead.length) return 0;
  await db.query(
    `UPDATE pipeline_runs SET state = 'interrupted', finished_at = now() WHERE id = ANY($1::bigint[])`,
    [dead.map((r) => r.id)],
  );
  return dead.length;
}
