// Runs the real `newsroom` command in a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testFilesDir } from './newsroom.ts';

export const binPath = fileURLToPath(new URL('../../bin/newsroom.js', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], env: Record<string, string>, cwd?: string): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [binPath, ...args], {
    cwd,
    // files (pictures) go to the test's temporary folder, also when the database is a server
    env: { ...process.env, NEWSROOM_DEMO: '0', NEWSROOM_DATA_DIR: testFilesDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return startCli(args, env).done;
}

/** `newsroom serve` (or `start`) on a free port, resolved once it says where it serves. */
export async function startServing(args: string[], env: Record<string, string>, cwd?: string) {
  const server = startCli(args, { ...env, PORT: '0' }, cwd);
  const port = await new Promise<number>((resolve, reject) => {
    server.child.stdout!.on('data', (d) => {
      const m = /serving on http:\/\/localhost:(\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    });
    server.child.once('exit', () => server.done.then((r) => reject(new Error(`${args[0]} exited early: ${r.stderr}`))));
  });
  return { ...server, base: `http://127.0.0.1:${port}` };
}
