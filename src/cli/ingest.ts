import { runExtractStage } from '../ingest/extract.ts';
import { runPollStage } from '../ingest/poll.ts';
import { getSource } from '../ingest/sources.ts';
import { markInterruptedRuns } from '../pipeline/runs.ts';
import { progressBar } from './progress.ts';
import { args, positiveId, printJson, UsageError, withNewsroom, say, terminalSafe } from './util.ts';

/** Poll now (every source, or one) and turn the new entries into reports. */
export async function ingestCommand(argv: string[]) {
  const { values } = args(argv, { source: { type: 'string' }, json: { type: 'boolean' } }, false);
  const sourceId = values.source !== undefined ? positiveId(values.source, '--source') : undefined;
  const result = await withNewsroom(async (nr) => {
    await markInterruptedRuns(nr.db);
    if (sourceId !== undefined && !(await getSource(nr.db, sourceId))) throw new UsageError(`no source with id ${sourceId}`);
    const pollBar = progressBar('polling   ');
    const poll = await runPollStage(nr, { sourceIds: sourceId ? [sourceId] : undefined, all: !sourceId, onProgress: pollBar.update });
    pollBar.end();
    const extractBar = progressBar('extracting');
    const extract = await runExtractStage(nr, { onProgress: extractBar.update });
    extractBar.end();
    return { poll, extract };
  });
  if (values.json) return printJson(result);
  const c = { ...result.poll.counts, ...result.extract.counts };
  say(
    `polled ${c.sources ?? 0} sources (${c.sources_failed ?? 0} failed, ${c.sources_not_modified ?? 0} unchanged): ` +
      `${c.items_new ?? 0} new items, ${c.report_new ?? 0} new reports, ` +
      `${(c.duplicate_exact ?? 0) + (c.duplicate_near ?? 0) + (c.duplicate_url ?? 0)} duplicates, ${c.failed ?? 0} failed, ${c.retry_later ?? 0} to retry`,
  );
  for (const e of [...result.poll.errors, ...result.extract.errors].slice(0, 20)) say(`  ${terminalSafe(e.subject)}: ${terminalSafe(e.message)}`);
}
