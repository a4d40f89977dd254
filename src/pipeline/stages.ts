// The pipeline's stages in flow order. Each takes rows in one state to the
// next and is safe to re-run: a stage with nothing to do does nothing.
import { runExtractStage } from '../ingest/extract.ts';
import { runPollStage } from '../ingest/poll.ts';
import { runClusterStage } from '../stories/cluster-stage.ts';
import { runIllustrateStage } from '../illustrate/illustrate-stage.ts';
import { runTranslateStage } from '../translate/translate-stage.ts';
import { runWriteStage } from '../write/write-stage.ts';
import type { Newsroom } from './context.ts';
import type { StageReport } from './runs.ts';
import { siteChanged } from './site-version.ts';

export interface Stage {
  name: string;
  run(nr: Newsroom): Promise<StageReport>;
  /** did this run change what readers see (so cached pages must go)? */
  changesSite?: (r: StageReport) => boolean;
}

const counted = (...keys: string[]) => (r: StageReport) => keys.some((k) => (r.counts[k] ?? 0) > 0);

export const stages: Stage[] = [
  { name: 'poll', run: (nr) => runPollStage(nr) },
  { name: 'extract', run: (nr) => runExtractStage(nr) },
  { name: 'cluster', run: (nr) => runClusterStage(nr) },
  { name: 'write', run: (nr) => runWriteStage(nr), changesSite: counted('published', 'held') },
  { name: 'translate', run: (nr) => runTranslateStage(nr), changesSite: counted('translated', 'from_cache') },
  { name: 'illustrate', run: (nr) => runIllustrateStage(nr), changesSite: counted('cards_drawn', 'cards_reused_files', 'ai_drawn') },
];

/** The stages that make the text, without the pictures (tests that need no images use these). */
export const textStages = ['poll', 'extract', 'cluster', 'write', 'translate'];

/** One pass of every stage (or of the named ones), in order; a failing stage is recorded and the next still runs. */
export async function runAllStages(nr: Newsroom, onStage?: (name: string, r: StageReport | Error) => void, only?: string[]) {
  const results: Record<string, StageReport | Error> = {};
  for (const stage of stages) {
    if (only && !only.includes(stage.name)) continue;
    try {
      const report = await stage.run(nr);
      results[stage.name] = report;
      if (stage.changesSite?.(report)) await siteChanged(nr.db);
    } catch (e) {
      results[stage.name] = e as Error;
    }
    onStage?.(stage.name, results[stage.name]);
  }
  return results;
}
