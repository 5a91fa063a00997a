// The glossary's words found under an answer: looked up where the word stands, found where a scan of the whole text finds them.

import { Glosses } from '../../src/qa/glosses';
import type { Gloss, Language } from '../../src/qa/answer';
import type { GlossaryEntry } from '../../src/report/model';
import { realEngine } from '../helpers';

/** The plain scan: every entry's pattern run over the whole text (how the glosses were first found). */
function scanned(glossary: GlossaryEntry[], text: string, language: Language): Gloss[] {
  const found: { at: number; gloss: Gloss }[] = [];
  for (const entry of glossary.filter((g) => (g.type === 'abbr' || g.type === 'jargon') && g.explanation && g.explanation !== g.expansion)) {
    const escaped = entry.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`(^|[^\\p{L}])${escaped}(s|en)?(?![\\p{L}])`, entry.type === 'abbr' ? 'u' : 'iu').exec(text);
    if (m) found.push({ at: m.index, gloss: { term: entry.term, explanation: '' } });
  }
  return found.sort((a, b) => a.at - b.at).slice(0, 4).map((f) => f.gloss);
}

const terms = (glosses: Gloss[]) => glosses.map((g) => g.term);

describe('glosses', () => {
  const engine = realEngine();
  const glossary = engine.corpus.glossary;
  const glosses = new Glosses(glossary);

  it.each([
    ['BRP aan het begin, dan griffie'],
    ['eerst xBRP en BRPx, later (BRP)'],
    ['alleen xBRP en BRPx, dus geen afkorting'],
    ['xgriffie, BRP, dan pas griffie'],
    ['de BRPs en de BRPen, niet de BRPer'],
    ['😀BRP na een teken buiten het basisvlak, 𝐀griffie na een letter daarbuiten'],
    ['Griffie en GRIFFIE: jargon in elke schrijfwijze, maar brp niet'],
    ['c.q. en o.a. met punten; c.q.x niet'],
    ['accountantaccountant accountant'],
    ['college, griffie, rekenkamercommissie, accountant en Servicepunt71: de eerste vier tellen'],
  ])('finds the words of "%s" in the order a scan of the whole text finds them', (text) => {
    expect(terms(glosses.find(text, 'nl'))).toEqual(terms(scanned(glossary, text, 'nl')));
  });

  it('finds the same words as a scan of the whole text in every passage of the report, and in a text of a million characters', () => {
    const texts = engine.corpus.reports.flatMap((r) => r.passages.map((p) => p.text));
    texts.push(texts.join('\n').repeat(250));
    for (const text of texts) expect({ text: text.slice(0, 80), terms: terms(glosses.find(text, 'en')) }).toEqual({ text: text.slice(0, 80), terms: terms(scanned(glossary, text, 'en')) });
  });
});
