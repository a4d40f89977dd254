// While `newsroom start|serve` holds a PGlite folder, other `newsroom` commands
// are run by that process: it listens on a Unix socket in the data folder
// (owner-only, never a TCP port), a command started elsewhere sends it its
// arguments and prints what comes back. The server runs one forwarded command
// at a time through the same code, against its open database; PGlite's own
// lock orders those queries with the site's and the pipeline's.
//
// Lines of JSON both ways: {"argv": [...]} in; {"out": s} | {"err": s} | {"exit": n} back.
import { lstatSync, chmodSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Newsroom } from '../pipeline/context.ts';
import { runHosted } from './hosted.ts';
import { failureLine } from './util.ts';

export type Dispatch = (argv: string[]) => Promise<void>;

/** Unix socket paths are limited to about 104 bytes on every platform. */
const maxSocketPath = 100;

export const socketPath = (config: Config) => resolve(config.dataDir, 'newsroom.sock');

/** The commands the serving process will not run for a caller, and why. */
function refusal(command: string | undefined, pid: number): string | undefined {
  if (command === 'start' || command === 'serve') return `the site is already served from this data folder by process ${pid}`;
  if (command === 'backup' || command === 'restore')
    return `${command} needs the database folder to itself: stop the server (process ${pid}) first, or set DATABASE_URL to use PostgreSQL`;
  return undefined;
}

/** Commands answered without a database never need the server. */
export function needsNoDatabase(argv: string[]): boolean {
  const [command, ...rest] = argv;
  return !command || command.startsWith('-') || command === 'help' || command === 'version' || rest.includes('--help') || rest.includes('-h');
}

/**
 * The server runs in another folder than the caller: a file or folder a
 * command names (`sources import feeds.opml`, `export site/`) is made absolute
 * against the caller's working folder before it is sent.
 */
export function callersPaths(argv: string[], cwd = process.cwd()): string[] {
  const [command, sub] = argv;
  const words = command === 'export' ? 1 : command === 'sources' && sub === 'import' ? 2 : 0;
  if (!words) return argv;
  const out = [...argv];
  for (let i = words; i < out.length; i++) {
    if (out[i].startsWith('-')) {
      if (optionsWithValue.has(out[i])) i++; // its value is no path
      continue;
    }
    out[i] = resolve(cwd, out[i]);
    break;
  }
  return out;
}
const optionsWithValue = new Set(['--base-url', '--name', '--lang']);

export interface CommandSocket {
  close(): void;
}

/** Listen for forwarded commands (PGlite only: a PostgreSQL database is reached by every process itself). */
export async function listenForCommands(nr: Newsroom, dispatch: Dispatch): Promise<CommandSocket | undefined> {
  const path = socketPath(nr.config);
  if (path.length > maxSocketPath) {
    console.error(`newsroom: the data folder's path is too long for a socket (${path}); other commands cannot reach this server`);
    return undefined;
  }
  // this process holds the folder's lock, so a socket left here is from a server that died
  removeSocket(path);
  let queue = Promise.resolve();
  const server: Server = createServer((socket) => {
    let buffered = '';
    let received = false;
    socket.setEncoding('utf8');
    socket.on('error', () => {}); // a caller that went away: its command still finishes
    socket.on('data', (chunk: string) => {
      if (received) return;
      buffered += chunk;
      const end = buffered.indexOf('\n');
      if (end < 0) {
        if (buffered.length > 1024 * 1024) socket.destroy();
        return;
      }
      const line = buffered.slice(0, end);
      received = true;
      queue = queue.then(() => runForwarded(nr, dispatch, line, socket));
    });
  });
  const umask = process.umask(0o177); // the socket is made owner-only from the start
  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(path, () => ok());
    });
  } finally {
    process.umask(umask);
  }
  chmodSync(path, 0o600);
  return {
    close() {
      server.close();
      removeSocket(path);
    },
  };
}

async function runForwarded(nr: Newsroom, dispatch: Dispatch, line: string, socket: Socket) {
  const send = (message: object) => {
    if (!socket.destroyed) socket.write(JSON.stringify(message) + '\n');
  };
  let argv: string[];
  try {
    const request = JSON.parse(line) as { argv?: unknown };
    if (!Array.isArray(request.argv) || !request.argv.every((a) => typeof a === 'string')) throw new Error('argv');
    argv = request.argv;
  } catch {
    send({ err: 'newsroom: the server could not read the forwarded command\n' });
    return void socket.end(JSON.stringify({ exit: 2 }) + '\n');
  }
  const refused = refusal(argv[0], process.pid);
  if (refused) {
    send({ err: `newsroom: ${refused}\n` });
    return void socket.end(JSON.stringify({ exit: 1 }) + '\n');
  }
  const exitCodeBefore = process.exitCode;
  process.exitCode = undefined;
  let code = 0;
  await runHosted({ nr, pid: process.pid, out: (s) => send({ out: s }), err: (s) => send({ err: s }) }, async () => {
    try {
      await dispatch(argv);
    } catch (e) {
      process.stderr.write(failureLine(e));
      code = 1;
    }
  });
  code = code || Number(process.exitCode ?? 0);
  process.exitCode = exitCodeBefore;
  if (!socket.destroyed) socket.end(JSON.stringify({ exit: code }) + '\n');
}

function removeSocket(path: string) {
  try {
    if (lstatSync(path).isSocket()) rmSync(path, { force: true });
  } catch {
    // no socket there
  }
}

/**
 * Run `argv` in the process serving this data folder, if one is. Returns the
 * exit code, or undefined when no server listens (a socket left by a server
 * that crashed is removed, and the command runs here as usual).
 */
export async function forwardToServer(config: Config, argv: string[]): Promise<number | undefined> {
  const path = socketPath(config);
  if (path.length > maxSocketPath) return undefined;
  const socket = await new Promise<Socket | undefined>((ok, fail) => {
    const s = createConnection(path);
    s.once('connect', () => ok(s));
    s.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return ok(undefined);
      if (e.code === 'ECONNREFUSED') {
        removeSocket(path); // nobody listens: left by a server that died
        return ok(undefined);
      }
      fail(new Error(`cannot reach the server through ${path}: ${e.message}`));
    });
  });
  if (!socket) return undefined;
  return new Promise<number>((ok) => {
    let buffered = '';
    let code: number | undefined;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      let end: number;
      while ((end = buffered.indexOf('\n')) >= 0) {
        const message = JSON.parse(buffered.slice(0, end)) as { out?: string; err?: string; exit?: number };
        buffered = buffered.slice(end + 1);
        if (message.out !== undefined) process.stdout.write(message.out);
        if (message.err !== undefined) process.stderr.write(message.err);
        if (message.exit !== undefined) code = message.exit;
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      if (code === undefined) process.stderr.write('newsroom: the server closed the connection before the command finished\n');
      ok(code ?? 1);
    });
    socket.write(JSON.stringify({ argv: callersPaths(argv) }) + '\n');
  });
}
