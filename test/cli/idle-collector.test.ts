import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startIdleCollector } from '../../src/cli/idle-collector.ts';

const busyFor = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

test('the idle collector collects once after work, when quiet, and not again while nothing happens', async () => {
  let collections = 0;
  const collector = startIdleCollector({ tickMs: 40, quietTicks: 2, onCollect: () => collections++ });
  try {
    // the test's own start is work: let any collection after it happen first
    await sleep(300);
    const before = collections;
    await sleep(300);
    assert.equal(collections, before, 'collected with no work since');
    for (let i = 0; i < 3; i++) {
      busyFor(60);
      await sleep(1);
    }
    for (let i = 0; i < 100 && collections === before; i++) await sleep(20);
    assert.equal(collections, before + 1);
    // its own collection is not work: no second one follows
    await sleep(400);
    assert.equal(collections, before + 1);
  } finally {
    collector.stop();
  }
});
