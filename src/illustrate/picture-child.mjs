// Child-process entry: loads the TypeScript sources through tsx, then makes
// pictures for the process that started it (see picture-process.ts).
import { register } from 'tsx/esm/api';

register();
await import('./picture-child-main.ts');
