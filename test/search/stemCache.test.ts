import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishStem } from '../../src/search/analyzer';
import { readEnglishStems, writeEnglishStems } from '../../src/search/stemCache';
import { scratchDir } from '../scratch';

describe('the English stem cache the build writes', () => {
  const dir = scratchDir('stems-');

  it('writes the stems computed so far, each as the stemmer gives it', () => {
    englishStem('defibrillators');
    const file = join(dir, 'stems.json');
    expect(writeEnglishStems(file)).toBeGreaterThan(0);
    expect(require(file).stems.defibrillators).toBe(englishStem('defibrillators'));
  });

  it('ignores a cache written by another stemmer, and a damaged one, so start-up only loses time', () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ stemmer: 'natural@0.0.1', stems: { wrongly: 'x' } }));
    expect(readEnglishStems(other)).toBe(0);
    expect(englishStem('wrongly')).not.toBe('x');
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '{ not json');
    expect(readEnglishStems(damaged)).toBe(0);
    expect(readEnglishStems(join(dir, 'missing.json'))).toBe(0);
  });
});
