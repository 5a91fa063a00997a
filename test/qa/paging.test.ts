// Long list answers over several programmes, paged (src/qa/paging.ts).
import { PAGE_LINES } from '../../src/qa/paging';
import { renderForResidents } from '../../src/render/website';
import { engineWith, realEngine } from '../helpers';

const markers = (text: string) => [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))];

describe('a long overview over several programmes', () => {
  const engine = engineWith('variants', 'otherprogrammes');

  it('shows the first programmes whole, names the others, and offers to continue with each', () => {
    const answer = engine.ask('Geef een overzicht van alle doelen');
    const lines = answer.text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(PAGE_LINES + 1);
    expect(answer.text).toContain('**programma 1 Bestuur en dienstverlening**');
    expect(lines[lines.length - 1]).toBe("Nog 3 programma's, elk op een eigen vraag: programma 5 Sociaal domein; programma 7 Duurzaamheid; programma 8 Cultuur, sport en recreatie.");
    expect(answer.suggestions.slice(0, 3)).toEqual(['Geef een overzicht van alle doelen, programma 5?', 'Geef een overzicht van alle doelen, programma 7?', 'Geef een overzicht van alle doelen, programma 8?']);
  });

  it('keeps citations exactly the markers the shown text uses, numbered from 1, and every item, cited only where the text cites it', () => {
    const answer = engine.ask('Which performances deviate?');
    expect(markers(answer.text)).toEqual(answer.citations.map((_, i) => i + 1));
    const items = answer.items ?? [];
    expect(items.some((item) => item.code.startsWith('5'))).toBe(true);
    for (const item of items) {
      if (['1', '4'].includes(/^\d+/.exec(item.code)![0]) === false) expect(item.citation).toBeUndefined();
      if (item.citation) expect(answer.citations[item.citation - 1].id).toContain(item.code);
    }
  });

  it('continues with the programme a suggestion names, from that programme only', () => {
    const suggestion = engine.ask('Welke prestaties wijken af?').suggestions[0];
    const programme = /programma (\d+)/.exec(suggestion)![1];
    const next = engine.ask(suggestion);
    expect(next.citations.length).toBeGreaterThan(0);
    expect(next.citations.every((c) => new RegExp(`^(${programme}|toelichting-${programme}|${programme}-)`).test(c.id))).toBe(true);
  });

  it('leaves an overview of one programme whole', () => {
    const answer = realEngine().ask('Geef een overzicht van alle doelen');
    expect(answer.text).not.toMatch(/Nog \d+ programma/);
    expect(answer.text).toContain('1B1');
  });
});

describe('suggestion buttons on the English website', () => {
  it('say in English how a suggested item relates to the answer, never its Dutch title', () => {
    const engine = realEngine();
    const answer = engine.ask('What is 1A2?', { language: 'en' });
    const titleOf = (code: string) => engine.citationFor(answer.citations[0].reportId!, code)?.title.replace(/^\S+\s+/, '');
    const { suggestions } = renderForResidents(answer, { titleOf });
    const coded = suggestions.filter((s) => /\d[A-Z]/.test(s.value));
    expect(coded.length).toBeGreaterThan(0);
    for (const s of coded) {
      expect(s.title).not.toMatch(/More about|van|het|de /);
      expect(s.title).toMatch(/^(The goal it serves|The policy area it is part of|What falls under it|Other (tasks|goals|policy areas)|More about this|About this|A related part|Why:)/);
    }
  });
});
