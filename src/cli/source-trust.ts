// `newsroom sources trust <id|url> <level>`: an editor's decision to trust a
// source (or take it back), recorded in the audit log as the CLI's.
import { setSourceTrust } from '../desk/sources/trust.ts';
import { parseTrustLevel, TrustError, trustLevels } from '../ingest/source-trust.ts';
import { args, printJson, say, UsageError, withNewsroom } from './util.ts';

export const trustUsage = `usage: newsroom sources trust <id|url> <${trustLevels.join('|')}> [--json]`;

export async function sourceTrustCommand(argv: string[]) {
  // `--help` is answered by the command list (src/cli/commands.ts)
  const { values, positionals } = args(argv, { json: { type: 'boolean' } });
  if (positionals.length !== 2) throw new UsageError(trustUsage);
  let level;
  try {
    level = parseTrustLevel(positionals[1]);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const change = await withNewsroom(async (nr) => {
    try {
      return await setSourceTrust(nr.db, positionals[0], level, 'cli', 'cli');
    } catch (e) {
      throw e instanceof TrustError ? new UsageError(e.message) : e;
    }
  });
  if (values.json) return printJson(change);
  const { source } = change;
  say(change.changed
    ? `source ${source.id} (${source.name ?? source.url}): trust ${change.before} → ${source.trust}; ${change.stories} stories to write again`
    : `source ${source.id} (${source.name ?? source.url}) is already ${source.trust}`);
}
