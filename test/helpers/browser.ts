// What the browser suites share: Debian's Chromium started as this machine
// allows (no sandbox as root, no background connections to a closed network),
// and an app served on a loopback port for it to visit.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.NEWSROOM_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function serveOnLoopback(fetch: Parameters<typeof serve>[0]['fetch']) {
  const site = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => site.once('listening', r));
  return { site, base: `http://127.0.0.1:${(site.address() as AddressInfo).port}` };
}
