// The `--corpus DIR` option the clerk's command-line tools share: several folders are read as one
// corpus, the first folder's glossaries serving all (the project's report beside other programmes'
// pages: `--corpus corpus --corpus test/fixtures/otherprogrammes`). Without it, CORPUS_DIR or corpus/.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultCorpusDir, loadCorpus } from '../report/corpus';
import type { Corpus } from '../report/model';

/** The option's definition, for `parseArgs`. */
export const CORPUS_OPTION = { corpus: { type: 'string', multiple: true } } as const;

/** The folders named by --corpus, or the default corpus folder. */
export function corpusDirs(values: { corpus?: string[] }): string[] {
  return values.corpus && values.corpus.length > 0 ? values.corpus : [defaultCorpusDir()];
}

/** The corpus of those folders, read as one. */
export function loadCorpusFrom(dirs: string[]): Corpus {
  return loadCorpus(dirs[0], { alsoFrom: dirs.slice(1) });
}

/**
 * `parseArgs` that answers a mistyped option with one line and the usage, and exit code 2, instead
 * of a stack trace.
 */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
}
