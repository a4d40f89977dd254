// Worker-thread entry: loads the TypeScript sources through tsx, then reads
// article pages (decode + Readability) off the main thread.
import { register } from 'tsx/esm/api';

register();
await import('./page-worker-main.ts');
