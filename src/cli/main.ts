// `newsroom <command>`: one file per subcommand; failures print one line.
import { ConfigError } from '../config.ts';
import { DatabaseBusyError } from '../db/pglite.ts';
import { terminalSafe, UsageError } from './util.ts';

const help = `newsroom — an AI newsroom

  newsroom start                       migrate, load the demo corpus into an empty database, run the pipeline and serve the site
  newsroom serve                       serve the site only
  newsroom run [--json]                one full pass of every pipeline stage, then exit
  newsroom db migrate                  apply database migrations
  newsroom sources add <url> [--name N] [--lang L]
  newsroom sources import <file.opml>
  newsroom sources list [--json]
  newsroom sources remove <id>
  newsroom ingest [--source <id>] [--json]   poll sources now and extract their new items
  newsroom reports list [--json] [--limit N]
  newsroom stories list [--json] [--limit N]
  newsroom stories show <id> [--json]      its reports with their source URLs, its thread, its related stories
  newsroom stories merge <a> <b>           story b joins story a
  newsroom stories split <story> <report…> these reports leave for a new story
  newsroom stories move <report> <story>
  newsroom stories link <earlier> <later> | unlink <earlier> <later>
  newsroom articles list [--status draft|needs-review|published|held|merged] [--json]
  newsroom articles show <id> [--json]
  newsroom articles publish <id> [--reason R]   a version the grounding check held back needs a reason
  newsroom articles reject <id> [--reason R]    reject the newest version; readers keep the published one
  newsroom articles hold <id> --reason R | correct <id> --note N
  newsroom glossary list [--lang L] [--json] | set <key> <lang> <spelling> | remove <key> <lang>
  newsroom backup <file> [--json]          the database and the media folder in one file
  newsroom restore <file> [--force] [--json]   into an empty database (--force replaces a non-empty one)
`;

// Commands are loaded when used: a quick command does not load the site's
// and the pictures' modules (satori, sharp …), which take seconds to start.
async function main(argv: string[]) {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return (await import('./serve.ts')).serveCommand(rest, true);
    case 'serve':
      return (await import('./serve.ts')).serveCommand(rest, false);
    case 'run':
      return (await import('./run.ts')).runCommand(rest);
    case 'db':
      return (await import('./db.ts')).dbCommand(rest);
    case 'sources':
      return (await import('./sources.ts')).sourcesCommand(rest);
    case 'ingest':
      return (await import('./ingest.ts')).ingestCommand(rest);
    case 'reports':
      return (await import('./reports.ts')).reportsCommand(rest);
    case 'stories':
      return (await import('./stories.ts')).storiesCommand(rest);
    case 'articles':
      return (await import('./articles.ts')).articlesCommand(rest);
    case 'glossary':
      return (await import('./glossary.ts')).glossaryCommand(rest);
    case 'backup':
      return (await import('./backup.ts')).backupCommand(rest);
    case 'restore':
      return (await import('./backup.ts')).restoreCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(help);
      return;
    default:
      throw new UsageError(`unknown command "${command}" (try: newsroom help)`);
  }
}

// A reader that stops reading (`newsroom articles list | head -1`) is not a
// failure: what is left to print is dropped, and the command finishes its work
// (and closes its database) as it would have, with no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
    stream.write = (() => true) as typeof stream.write;
  });
}

// Every failure, whichever layer raised it (usage, configuration, an editor's
// EditorError or ArticleError, the database), is printed as one line.
main(process.argv.slice(2)).catch((e: unknown) => {
  const known = e instanceof UsageError || e instanceof ConfigError || e instanceof DatabaseBusyError;
  const err = e as NodeJS.ErrnoException;
  let message = err?.message ?? String(e);
  if (!known && err?.code === 'ECONNREFUSED') message = `cannot reach the database at DATABASE_URL (${message})`;
  // an error may quote a source (a feed's guid, a parser's excerpt): escaped like any source text
  process.stderr.write(`newsroom: ${terminalSafe(message.split('\n')[0])}\n`);
  process.exit(1);
});
