// Synthetic corpora for benchmarks: the real report's template repeated with other codes and
// shuffled real sentences, so size grows while the text stays report-like.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentences } from '../qa/sentences';

/** A small deterministic random generator (mulberry32), so runs are comparable and send the same mix. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `copies` report files into `outDir`, each a programme of its own edition built from the
 * real file: codes renumbered (programme 1–99, editions numbered), titles and explanations made of
 * shuffled sentences of the real report. Copies the glossary.
 * @returns the number of files written
 */
export function writeSyntheticCorpus(sourceDir: string, outDir: string, copies: number): number {
  mkdirSync(outDir, { recursive: true });
  const sourceFile = readdirSync(sourceDir).find((f) => f.endsWith('.txt'))!;
  const template = readFileSync(join(sourceDir, sourceFile), 'utf8');
  const pool = sentences(template.split('\n').filter((l) => l.length > 60).join('\n'));
  const rand = random(42);
  const pick = () => pool[Math.floor(rand() * pool.length)];
  for (let i = 0; i < copies; i++) {
    const programme = (i % 99) + 1;
    const text = template
      .replace(/^2de Voortgangsrapportage 2022$/m, `Synthetische voortgangsrapportage ${i + 1}`)
      .replace(/^1$/m, String(programme))
      .replace(/\b1([AB])(\d)/g, `${programme}$1$2`)
      .replace(/Beleidsterrein 1([AB])/g, `Beleidsterrein ${programme}$1`)
      .replace(/^(\d+[AB]\d\.\d) (.*)$/gm, (_, code: string, title: string) => `${code} ${rand() < 0.5 ? title : pick().replace(/[.]$/, '')}`)
      .replace(/^(In april 2022|Inmiddels zijn diverse).*$/gm, () => Array.from({ length: 5 }, pick).join(' '));
    writeFileSync(join(outDir, `synthetisch-${i + 1}.txt`), text);
  }
  writeFileSync(join(outDir, 'glossary.tsv'), readFileSync(join(sourceDir, 'glossary.tsv')));
  return copies;
}
