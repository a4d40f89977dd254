// Pictures are made in a child process that lives while there is work. Laying
// out a card (satori, its fonts), painting it (resvg) and encoding renditions
// (sharp's AVIF, WebP and JPEG on libuv's threads) take a few hundred MB of
// native memory that a long-running server would keep resident after use;
// the child gives all of it back when it exits.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CardInput } from './card.ts';
import { InvalidImageError, type StoredImage } from './renditions.ts';

export type PictureTask =
  /** draw a story card and store it */
  | { kind: 'card'; input: CardInput; dir: string; xmp: string }
  /** check a picture from an image model, then store it */
  | { kind: 'picture'; bytes: Uint8Array; dir: string; xmp: string };

export interface PictureRequest { id: number; task: PictureTask }
export type PictureReply = { id: number; stored: StoredImage } | { id: number; error: { name: string; message: string } };

type Pending = { resolve: (s: StoredImage) => void; reject: (e: Error) => void };

const entry = fileURLToPath(new URL('./picture-child.mjs', import.meta.url));

export class PictureProcess {
  private child?: ChildProcess;
  private pending = new Map<number, Pending>();
  private nextId = 0;

  private start(): ChildProcess {
    if (this.child) return this.child;
    // no inherited flags (a test runner's loader, --inspect): the entry registers tsx itself
    const child = fork(entry, [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (m: PictureReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if ('stored' in m) p.resolve(m.stored);
      else p.reject(m.error.name === 'InvalidImageError' ? new InvalidImageError(m.error.message) : new Error(m.error.message));
    });
    const gone = (why: string) => {
      if (this.child !== child) return;
      this.child = undefined;
      const e = new Error(`the picture process stopped (${why})`);
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    child.on('error', (e) => gone(e.message));
    child.on('exit', (code, signal) => gone(signal ?? `exit code ${code}`));
    this.child = child;
    return child;
  }

  run(task: PictureTask): Promise<StoredImage> {
    const child = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      child.send({ id, task } satisfies PictureRequest, (e) => {
        if (e && this.pending.delete(id)) reject(e);
      });
    });
  }

  /** Let the child go (after its tasks are answered); a later task starts a new one. */
  async close(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.connected) child.disconnect();
    await exited;
  }
}
