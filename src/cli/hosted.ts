// A command forwarded to the serving process runs there with the server's open
// database (PGlite is one process's), and its output goes back to the caller.
// AsyncLocalStorage tells the forwarded command's writes from the server's own
// logging, which keeps going to the server's console while a command runs.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Newsroom } from '../pipeline/context.ts';

export interface Hosted {
  nr: Newsroom;
  /** the serving process's id, for the commands that cannot run inside it */
  pid: number;
  out(text: string): void;
  err(text: string): void;
}

const store = new AsyncLocalStorage<Hosted>();

/** The serving process's newsroom when this code runs a forwarded command, else undefined. */
export const hosted = (): Hosted | undefined => store.getStore();

let routed = false;

/** Run `fn` as a forwarded command: process.stdout/stderr writes made within it reach `h`. */
export function runHosted<T>(h: Hosted, fn: () => Promise<T>): Promise<T> {
  if (!routed) {
    route(process.stdout, 'out');
    route(process.stderr, 'err');
    routed = true;
  }
  return store.run(h, fn);
}

function route(stream: NodeJS.WriteStream, to: 'out' | 'err') {
  const original = stream.write.bind(stream) as (...a: unknown[]) => boolean;
  stream.write = ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error | null) => void), cb?: (e?: Error | null) => void) => {
    const h = store.getStore();
    if (!h) return original(chunk, encoding, cb);
    h[to](typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8'));
    const done = typeof encoding === 'function' ? encoding : cb;
    if (done) queueMicrotask(() => done(null));
    return true;
  }) as typeof stream.write;
}
