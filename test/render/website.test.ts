import type { Citation } from '../../src/qa/answer';
import { plainTitle, withoutCodes } from '../../src/render/website';

describe('codes in the website text, which residents read without them', () => {
  const titles: Record<string, string> = { '6A1.3': 'Huisvesten van vergunninghouders', '6C2.1': 'Subsidie voor isolatie', '6B1.3': 'Plaatsen van flexwoningen' };
  const titleOf = (code: string) => titles[code];

  it('names a list of codes that is the subject of a sentence by their titles, so the sentence still reads', () => {
    const line = 'Bijna alle prestaties staan op groen; alleen 6A1.3 en 6C2.1 krijgen een oranje stoplicht en 6B1.3 een rood stoplicht.';
    expect(withoutCodes(line, titleOf)).toBe(
      'Bijna alle prestaties staan op groen; alleen ‘Huisvesten van vergunninghouders’ en ‘Subsidie voor isolatie’ krijgen een oranje stoplicht en ‘Plaatsen van flexwoningen’ een rood stoplicht.',
    );
  });

  it('drops a list of codes that only labels a heading', () => {
    expect(withoutCodes('Toelichting 6A1.3, 6C2.1 en 6B1.3', titleOf).trim()).toBe('Toelichting');
  });

  it('starts a line that began with a code at the title, and keeps an indented line\'s indent', () => {
    expect(withoutCodes('6B1 Flexwoningen voor spoedzoekers heeft 2 prestaties:', titleOf)).toBe('Flexwoningen voor spoedzoekers heeft 2 prestaties:');
    expect(withoutCodes('  - 6B1.3 Plaatsen van flexwoningen', titleOf)).toBe('  - Plaatsen van flexwoningen');
  });

  it('drops a code before its own title', () => {
    expect(withoutCodes('6B1.3 Plaatsen van flexwoningen voor spoedzoekers', titleOf).trim()).toBe('Plaatsen van flexwoningen voor spoedzoekers');
  });
});

describe('a passage title in a resident\'s words', () => {
  const citation = (title: string, path: string[]): Citation => ({ id: 'toelichting-4C-2', title, path, quote: '', excerpt: '', url: '', file: '', lines: [1, 1], reportId: 'r' });

  it('names an explanation by what it explains, continuing the sentence in lower case', () => {
    const titles: Record<string, string> = { '1A2.3': 'Organiseren van verkiezingen' };
    expect(plainTitle(citation('Toelichting 1A2.3', []), 'nl', (code) => titles[code])).toBe('Uitleg bij organiseren van verkiezingen');
  });

  it('keeps the capital of a name ("RijnlandRoute", "Burgerzaken")', () => {
    const titles: Record<string, string> = { '4C1.2': 'RijnlandRoute', '1B1.1': 'Burgerzaken' };
    expect(plainTitle(citation('Toelichting 4C1.2', []), 'nl', (code) => titles[code])).toBe('Uitleg bij RijnlandRoute');
    expect(plainTitle(citation('Toelichting 1B1.1', []), 'en', (code) => titles[code])).toMatch(/ Burgerzaken$/);
  });
});
