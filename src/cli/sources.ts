import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { addressRefusal, refusedSourceAddresses } from '../ingest/source-address.ts';
import { addSource, getSource, importOpml, listSources, opmlFileBase, removeSource, type Source } from '../ingest/sources.ts';
import { args, positiveId, printJson, printTable, shortTime, UsageError, withNewsroom, say } from './util.ts';

const usage = 'usage: newsroom sources add <url> [--name N] [--lang L] | import <file.opml> | list [--json] | remove <id>';

export async function sourcesCommand(argv: string[]) {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'add': {
      const { values, positionals } = args(rest, { name: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } });
      if (positionals.length !== 1) throw new UsageError('usage: newsroom sources add <url> [--name N] [--lang L]');
      const config = loadConfig();
      // the fetcher would refuse it at every poll: say so now, with the setting that allows it
      const refused = await refusedSourceAddresses(positionals[0], config.allowPrivateFetch);
      if (refused.length) throw new UsageError(addressRefusal(positionals[0], refused));
      const { source, created } = await withNewsroom((nr) => addSource(nr.db, { url: positionals[0], name: values.name, lang: values.lang }), config);
      if (values.json) printJson({ created, source });
      else say(created ? `added source ${source.id}: ${source.url} (trust ${source.trust}: its claims alone are held until \`newsroom sources trust ${source.id} trusted\`)` : `source ${source.id} already has that URL: ${source.url}`);
      return;
    }
    case 'import': {
      const { values, positionals } = args(rest, { json: { type: 'boolean' } });
      if (positionals.length !== 1) throw new UsageError('usage: newsroom sources import <file.opml>');
      let doc: string;
      try {
        doc = readFileSync(positionals[0], 'utf8');
      } catch (e) {
        throw new UsageError(`cannot read ${positionals[0]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      const result = await withNewsroom((nr) => importOpml(nr.db, doc, { base: opmlFileBase(positionals[0]) }));
      if (values.json) printJson(result);
      else say(`imported ${result.created} new sources (${result.total} in the file)`);
      return;
    }
    case 'list': {
      const { values } = args(rest, { json: { type: 'boolean' } }, false);
      const sources = await withNewsroom((nr) => listSources(nr.db));
      if (values.json) return printJson(sources);
      if (!sources.length) return say('no sources yet: add one with `newsroom sources add <url>`');
      printTable(
        ['id', 'name', 'lang', 'trust', 'last ok', 'status', 'url'],
        sources.map((s) => [s.id, s.name ?? s.feed_title, s.lang, s.trust, shortTime(s.last_ok_at), sourceStatus(s), s.url]),
      );
      return;
    }
    case 'remove': {
      const { positionals } = args(rest, {});
      const id = positiveId(positionals[0], 'the source id');
      const removed = await withNewsroom(async (nr) => ((await getSource(nr.db, id)) ? removeSource(nr.db, id) : false));
      if (!removed) throw new UsageError(`no source with id ${id}`);
      say(`removed source ${id}`);
      return;
    }
    default:
      throw new UsageError(usage);
  }
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * One cell for a source's state: its error while it fails; else how its last
 * poll read the feed (read_problem: "partly read: …", future dates), and
 * whether it reuses guids. `--json` has every field in full.
 */
function sourceStatus(s: Source): string {
  if (s.last_error) return `error (${s.consecutive_failures}x): ${clip(s.last_error, 60)}`;
  if (!s.last_polled_at) return 'not polled yet';
  const state = s.read_problem ? clip(s.read_problem, 90) : 'ok';
  return s.reuses_guids ? `${state} · reuses guids` : state;
}
