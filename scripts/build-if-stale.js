// Builds dist/ with tsc only when a source or build setting is newer than the last build, so a
// second `npm start` (or `npm run ask`, …) starts at once. Plain JavaScript: it runs before any build.
'use strict';

const { execFileSync } = require('node:child_process');
const { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
/** Written after every successful build: tsc leaves its own outputs untouched when nothing changed. */
const STAMP = join(ROOT, 'dist', '.build-stamp');
/** What the build reads: sources (folders too, so a deleted file counts) and the settings. */
const SOURCE_DIRS = ['src', 'dialogs'];
const SETTINGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

/** The newest modification time under a path, in ms (0 when it does not exist). */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  let latest = stat.mtimeMs;
  if (stat.isDirectory()) for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function stampTime() {
  try {
    return statSync(STAMP).mtimeMs;
  } catch {
    return -1;
  }
}

const sources = Math.max(...SOURCE_DIRS.map((d) => newest(join(ROOT, d))), ...SETTINGS.map((f) => newest(join(ROOT, f))));
if (process.argv.includes('--force') || sources >= stampTime()) {
  const started = Date.now();
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    console.error('build: tsc found errors (above); dist/ was not brought up to date.');
    process.exit(1);
  }
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  // The English stems of the shipped vocabulary, so a start need not compute them (src/search/stemCache.ts).
  // Only time is lost without them, so a failure here is a warning.
  try {
    const script = "require('./dist/src/qa/engine').QaEngine.fromDirectory('corpus'); require('./dist/src/search/stemCache').writeEnglishStems();";
    execFileSync(process.execPath, ['-e', script], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    console.error('build: the English stem cache was not written; start-up computes the stems instead.');
  }
  // The stamp takes the time the build started: a source saved during the build is built next time.
  writeFileSync(STAMP, `built ${new Date(started).toISOString()}\n`);
  utimesSync(STAMP, new Date(started), new Date(started));
}
