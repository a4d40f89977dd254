import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { openDb } from '../db/open.ts';
import { DatabaseBusyError } from '../db/pglite.ts';
import { createNewsroom, type Newsroom } from '../pipeline/context.ts';
import { hosted } from './hosted.ts';

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
export async function withNewsroom<T>(fn: (nr: Newsroom) => Promise<T>, config?: Config): Promise<T> {
  const served = hosted();
  if (served) return fn(served.nr); // inside the serving process: its database, left open
  const cfg = config ?? loadConfig();
  const db: Db = await openDb(cfg);
  try {
    return await fn(createNewsroom(cfg, db));
  } finally {
    await db.close();
  }
}

export function printJson(value: unknown) {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

// What a terminal acts on instead of showing: C0 controls, DEL, C1 controls
// (U+009B is an 8-bit CSI), and the bidi embeddings, overrides and isolates
// that reorder the text after them. Feeds put any of these in their titles.
const controls = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line of text from a source, safe to print: layout characters become spaces, other controls are shown escaped. */
export function terminalSafe(s: string): string {
  return s.replace(controls, (ch) => {
    if (ch === '\t' || ch === '\n' || ch === '\r') return ' ';
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/** Print human output that may carry source text; its own newlines stay line breaks. */
export function say(text: string) {
  process.stdout.write(text.split('\n').map(terminalSafe).join('\n') + '\n');
}

/** A plain text table, columns padded to their widest cell. */
export function printTable(headers: string[], rows: Array<Array<string | number | null | undefined>>) {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : terminalSafe(String(c)))))];
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

/** A failure as the one line the command prints, whichever layer raised it. */
export function failureLine(e: unknown): string {
  const known = e instanceof UsageError || e instanceof ConfigError || e instanceof DatabaseBusyError;
  const err = e as NodeJS.ErrnoException;
  let message = err?.message ?? String(e);
  if (!known && err?.code === 'ECONNREFUSED') message = `cannot reach the database at DATABASE_URL (${message})`;
  // an error may quote a source (a feed's guid, a parser's excerpt): escaped like any source text
  return `newsroom: ${terminalSafe(message.split('\n')[0])}\n`;
}
