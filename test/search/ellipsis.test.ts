import { completeEllipses } from '../../src/search/ellipsis';
import { engineWith } from '../helpers';

const known = new Set(['dieren', 'teams', 'kosten', 'evenementen']);
const knows = (word: string) => known.has(word);

describe('compounds written with a hyphen for the shared part', () => {
  it('completes each first part with the last compound\'s head', () => {
    expect(completeEllipses('de opvang van zwerf- en afstandsdieren', knows)).toEqual(['zwerfdieren']);
    expect(completeEllipses('Jeugd- en gezinsteams', knows)).toEqual(['jeugdteams']);
    expect(completeEllipses('sport-, spel- en publieksevenementen', knows)).toEqual(['sportevenementen', 'spelevenementen']);
  });

  it('completes nothing when the shared part is no word of its own', () => {
    expect(completeEllipses('rijks- en gemeentelijke monumenten', knows)).toEqual([]);
    expect(completeEllipses('een goed- of afgekeurd plan', knows)).toEqual([]);
  });

  it('lets a question find the passage by the completed word', () => {
    // The page says "opvang van zwerf- en afstandsdieren"; a resident writes zwerfdieren.
    const answer = engineWith('otherprogrammes13').ask('Worden zwerfdieren opgevangen?');
    expect(answer.citations[0]?.id).toBe('8C1.1');
  });
});
