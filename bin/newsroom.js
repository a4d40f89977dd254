#!/usr/bin/env node
// The `newsroom` command. The sources are TypeScript, run through tsx's loader
// with the project's own tsconfig (its JSX settings), whatever folder it is started from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
