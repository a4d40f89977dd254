import { latestReports } from '../web/queries.ts';
import { args, printJson, printTable, shortTime, UsageError, withNewsroom, say } from './util.ts';

export async function reportsCommand(argv: string[]) {
  const [sub, ...rest] = argv;
  if (sub !== 'list') throw new UsageError('usage: newsroom reports list [--json] [--limit N]');
  const { values } = args(rest, { json: { type: 'boolean' }, limit: { type: 'string' } }, false);
  const limit = values.limit === undefined ? 100 : Number(values.limit);
  if (!Number.isInteger(limit) || limit <= 0) throw new UsageError('--limit must be a positive number');
  const reports = await withNewsroom((nr) => latestReports(nr.db, limit));
  if (values.json) return printJson(reports);
  if (!reports.length) return say('no reports yet: add a source and run `newsroom ingest`');
  printTable(
    ['id', 'lang', 'published', 'outlets', 'title'],
    reports.map((r) => [r.id, r.lang, shortTime(r.published_at), r.outlets.map((o) => o.name).join(', '), r.title]),
  );
}
