import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig, type Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openDb } from '../db/open.ts';
import { createNewsroom, type Newsroom } from '../pipeline/context.ts';

/** An error meant for the user: printed as one line, exit status 1. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function args<O extends Options>(argv: string[], options: O, positionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: positionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Run `fn` with an open, migrated database; always closes it. */
export async function withNewsroom<T>(fn: (nr: Newsroom) => Promise<T>, config: Config = loadConfig()): Promise<T> {
  const db: Db = await openDb(config);
  try {
    return await fn(createNewsroom(config, db));
  } finally {
    await db.close();
  }
}

export function printJson(value: unknown) {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** A plain text table, columns padded to their widest cell. */
export function printTable(headers: string[], rows: Array<Array<string | number | null | undefined>>) {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))))];
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  for (const row of cells) {
    process.stdout.write(row.map((c, i) => (i === row.length - 1 ? c : c + ' '.repeat(widths[i] - width(c)))).join('  ') + '\n');
  }
}

export function shortTime(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 16).replace('T', ' ') : '';
}

export function positiveId(raw: string | undefined, what: string): number {
  const n = Number(raw);
  if (!raw || !Number.isInteger(n) || n <= 0) throw new UsageError(`${what} must be a positive number${raw ? `, not ${raw}` : ''}`);
  return n;
}
