import { parentPort } from 'node:worker_threads';
import { decodeBytes } from './charset.ts';
import { extractArticle } from './extract-page.ts';

parentPort!.on('message', (msg: { id: number; body: Uint8Array; contentType?: string; url: string }) => {
  try {
    const page = extractArticle(decodeBytes(msg.body, msg.contentType).text, msg.url);
    parentPort!.postMessage({ id: msg.id, page });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).message ?? String(e) });
  }
});
