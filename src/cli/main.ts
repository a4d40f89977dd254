// `newsroom <command>`: one file per subcommand; failures print one line.
import { loadConfig, type Config } from '../config.ts';
import { dispatch } from './commands.ts';
import { forwardToServer, needsNoDatabase } from './remote.ts';
import { failureLine } from './util.ts';

// While a server holds the PGlite folder, a command is run by that server (remote.ts).
async function main(argv: string[]) {
  // a worker is never run by the server: on PGlite it must say it cannot share the folder
  if (!needsNoDatabase(argv) && argv[0] !== 'worker') {
    let config: Config | undefined;
    try {
      config = loadConfig();
    } catch {
      // a configuration error is reported by the command itself
    }
    if (config && !config.databaseUrl) {
      const code = await forwardToServer(config, argv);
      if (code !== undefined) return void (process.exitCode = code);
    }
  }
  await dispatch(argv);
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
  process.stderr.write(failureLine(e));
  process.exit(1);
});
