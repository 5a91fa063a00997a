import type { Answer } from '../../src/qa/answer';
import { answerCard, CARD_MAX_BYTES } from '../../src/render/card';
import { citationEntity } from '../../src/render/citations';
import { renderMarkdown } from '../../src/render/text';
import { realEngine } from '../helpers';

/** An answer quoting one very long passage, as a report with a 40 KB paragraph would give. */
function longAnswer(): Answer {
  const base = realEngine().ask('Waarom zijn er zoveel verstoringen?');
  const quote = 'De dienstverlening kent verstoringen door een ingewikkelde ICT-architectuur. '.repeat(550);
  return { ...base, citations: base.citations.map((c) => ({ ...c, quote, excerpt: quote.slice(0, 500) })) };
}

describe('the answer card', () => {
  it('stays under 28 KB however long the quoted passage is, cutting quotes on whole words', () => {
    const card = answerCard(longAnswer());
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(CARD_MAX_BYTES);
    expect(JSON.stringify(card)).toMatch(/ \S+…”/);
  });

  it('offers 👍/👎 that carry the question and the cited passages', () => {
    const card = answerCard(realEngine().ask('verkiezingen')) as { actions: { type: string; data?: unknown }[] };
    expect(card.actions.filter((a) => a.type === 'Action.Submit').map((a) => a.data)).toEqual([
      { action: 'feedback', rating: 'up', question: 'verkiezingen', cited: ['1A2.3'] },
      { action: 'feedback', rating: 'down', question: 'verkiezingen', cited: ['1A2.3'] },
    ]);
  });
});

describe('the citation entity', () => {
  it('cuts every abstract on a whole word to at most 160 characters', () => {
    const entity = citationEntity(longAnswer())!;
    for (const c of entity.citation) {
      expect(c.appearance.abstract.length).toBeLessThanOrEqual(160);
      expect(c.appearance.abstract).toMatch(/\S…$/);
    }
  });

  it('is left out when the answer cites nothing', () => {
    expect(citationEntity(realEngine().ask('Wat is het weer morgen?'))).toBeUndefined();
  });
});

describe('the Markdown text', () => {
  it('ends with a reference link per citation, in marker order', () => {
    const text = renderMarkdown(realEngine().ask('wat is 1B1.2?'));
    expect(text.match(/^\[\d\]: \S+ ".*"$/gm)).toHaveLength(3);
    expect(text).toMatch(/\[1\]: https:\/\/bestuursrapportage\.leiden\.nl\/\S+ "1B1\.2 Zorgen voor persoonlijke/);
  });
});
