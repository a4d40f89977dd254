import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one named by NEWSROOM_CHROMIUM. */
export function findChromium() {
  for (const p of [process.env.NEWSROOM_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  return undefined;
}
