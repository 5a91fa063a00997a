import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer } from '../../src/qa/answer';
import { QaEngine } from '../../src/qa/engine';
import { engineWith, FIXTURES, realEngine } from '../helpers';

const KINDS = ['code', 'meta', 'list', 'search', 'smalltalk', 'clarify', 'none'];

/** Checks the Answer contract: every answer, whatever the input. */
function expectValidAnswer(answer: Answer): void {
  expect(KINDS).toContain(answer.kind);
  expect(['nl', 'en']).toContain(answer.language);
  expect(typeof answer.text).toBe('string');
  expect(answer.text.length).toBeGreaterThan(0);
  expect(answer.confidence).toBeGreaterThanOrEqual(0);
  expect(answer.confidence).toBeLessThanOrEqual(1);
  if (answer.kind === 'none') expect(answer.citations).toEqual([]);
  answer.citations.forEach((c, i) => {
    expect(answer.text).toContain(`[${i + 1}]`);
    const file = readFileSync(c.file, 'utf8').split('\n').slice(c.lines[0] - 1, c.lines[1]).join('\n');
    for (const line of c.quote.split('\n')) expect(file).toContain(line.trim());
  });
}

describe('ask()', () => {
  const engine = realEngine();

  it.each(['wat is 1B1.3?', '1b1.3', '1B1 .3', 'prestatie 1B1.3', 'What is 1b1.3?'])('answers a goal code in any case and spacing: %s', (q) => {
    const answer = engine.ask(q);
    expect(answer.kind).toBe('code');
    expect(answer.citations[0].id).toBe('1B1.3');
    expect(answer.citations[0].quote).toBe('1B1.3 Op orde houden basisregistraties (BRP, BAG, BGT)');
    expectValidAnswer(answer);
  });

  it('places a code in the tree and explains the abbreviations in it', () => {
    const answer = engine.ask('wat is 1B1.3?');
    expect(answer.text).toContain('1B1 Burgers, bedrijven en instellingen zijn tevreden over de publieke dienstverlening');
    expect(answer.text).toContain('beleidsterrein 1B Dienstverlening');
    expect(answer.text).toMatch(/BRP = Basisregistratie Personen/);
  });

  it('quotes the explanation that names a code', () => {
    const answer = engine.ask('1B1.2');
    expect(answer.citations.map((c) => c.id)).toEqual(['1B1.2', 'toelichting-1B-1', 'toelichting-1B-2']);
  });

  it('says an unknown code does not exist, lists the areas that do, and cites nothing', () => {
    const answer = engine.ask('wat is 1C4?');
    expect(answer.kind).toBe('none');
    expect(answer.text).toContain('1C4 komt niet voor');
    expect(answer.text).toContain('1A Bestuur, 1B Dienstverlening');
    expectValidAnswer(answer);
  });

  it('lists what falls under a goal, each child cited', () => {
    const answer = engine.ask('welke prestaties vallen onder 1A2?');
    expect(answer.kind).toBe('list');
    expect(answer.citations.map((c) => c.id)).toEqual(['1A2', '1A2.1', '1A2.2', '1A2.3', '1A2.4', '1A2.5', 'toelichting-1A-1']);
  });

  it('answers in English when asked in English, quotes staying Dutch', () => {
    const answer = engine.ask('which goals fall under 1A?');
    expect(answer.language).toBe('en');
    expect(answer.text).toContain('3 goals');
    expect(answer.citations[1].quote).toBe('1A1 Volksvertegenwoordiging, kaderstelling en control');
  });

  it('follows the locale when the question does not tell the language', () => {
    expect(engine.ask('1B1.3', { locale: 'en-US' }).language).toBe('en');
    expect(engine.ask('1B1.3', { locale: 'nl-NL' }).language).toBe('nl');
  });

  it('answers a header field asked of the programme by its English name or in other words', () => {
    expect(engine.ask('Which committee deals with Governance and Services?').citations[0].id).toBe('1-commissie');
    expect(engine.ask('Welke raadscommissie bespreekt programma 1?').citations[0].id).toBe('1-commissie');
    // With one programme loaded, a word of its name is still a topic ("dienstverlening").
    expect(engine.ask('Hoe wil de gemeente haar dienstverlening inrichten volgens de missie?').citations[0].id).toBe('1-missie');
  });

  it('answers report metadata: mission, commissie, portefeuilles', () => {
    expect(engine.ask('Wat is de missie?')).toMatchObject({ kind: 'meta', citations: [{ id: '1-missie' }] });
    expect(engine.ask('which committee is responsible?').citations[0].quote).toBe('Leefbaarheid en Bereikbaarheid');
    expect(engine.ask('welke portefeuilles zijn er?').citations[0].quote).toContain('Werk, Inkomen en Economie & Cultuur');
  });

  it('answers a citizen in everyday words with the passage it rests on', () => {
    const answer = engine.ask('identiteitskaart verlopen');
    expect(answer.citations[0].id).toBe('1B1.1');
    expect(answer.citations[0].url).toMatch(/^https:\/\/bestuursrapportage\.leiden\.nl\//);
    expectValidAnswer(answer);
  });

  it.each(['Wat is het weer morgen?', 'Hoeveel kost een paspoort?', 'What does programme 5 say about schools?', 'Wat staat er in de jaarstukken 2021?', "What's the customer satisfaction score for Leiden's public services?"])(
    'refuses what the report does not say, without a citation: %s',
    (q) => {
      const answer = engine.ask(q);
      expect(answer.kind).toBe('none');
      expect(answer.citations).toEqual([]);
      expect(answer.text).toMatch(/14 071/);
    },
  );

  it('answers "how long" from a passage that gives a length of time, and "which day" only where a day is given', () => {
    // "Afgelopen jaren … wettelijke termijnen onder druk" is not how long the simplifying takes: "een meerjarig proces" is.
    expect(engine.ask('How long will it take to simplify the IT architecture?').citations[0].id).toBe('toelichting-1B-2');
    expect(engine.ask('Hoe lang duurt het ontwarren van de ICT-architectuur?').citations[0].id).toBe('toelichting-1B-2');
    // The report says "april 2022", not the day.
    expect(engine.ask('Wanneer is de raad geïnformeerd over de verstoringen?').citations[0].id).toBe('toelichting-1B-1');
    for (const q of ['Op welke dag kreeg de raad de brief over de verstoringen?', 'When exactly was the council told about the disruptions?']) {
      const day = engine.ask(q);
      expect(day.kind).toBe('none');
      expect(day.citations).toEqual([]);
    }
  });

  it('reads a "when" after the question word as joining two clauses, not as asking for a moment', () => {
    // Before, "wanneer inwoners … niet bereiken" made this a question for a date, and no passage on the outages has one.
    const joined = engine.ask('Wat doet de gemeente aan de verstoringen wanneer inwoners de gemeente niet bereiken?');
    expect(joined.kind).not.toBe('none');
    expect(joined.citations.length).toBeGreaterThan(0);
  });

  it('refuses "which ones exactly" where the report names only the kind, and answers it where it lists them', () => {
    for (const q of ['Which five channels does 1B1.2 mean exactly?', 'Welke samenwerkingsverbanden bedoelt 1A3.1 precies?']) {
      const answer = engine.ask(q);
      expect(answer.kind).toBe('none');
      expect(answer.citations).toEqual([]);
      expect(answer.text).toMatch(/welke precies|which ones exactly/);
    }
    // "(BRP, BAG, BGT)" names them; "what does … mean" asks what it is.
    expect(engine.ask('Welke basisregistraties bedoelt 1B1.3 precies?').citations[0].id).toBe('1B1.3');
    expect(engine.ask('What does 1B1.2 mean?').citations[0].id).toBe('1B1.2');
  });

  it('answers a question that names an organisation from a passage that names it ("Servicepunt71")', () => {
    expect(engine.ask('Wat is de rol van Servicepunt71?').citations[0].id).toBe('toelichting-1B-2');
  });

  it('refuses a question for people by office, citing nothing, with where to find them and the portefeuilles as a suggestion', () => {
    for (const q of ['Who is the alderman for finance?', 'Wie is de burgemeester van Leiden?']) {
      const answer = engine.ask(q);
      expect(answer.kind).toBe('none');
      expect(answer.citations).toEqual([]);
      expect(answer.text).toMatch(/www\.leiden\.nl/);
    }
    expect(engine.ask('Who is the alderman for finance?').suggestions).toEqual(['Which portfolios does this programme have?']);
    // The portfolios themselves are in the report.
    expect(engine.ask('Welke wethouders zijn verantwoordelijk voor dit programma?').citations[0].id).toBe('1-portefeuilles');
  });

  it('refuses personal cases and asks not to share personal data', () => {
    const answer = engine.ask('Wat is de status van mijn aanvraag? BSN 111222333');
    expect(answer.kind).toBe('none');
    expect(answer.text).toContain('Deel hier geen persoonsgegevens');
  });

  it('answers greetings, thanks and help in both languages', () => {
    expect(engine.ask('hallo')).toMatchObject({ kind: 'smalltalk', language: 'nl' });
    expect(engine.ask('thank you!')).toMatchObject({ kind: 'smalltalk', language: 'en' });
    expect(engine.ask('wat kun je?').text).toContain('1B1.3');
  });

  it('keeps smalltalk smalltalk when only words without a topic surround it, and a topic makes it a question', () => {
    expect(engine.ask('thanks a lot!')).toMatchObject({ kind: 'smalltalk', citations: [] });
    expect(engine.ask('Dankjewel, dat helpt')).toMatchObject({ kind: 'smalltalk', citations: [] });
    expect(engine.ask('what can you help me with?')).toMatchObject({ kind: 'smalltalk', language: 'en' });
    expect(engine.ask('Wat kun jij allemaal?')).toMatchObject({ kind: 'smalltalk', language: 'nl' });
    expect(engine.ask('hallo, wat is 1B1.3?').citations[0].id).toBe('1B1.3');
    expect(engine.ask('Can you help me with the elections?').citations[0].id).toBe('1A2.3');
  });

  it('offers follow-up suggestions in the answer language', () => {
    expect(engine.ask('wat is 1B1.3?').suggestions).toContain('Wat is 1B1?');
    expect(engine.ask('what is 1B1.3?').suggestions).toContain('What is 1B1?');
  });

  it.each([
    ['empty text', ''],
    ['10,000 characters', 'verkiezingen '.repeat(800)],
    ['only emoji', '😀🎉🙈'],
    ['only punctuation', '?!?!...;;'],
    ['control characters', '\u0000\u0007wat is\u001b[31m 1B1.3\u0008'],
    ['another script', 'Когда будут выборы? 選挙はいつですか'],
    ['a lone surrogate', '\ud800 verkiezingen'],
  ])('gives a valid Answer for %s', (_, q) => {
    expectValidAnswer(engine.ask(q));
  });

  it('never echoes more than 1,000 characters of a huge question', () => {
    expect(engine.ask('a'.repeat(10_000)).question.length).toBeLessThanOrEqual(1000);
  });

  it('explains its choice when asked for debug information', () => {
    const answer = engine.ask('verkiezingen', { debug: true });
    expect(answer.debug!.candidates[0]).toMatchObject({ id: '1A2.3', matched: expect.arrayContaining([expect.any(String)]) });
  });
});

describe('ask() on counts beside a money word', () => {
  const engine = engineWith('otherprogrammes8');

  it('answers "how many hotel nights did visitors spend" with the count of nights, not refused for want of an amount', () => {
    const answer = engine.ask('How many hotel nights did visitors spend in Leiden?');
    expect(answer.citations[0]?.id).toBe('4-stand-van-zaken-3');
    expect(answer.text).toMatch(/310\.000 overnachtingen/);
  });

  it('still wants an amount when "hoeveel" counts money', () => {
    const answer = engine.ask('Hoeveel geld gaven bezoekers uit in de hotels?');
    expect(answer.kind).toBe('none');
    expect(answer.citations).toEqual([]);
  });
});

describe('ask() on where to go for help', () => {
  const engine = engineWith('otherprogrammes9');

  it('answers "where can I get free advice" from the passage that names the desk giving it', () => {
    const answer = engine.ask('Waar kan ik gratis advies krijgen om minder gas te verbruiken?');
    expect(answer.kind).toBe('search');
    expect(answer.citations[0].quote).toMatch(/advies|loket/i);
  });

  it('offers the passage naming the bureau when "where can I report …" has two passages to choose from', () => {
    const answer = engineWith('otherprogrammes15').ask('Where can I report discrimination?');
    expect(answer.kind).toBe('clarify');
    expect(answer.citations[0].quote).toMatch(/antidiscriminatiebureau/);
  });

  it('still refuses how to arrange a product, which the report does not describe, quoting nothing', () => {
    for (const q of ['Waar kan ik een paspoort aanvragen?', 'Hoe regel ik een uittreksel?']) {
      const answer = engine.ask(q);
      expect(answer.kind).toBe('none');
      expect(answer.citations).toEqual([]);
      expect(answer.text).toMatch(/14 071/);
    }
  });
});

describe('ask() on what a page does not give', () => {
  const engine = engineWith('otherprogrammes13');

  it.each([
    // A level, not how many receive it.
    'Hoe hoog is de bijstandsuitkering voor een alleenstaande?',
    // "kost" is what is asked; the topic (the shelter) is in no passage that gives an amount.
    'Hoeveel kost het dierenasiel de gemeente per jaar?',
    // "Nieuwe" is no "nieuws" (communication), and the passage naming the river says nothing of swimming safely.
    'Is it safe to swim in the Nieuwe Rijn?',
  ])('refuses "%s", citing nothing', (q) => {
    const answer = engine.ask(q);
    expect(answer.kind).toBe('none');
    expect(answer.citations).toEqual([]);
  });

  it('answers "how many young people are out of work?" with the share the page gives (6,1 procent)', () => {
    const answer = engine.ask('How many young people are out of work in Leiden?');
    expect(answer.kind).not.toBe('none');
    expect(answer.citations[0].quote).toMatch(/procent/);
  });
});

describe('ask() on a corpus of several editions', () => {
  const engine = QaEngine.fromDirectory(join(FIXTURES, 'multi'));

  it('answers a code from the edition the question names', () => {
    expect(engine.ask('wat is 1B1.3 in de programmabegroting 2023?').citations[0].quote).toContain('Een andere betekenis');
  });

  it('answers a progress question that names no edition from the newest progress report, and names the others', () => {
    const answer = engine.ask('Welke prestaties wijken af?');
    expect(answer.citations.every((c) => c.reportId === '2de-voortgangsrapportage-2022')).toBe(true);
    expect(answer.text).toContain('Dit gaat over de 2de Voortgangsrapportage 2022, de nieuwste rapportage die ik heb. Noem een andere in uw vraag om die te zien: Programmabegroting 2023.');
  });

  it('refuses an edition it does not hold', () => {
    expect(engine.ask('wat staat er in de 1e voortgangsrapportage over camera’s?').kind).toBe('none');
  });
});
