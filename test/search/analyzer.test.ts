import { Analyzer, fold, words } from '../../src/search/analyzer';
import { realEngine } from '../helpers';

describe('the analyzer', () => {
  const analyzer = realEngine().index.analyzer;
  const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);

  it('folds diacritics so financiële and financiele are one word', () => {
    expect(fold('Financiën coördinatie geïnformeerd')).toBe('financien coordinatie geinformeerd');
    const plain = new Analyzer();
    expect(plain.indexTerms('financiële')).toEqual(plain.indexTerms('financiele'));
  });

  it('makes singular and plural meet: kanaal/kanalen, archief/archieven, rijbewijs/rijbewijzen', () => {
    const a = new Analyzer();
    for (const [one, many] of [['kanaal', 'kanalen'], ['archief', 'archieven'], ['rijbewijs', 'rijbewijzen'], ['registratie', 'registraties']]) {
      expect(a.stem(one)).toBe(a.stem(many));
    }
  });

  it('reaches compound words from their head: registratie → basisregistraties, storing → verstoringen', () => {
    expect(terms('registratie')).toContain(analyzer.stem('basisregistraties'));
    expect(terms('storing')).toContain(analyzer.stem('verstoringen'));
  });

  it('reads a compound the report does not use as its head plus a topic of its own: bevolkingsregister, klimaatbeleid', () => {
    const register = analyzer.analyzeQuery('bevolkingsregister');
    expect(register.terms.map((t) => t.term)).toContain(analyzer.stem('basisregistratie'));
    expect(register.concepts.map((c) => c.label)).toEqual(['bevolkingsregister', 'bevolking']);
    // The first part stays a topic: a passage on "beleid" does not cover "klimaatbeleid".
    const climate = analyzer.analyzeQuery('klimaatbeleid');
    expect(climate.concepts.map((c) => c.label)).toEqual(['klimaatbeleid', 'klimaat']);
    expect(climate.terms.filter((t) => t.concept === 1).map((t) => t.term)).toEqual([analyzer.stem('klimaat')]);
    // A prefix is no first part (bij|stand), and a word the report uses is not split.
    expect(analyzer.analyzeQuery('bijstand').concepts).toHaveLength(1);
    expect(analyzer.analyzeQuery('raadscommissies').concepts).toHaveLength(1);
  });

  describe('on compounds whose head the report does not know', () => {
    const vocabulary = (...indexWords: string[]) => {
      const a = new Analyzer();
      a.setVocabulary(indexWords);
      return a;
    };

    it('reads them as the first part the report knows: rattenplaag is about ratten', () => {
      const a = vocabulary('ratten', 'ongedierte', 'buurt');
      const query = a.analyzeQuery('rattenplaag');
      expect(query.concepts.map((c) => c.label)).toEqual(['rattenplaag']);
      expect(query.terms.filter((t) => t.concept === 0).map((t) => t.term)).toContain(a.stem('ratten'));
    });

    it('reads a first part the report uses only in compounds as those compounds: strooiwagens → strooizout', () => {
      const a = vocabulary('strooizout', 'strooiroutes', 'zout', 'routes');
      const found = a.analyzeQuery('strooiwagens').terms.map((t) => t.term);
      expect(found).toEqual(expect.arrayContaining([a.stem('strooizout'), a.stem('strooiroutes')]));
    });

    it('reads a separable verb\'s participle as the verb, never as a topic "opge" or "omge"', () => {
      const a = vocabulary('opvang', 'vallen', 'bomen');
      const caught = a.analyzeQuery('opgevangen');
      expect(caught.concepts).toHaveLength(1);
      expect(caught.terms.map((t) => t.term)).toContain(a.stem('opvang'));
      expect(a.analyzeQuery('bomen omgevallen').concepts.map((c) => c.label)).toEqual(['bomen', 'omgevallen']);
      // Without the particle: bij|ge|bouwd is built, where the report says "bouw".
      const built = vocabulary('bouw', 'woningen');
      expect(built.analyzeQuery('bijgebouwd').terms.map((t) => t.term)).toContain(built.stem('bouw'));
    });

    it('lets a report word a glossary line gives, which the report uses only in compounds, reach them: kot → student → studentenwoningen', () => {
      const a = new Analyzer([{ term: 'kot', expansion: 'student', type: 'synonym', line: 1 }], [], [], []);
      a.setVocabulary(['studentenwoningen', 'woningen']);
      expect(a.analyzeQuery('komen er meer koten').terms.map((t) => t.term)).toContain(a.stem('studentenwoningen'));
    });

    it('reads a verb particle before a word the report has as that word: oplaadpalen → laadpalen', () => {
      const a = vocabulary('laadpalen', 'plaatsen');
      expect(a.analyzeQuery('oplaadpalen').terms.map((t) => t.term)).toContain(a.stem('laadpalen'));
    });

    it('reaches the compounds a question word begins, when their end is a word: piercing → piercingshops, not park → parkeerplaatsen', () => {
      const a = vocabulary('piercingshops', 'parkeerplaatsen', 'park', 'hotelkamers', 'kamers');
      expect(a.expandModifiers('piercing')).toEqual([a.stem('piercingshops')]);
      expect(a.expandModifiers('hotel')).toEqual([a.stem('hotelkamers')]);
      expect(a.expandModifiers('park')).toEqual([]);
    });
  });

  it('counts words for the people served as half a topic: "inwoners" says who, not what', () => {
    const query = analyzer.analyzeQuery('merken inwoners iets van de storingen');
    const weight = (label: string) => query.concepts.find((c) => c.label === label || c.label.startsWith(label))?.weight;
    expect(weight('storing')).toBe(1);
    expect(query.concepts.some((c) => c.weight === 0.5)).toBe(true);
    // Where the asker lives says where, not what: "in mijn buurt" counts half as well.
    const near = analyzer.analyzeQuery('overlast in mijn buurt');
    expect(near.concepts.map((c) => c.weight)).toEqual([1, 0.5]);
  });

  it('treats inflected common verbs as no topic: bestaat, ingedeeld, verdeeld', () => {
    expect(analyzer.analyzeQuery('in hoeveel beleidsterreinen is het ingedeeld').concepts.map((c) => c.label)).toEqual(['beleidsterreinen']);
    expect(analyzer.analyzeQuery('in hoeveel beleidsterreinen is het verdeeld').concepts.map((c) => c.label)).toEqual(['beleidsterreinen']);
    expect(analyzer.analyzeQuery('uit hoeveel doelen bestaat het').concepts.map((c) => c.label)).toEqual(['doelen']);
    // English too: "does the council pay for the museum?" is about the museum.
    expect(analyzer.analyzeQuery('does the city pay for the museum').concepts.map((c) => c.label)).not.toContain('pay');
  });

  it('does not read a word through a short glossary term it only shares a stem with: "plaatsen" is no "plat" (systems down)', () => {
    const a = new Analyzer([{ term: 'plat', expansion: 'storingen uitval', type: 'synonym', line: 1 }], [], [], []);
    a.setVocabulary(['storingen', 'uitval', 'plaatsen', 'laadpalen']);
    expect(a.analyzeQuery('het plaatsen van laadpalen').terms.map((t) => t.term)).not.toContain(a.stem('storingen'));
    expect(a.analyzeQuery('ligt het systeem plat').terms.map((t) => t.term)).toContain(a.stem('storingen'));
  });

  it('treats a comparative as the way something went, no topic: "is het zwembad kouder geworden?", "did the costs get higher?"', () => {
    expect(analyzer.analyzeQuery('is het water in het zwembad kouder geworden').concepts.map((c) => c.label)).toEqual(['water', 'zwembad']);
    expect(analyzer.analyzeQuery('did the energy costs get higher').concepts.map((c) => c.label)).not.toContain('higher');
  });

  it('never "corrects" a Dutch word of the English side into another English word: nummer is no summer', () => {
    expect(analyzer.correct('nummer')).toBeUndefined();
    expect(terms('welk nummer heeft dit programma')).not.toContain(analyzer.stem('zomer'));
  });

  it('does not read a participle as another two letters away: geslagen (hit) is no gestegen (risen)', () => {
    const a = new Analyzer([], [], [], []);
    a.setVocabulary(['gestegen', 'kosten', 'inspraak']);
    expect(a.correct('geslagen')).toBeUndefined();
    // One slip in a participle is still corrected, and two in another word.
    expect(a.correct('gestegn')).toEqual(['gestegen']);
    expect(a.correct('inspaark')).toEqual(['inspraak']);
  });

  it('reads a Dutch word the lexicons know as another ending of a report word two letters off, never as another word: wetenschap is no waterschap', () => {
    const a = new Analyzer([], [], [{ dutch: ['wetenschap'], english: ['science'], line: 1 }, { dutch: ['financiele'], english: ['financial'], line: 2 }], []);
    a.setVocabulary(['waterschap', 'financien']);
    expect(a.correct('wetenschap')).toBeUndefined();
    expect(a.correct('financiele')).toEqual(['financien']);
    // A slip in a word no list knows is still corrected two letters away.
    expect(a.correct('wetrschap')).toEqual(['waterschap']);
  });

  it('reads every form of a common verb whose stem ends in v or z as no topic: blijft, geeft, leest', () => {
    expect(analyzer.analyzeQuery('blijft de nieuwbouw van scholen binnen het budget').concepts.map((c) => c.label)).not.toContain('blijft');
    expect(analyzer.analyzeQuery('geeft de gemeente subsidie').concepts.map((c) => c.label)).toEqual(['subsidie']);
    // "Wat meldt het rapport over …" asks what it says: melden is one of those verbs.
    expect(analyzer.analyzeQuery('wat meldt het rapport over de wachtlijsten').concepts.map((c) => c.label)).not.toContain('meldt');
  });

  it('reaches the compounds a lexicon word begins as written, though its stem no longer begins them: verslaving → verslavingspreventie', () => {
    const a = new Analyzer([{ term: 'verslaafd', expansion: 'verslaving', type: 'synonym', line: 1 }], [], [], []);
    a.setVocabulary(['verslavingspreventie', 'gezondheidsbeleid']);
    const query = a.analyzeQuery('wat doet de gemeente om te voorkomen dat mensen verslaafd raken');
    expect(query.terms.map((t) => t.term)).toContain(a.stem('verslavingspreventie'));
    // "raken" (to become) is a common verb: the question is about addiction alone.
    expect(query.concepts.map((c) => c.label)).toEqual(['mensen', 'verslaafd']);
  });

  it('reads a diminutive as the word it is made from when the report uses that word: boompjes → boom, straatje → straat', () => {
    const a = new Analyzer([], [], [], []);
    a.setVocabulary(['bomen', 'straat', 'busjes']);
    expect(a.correct('boompjes')).toEqual(['boom']);
    expect(a.correct('straatje')).toEqual(['straat']);
    // A diminutive and its plural are one word: "busje" is the report's "busjes", nothing to correct.
    expect(a.stem('busje')).toBe(a.stem('busjes'));
    expect(a.correct('busje')).toBeUndefined();
  });

  it('keeps a word that opens a lexicon phrase of the question as written: "busje naar school" is not "bus naar school"', () => {
    const lexicon = [{ term: 'busje naar school', expansion: 'leerlingenvervoer', type: 'synonym' as const, line: 1 }];
    const a = new Analyzer([], [], [], lexicon);
    a.setVocabulary(['bus', 'leerlingenvervoer', 'school']);
    expect(a.analyzeQuery('komt het busje naar school te laat').concepts.map((c) => c.label)).toContain('busje naar school');
    // Elsewhere the diminutive still reads as the report's word.
    expect(a.analyzeQuery('rijdt het busje vaker').terms.map((t) => t.term)).toContain(a.stem('bus'));
  });

  it('matches an English phrase across English function words only: Dutch "bus van het station" is no "bus station"', () => {
    const english = [{ dutch: ['busstation'], english: ['bus station'], line: 1 }];
    const a = new Analyzer([], english, [], []);
    a.setVocabulary(['busstation', 'bus', 'station']);
    expect(a.analyzeQuery('komt er een bus van het station').concepts.map((c) => c.label)).not.toContain('bus station');
    expect(a.analyzeQuery('is there a bus to the station').concepts.map((c) => c.label)).toContain('bus station');
  });

  it('reads an English -ing word the report does not write as English, though its Dutch stem is a report word: parking is no park', () => {
    const english = [{ dutch: ['parkeren'], english: ['parking'], line: 1 }];
    const lexicon = [{ term: 'park', expansion: 'park stadspark', type: 'synonym' as const, line: 1 }];
    const a = new Analyzer([], english, [], lexicon);
    a.setVocabulary(['park', 'sportpark', 'parkeren', 'storing']);
    expect(a.analyzeQuery('which programme is about parking').terms.map((t) => t.term)).toContain(a.stem('parkeren'));
    // A Dutch -ing word the report writes stays Dutch.
    expect(a.analyzeQuery('is er een storing').concepts.map((c) => c.label)).toEqual(['storing']);
  });

  it('of two phrases as long, reads the one whose words stand together: "public order and safety" is public order, then safety', () => {
    const english = [
      { dutch: ['veiligheid'], english: ['public safety'], line: 1 },
      { dutch: ['openbare orde'], english: ['public order'], line: 2 },
      { dutch: ['veiligheid'], english: ['safety'], line: 3 },
    ];
    const a = new Analyzer([], english, [], []);
    a.setVocabulary(['openbare', 'orde', 'veiligheid']);
    expect(a.analyzeQuery('the public order and safety area').concepts.map((c) => c.label)).toEqual(['public order', 'safety', 'area']);
  });

  it('does not correct a word into one with another first letter: "verslaafd raken" is not "zaken", "netter" no "letter"', () => {
    const a = new Analyzer([], [], [], []);
    a.setVocabulary(['zaken', 'letter', 'organisatie']);
    expect(a.correct('raken')).toBeUndefined();
    expect(a.correct('netter')).toBeUndefined();
    // A slip after the first letter is still corrected.
    expect(a.correct('orgnaisatie')).toEqual(['organisatie']);
  });

  it('reads the participle of a separable verb as the verb and its noun: uitgesteld is uitstel, toegelicht toelichting', () => {
    const a = new Analyzer([], [], [], []);
    expect(a.stem('uitgesteld')).toBe(a.stem('uitstel'));
    expect(a.stem('toegelicht')).toBe(a.stem('toelichting'));
    expect(a.stem('uitgevoerd')).toBe(a.stem('uitvoering'));
    expect(a.stem('bijgekomen')).toBe(a.stem('bijkomen'));
    // A verb's own final d stays (uitgebreid, uitbreiding); a word that only looks like one is itself.
    expect(a.stem('uitgebreid')).toBe(a.stem('uitbreiding'));
    expect(a.stem('gebieden')).toBe(a.stem('gebied'));
  });

  it('does not correct a word the bot reads questions by: "wijken … af" is no "wijzen" on pages without "wijk"', () => {
    const a = new Analyzer([], [], [], []);
    a.setVocabulary(['wijzen', 'kwetsbaar']);
    expect(a.correct('wijken')).toBeUndefined();
    expect(a.analyzeQuery('welke prestaties wijken af?').terms.map((t) => t.term)).not.toContain('wijz');
    // A word of no list is still corrected.
    expect(a.correct('kwestbaar')).toEqual(['kwetsbaar']);
  });

  it('does not split a Dutch word of the lexicons into parts the report does not use: vergunning is no "verg unning"', () => {
    expect(analyzer.correct('vergunning')).toBeUndefined();
    expect(analyzer.correct('budgetoverschrijding')).toEqual(['budget', 'overschrijding']);
  });

  it('does not "correct" an everyday word into a report word two letters away at its start: afspraak is no inspraak', () => {
    expect(analyzer.correct('afspraak')).toBeUndefined();
    // A slip further into the word is still corrected.
    expect(analyzer.correct('inspaark')).toEqual(['inspraak']);
  });

  it('corrects misspellings to words the report uses', () => {
    expect(terms('verkiezingn')).toContain(analyzer.stem('verkiezingen'));
    expect(terms('dienstverleneng')).toContain(analyzer.stem('dienstverlening'));
  });

  it('replaces glossary words by the report words: identiteitskaart → reisdocumenten, service delivery → dienstverlening', () => {
    expect(terms('identiteitskaart')).toContain(analyzer.stem('reisdocumenten'));
    expect(terms('status of service delivery')).toContain(analyzer.stem('dienstverlening'));
  });

  it('drops stopwords and the words every passage is about', () => {
    expect(analyzer.analyzeQuery('wat doet de gemeente Leiden?').concepts).toEqual([]);
  });
});

describe('English contractions and the everyday "council"', () => {
  const analyzer = realEngine().index.analyzer;

  it('reads "haven\'t" as "have not", not as the Dutch word "haven"', () => {
    expect(words("Why haven't the lamps been replaced yet?")).toEqual(['why', 'have', 'not', 'the', 'lamps', 'been', 'replaced', 'yet']);
    expect(analyzer.analyzeQuery("Why haven't the lamps been replaced yet?").concepts.map((c) => c.label)).not.toContain('haven');
  });

  it('weighs the bare "council" as half a topic, "city council" as a whole one', () => {
    expect(analyzer.analyzeQuery('Does the council do anything for stray animals?').concepts.find((c) => c.label === 'council')?.weight).toBe(0.5);
    expect(analyzer.analyzeQuery('What does the city council do?').concepts.find((c) => c.label === 'city council')?.weight).toBe(1);
  });
});

describe('compounds a question word reaches', () => {
  it('never reaches the traffic light, which says how a performance stands, not what it is about', () => {
    const analyzer = new Analyzer();
    analyzer.setVocabulary(['stoplicht', 'kunstlicht', 'voorlichting']);
    const reached = analyzer.expandCompounds(analyzer.stem('licht'));
    expect(reached).toContain(analyzer.stem('kunstlicht'));
    expect(reached).not.toContain(analyzer.stem('stoplicht'));
  });
});
