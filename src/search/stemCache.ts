// The English stems of the shipped vocabulary, computed once when the code is built and read at start:
// stemming the lexicons' ~6,000 English words is most of what they add to start-up. A stem is a pure
// function of its word and the stemmer, so a cache can only be incomplete (a word added to a list since
// the build is stemmed at start, as before), never wrong; one written by another stemmer is not read.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot';
import { englishStemEntries, seedEnglishStems } from './analyzer';

/** Where the build leaves the cache: beside the compiled code, so a fresh clone has none until it builds. */
export const STEM_CACHE_FILE = join(packageRoot(), 'dist', 'english-stems.json');

/** The stemmer the stems come from (its package version): a cache from another one is ignored. */
function stemmerVersion(): string {
  return `natural@${(require('natural/package.json') as { version: string }).version}`;
}

/** Seeds the English stem cache from the build's file, if there is one for this stemmer. Never throws. */
export function readEnglishStems(file = STEM_CACHE_FILE): number {
  try {
    if (!existsSync(file)) return 0;
    const cache = JSON.parse(readFileSync(file, 'utf8')) as { stemmer?: string; stems?: Record<string, string> };
    if (cache.stemmer !== stemmerVersion() || !cache.stems) return 0;
    return seedEnglishStems(Object.entries(cache.stems));
  } catch {
    return 0; // a damaged cache costs start-up time, nothing else
  }
}

/** Writes every English stem computed so far (after building an engine on the shipped corpus). */
export function writeEnglishStems(file = STEM_CACHE_FILE): number {
  const stems = Object.fromEntries(englishStemEntries());
  writeFileSync(file, JSON.stringify({ stemmer: stemmerVersion(), stems }));
  return Object.keys(stems).length;
}
