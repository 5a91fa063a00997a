import type { Answer } from '../../src/qa/answer';
import { answerCard, CARD_MAX_BYTES, MAX_VISIBLE_SOURCES } from '../../src/render/card';
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

describe('the answer card of a long list', () => {
  const answer = realEngine().ask('Hoeveel prestaties zijn er in totaal?');

  it('shows the first five sources and folds the rest behind one toggle that names how many', () => {
    expect(answer.citations.length).toBeGreaterThan(MAX_VISIBLE_SOURCES + 1);
    const card = answerCard(answer, { includeText: false, quotes: false, fileLines: true }) as { body: Record<string, unknown>[] };
    const visible = card.body.filter((b) => b.type === 'Container' && b.isVisible !== false);
    expect(visible).toHaveLength(MAX_VISIBLE_SOURCES);
    const toggle = card.body.find((b) => b.type === 'ActionSet') as { actions: { type: string; title: string; targetElements: string[] }[] };
    const hidden = card.body.find((b) => b.isVisible === false) as { id: string; items: unknown[] };
    expect(toggle.actions[0]).toMatchObject({ type: 'Action.ToggleVisibility', title: `Nog ${answer.citations.length - MAX_VISIBLE_SOURCES} bronnen tonen`, targetElements: [hidden.id] });
    expect(hidden.items).toHaveLength(answer.citations.length - MAX_VISIBLE_SOURCES);
    // Every source is still in the card, numbered as the text cites it.
    expect(JSON.stringify(card)).toContain(`[${answer.citations.length}] ${answer.citations[answer.citations.length - 1].title}`);
  });

  it('folds nothing for a short answer', () => {
    const card = answerCard(realEngine().ask('verkiezingen')) as { body: Record<string, unknown>[] };
    expect(card.body.some((b) => b.isVisible === false || b.type === 'ActionSet')).toBe(false);
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
