import { loadDemoIfEmpty } from '../pipeline/demo.ts';
import { markInterruptedRuns } from '../pipeline/runs.ts';
import { runAllStages } from '../pipeline/stages.ts';
import { args, printJson, withNewsroom, say } from './util.ts';

/** One full pass of every stage, then exit. */
export async function runCommand(argv: string[]) {
  const { values } = args(argv, { json: { type: 'boolean' } }, false);
  const results = await withNewsroom(async (nr) => {
    await markInterruptedRuns(nr.db);
    if (nr.config.loadDemo) await loadDemoIfEmpty(nr.db);
    return runAllStages(nr, (name, r) => {
      if (values.json) return;
      if (r instanceof Error) say(`${name}: failed: ${r.message}`);
      else say(`${name}: ${Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', ') || 'nothing to do'}${r.errors.length ? ` (${r.errors.length} errors)` : ''}`);
    });
  });
  if (values.json) printJson(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v instanceof Error ? { error: v.message } : v])));
  if (Object.values(results).some((r) => r instanceof Error)) process.exitCode = 1;
}
