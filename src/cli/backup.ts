// `newsroom backup <file>` and `newsroom restore <file> [--force]`.
import { loadConfig } from '../config.ts';
import { backup, restore } from '../backup/backup.ts';
import { args, printJson, UsageError } from './util.ts';

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const what = (kind: 'pglite' | 'postgres') => (kind === 'pglite' ? 'the embedded database' : 'the PostgreSQL database');

export async function backupCommand(argv: string[]) {
  const { values, positionals } = args(argv, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('usage: newsroom backup <file> [--json]');
  const s = await backup(loadConfig(), positionals[0]);
  if (values.json) return printJson(s);
  console.log(`backed up ${what(s.database)} (migration ${s.migration}) and ${s.mediaFiles} media files to ${s.file} (${megabytes(s.bytes)})`);
}

export async function restoreCommand(argv: string[]) {
  const { values, positionals } = args(argv, { force: { type: 'boolean' }, json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('usage: newsroom restore <file> [--force] [--json]');
  const s = await restore(loadConfig(), positionals[0], { force: values.force });
  if (values.json) return printJson(s);
  console.log(`restored ${what(s.database)} (migration ${s.migration}, backed up ${s.createdAt}) and ${s.mediaFiles} media files from ${s.file}` +
    (s.pendingMigrations ? `; the next start applies ${s.pendingMigrations} newer migration${s.pendingMigrations > 1 ? 's' : ''}` : ''));
}
