import assert from 'node:assert/strict';
import { test } from 'node:test';
import { progressBar } from '../../src/cli/progress.ts';

function fakeStream(isTTY: boolean) {
  const out: string[] = [];
  return { stream: { isTTY, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream, out };
}

test('the progress bar draws on a terminal and stays silent when piped', () => {
  const tty = fakeStream(true);
  const bar = progressBar('polling', tty.stream);
  bar.update(0, 4);
  bar.update(4, 4);
  bar.end();
  assert.match(tty.out.join(''), /\rpolling \[#{28}\] 4\/4\n$/);
  const piped = fakeStream(false);
  const quiet = progressBar('polling', piped.stream);
  quiet.update(2, 4);
  quiet.end();
  assert.deepEqual(piped.out, []);
});
