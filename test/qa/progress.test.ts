import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer } from '../../src/qa/answer';
import { evaluate, parseQuestions } from '../../src/qa/evaluation';
import { engineWith, realEngine } from '../helpers';

const ids = (a: Answer) => a.citations.map((c) => c.id);
/** The answer says the report does not say, and cites nothing. */
const expectRefusal = (a: Answer) => {
  expect(a.kind).toBe('none');
  expect(a.citations).toEqual([]);
};

describe('progress questions on the published report', () => {
  const engine = realEngine();

  it.each([
    ['Welke prestaties wijken af van de begroting?', 'nl'],
    ['Which performances are behind schedule?', 'en'],
    ['Welke prestaties worden toegelicht?', 'nl'],
    ['What deviations does programme 1 report?', 'en'],
  ])('lists what the report explains, explanation first, and quotes "geen afwijkingen": %s', (q, language) => {
    const answer = engine.ask(q);
    expect(answer.kind).toBe('list');
    expect(answer.language).toBe(language);
    expect(ids(answer)).toEqual(['toelichting-1B-1', '1B1.1', '1B1.2', '1B1.4', 'toelichting-1A-1']);
    expect(answer.text).toContain('Er zijn geen afwijkingen ten opzichte van de begroting.');
    expect(answer.items!.map((i) => i.code)).toEqual(['1B1.1', '1B1.2', '1B1.4', '1A']);
  });

  it('answers a bare "zijn er afwijkingen?" with the explained area first, then quotes "geen afwijkingen"', () => {
    expect(ids(engine.ask('Zijn er afwijkingen ten opzichte van de begroting?'))).toEqual(['toelichting-1B-1', '1B1.1', '1B1.2', '1B1.4', 'toelichting-1A-1']);
    expect(ids(engine.ask('which codes are explained in the toelichting'))[0]).toBe('toelichting-1B-1');
  });

  it('tells how an area stands in report order, its own explanation first', () => {
    expect(ids(engine.ask('Hoe staat beleidsterrein 1A ervoor?'))).toContain('toelichting-1A-1');
  });

  it('says of a code the report does not explain that it reports no deviation, not that it is on schedule', () => {
    const answer = engine.ask('Loopt 1B1.5 volgens plan?');
    expect(ids(answer)[0]).toBe('1B1.5');
    expect(answer.text).toContain('het rapport meldt voor 1B1.5 geen afwijking');
    expect(answer.text).not.toMatch(/loopt volgens plan\./);
    expect(engine.ask('How is 1B1.5 doing?').text).toContain('the report explains no deviation for 1B1.5');
  });

  it('answers "why" about an explained code with the cause sentence first', () => {
    const answer = engine.ask('Waarom wijkt 1B1.1 af?');
    expect(ids(answer).slice(0, 2)).toEqual(['toelichting-1B-1', '1B1.1']);
    expect(answer.text).toMatch(/> Afgelopen jaren is een ingewikkelde ICT-architectuur ontstaan/);
  });

  it('counts performances and lists them, each cited', () => {
    const answer = engine.ask('Hoeveel prestaties heeft beleidsterrein 1B?');
    expect(answer.text).toMatch(/^Beleidsterrein 1B Dienstverlening heeft 5 prestaties \[1\]:/);
    expect(ids(answer)).toEqual(['1B', '1B1.1', '1B1.2', '1B1.3', '1B1.4', '1B1.5']);
    expect(engine.ask('How many goals does this programme have?').text).toContain('has 4 goals');
    expect(engine.ask('hoeveel prestaties zijn er in totaal?').text).toContain('heeft 15 prestaties');
  });

  it('gives the goal tree with a status mark on every performance, every item traceable to its line', () => {
    const answer = engine.ask('Geef een overzicht van alle doelen');
    expect(answer.kind).toBe('list');
    expect(answer.text).toContain('1B1.1 Leveren van alle producten');
    expect(answer.text).toMatch(/1B1\.3 Op orde houden basisregistraties \(BRP, BAG, BGT\) — geen afwijking gemeld/);
    // 21 lines: the goals asked for are cited, under their areas as headings; every item keeps its lines.
    expect(ids(answer)).toEqual(['1A1', '1A2', '1A3', '1B1']);
    expect(answer.items!.map((a) => a.lines)).not.toContain(undefined);
    const performances = answer.items!.flatMap((a) => a.children!.flatMap((g) => g.children!));
    expect(performances).toHaveLength(15);
    for (const p of performances) expect(p.lines).toBeDefined();
    // Asked for the tree itself, the areas are cited too.
    expect(ids(engine.ask('Geef een overzicht van het rapport'))).toEqual(['1A', '1A1', '1A2', '1A3', '1B', '1B1']);
  });

  it('finds the status of a topic through its goal: the elections', () => {
    const answer = engine.ask('How are the elections going?');
    expect(ids(answer)[0]).toBe('1A2.3');
    expect(answer.text).toContain('the report explains no deviation for 1A2.3');
  });

  it('refuses colours the text does not give, without citing anything', () => {
    for (const q of ['Welke prestaties staan op oranje?', 'Welke kleur heeft 1B1.1?', 'What colour is 1B1.4?']) {
      const answer = engine.ask(q);
      expect(answer.kind).toBe('none');
      expect(answer.citations).toEqual([]);
    }
  });

  it('offers, instead of a colour it does not have for one code, the question how that code stands', () => {
    expect(engine.ask('Welke kleur heeft 1B1.1?').suggestions).toEqual(['Hoe staat het met 1B1.1?']);
    expect(engine.ask('What colour is 1B1.4?').suggestions).toEqual(['How is 1B1.4 going?']);
    expect(engine.ask('How is 1B1.4 going?').citations.map((c) => c.id)).toContain('1B1.4');
  });

  it('still refuses what the report does not say', () => {
    for (const q of ['Hoeveel kost een paspoort?', 'Hoeveel ambtenaren werken er bij de gemeente?', 'Wat vindt u van de wethouder?']) expect(engine.ask(q).kind).toBe('none');
  });
});

describe('progress on pages of other programmes', () => {
  const engine = engineWith('programmes');

  it('answers a code named only in the stand van zaken from that passage, saying its tree line is missing', () => {
    const answer = engine.ask('Why is 3D1.3 orange?');
    expect(ids(answer)).toEqual(['3-stand-van-zaken-1']);
    expect(answer.text).toContain('3D1.3 is not in the goal trees I have');
    expect(answer.text).toContain('Alleen prestatie 3D1.3 krijgt een oranje stoplicht');
  });

  it('lists the colours the text and the sidecar give', () => {
    expect(ids(engine.ask('Welke prestaties staan op oranje?'))).toEqual(['3-stand-van-zaken-1']);
    const red = engine.ask('Which performances are red?');
    expect(red.text).toContain('5A1.3 Afkoppelen van regenwater');
    expect(ids(red)).toEqual(['5A1.3']);
  });

  it('lists what is not on a colour, and no item of that colour', () => {
    const answer = engine.ask('Welke prestaties staan niet op groen?');
    expect(answer.text).toMatch(/^Niet op groen/);
    expect(answer.text).toContain('5A1.3 Afkoppelen van regenwater: rood');
    expect(answer.text).toContain('3D1.3: oranje');
    expect(answer.text).not.toMatch(/: groen/);
    expect(ids(engine.ask('Which performances of programme 3 are not green?'))).toEqual(['3-stand-van-zaken-1']);
  });

  it('answers whether one code has a colour with yes or no, and the colour it has, cited', () => {
    const no = engine.ask('Staat 5A1.3 op groen?');
    expect(no.text).toMatch(/^Nee, volgens het rapport staat dat niet op groen/);
    expect(no.text).toContain('5A1.3 Afkoppelen van regenwater: rood [1]');
    expect(ids(no)).toEqual(['5A1.3']);
    expect(engine.ask('Is 5A1.3 red?').text).toMatch(/^Yes, according to the report it is red/);
  });

  it('reads a policy area named in English as that area: its deviations, count and status', () => {
    expect(ids(engine.ask('Are there any deviations in waste?'))).toEqual(['toelichting-5B-1']);
    const count = engine.ask('How many performances does the waste policy area have?');
    expect(count.text).toMatch(/^Policy area 5B Afval has 2 performances/);
    expect(engine.ask('Is the green and water policy area on track?').text).toContain('Policy area 5A Groen en water');
  });

  it('answers a question that names a programme from that programme only', () => {
    expect(ids(engine.ask('welke commissie gaat over cultuur?'))).toEqual(['8-commissie']);
    expect(ids(engine.ask('Wat is de missie van programma 3?'))).toEqual(['3-missie']);
    expect(ids(engine.ask('hoe gaat het met programma 5?'))[0]).toMatch(/^toelichting-5A-/);
  });

  it('says which programme is about a topic', () => {
    const answer = engine.ask('Welk programma gaat over afval?');
    expect(answer.text).toContain('Programma 5 Groen, water en afval');
    expect(ids(answer)[0]).toBe('5B1');
    // Problems of a topic are the topic's: the programme that has it, not the deviations of every programme.
    expect(engine.ask('Which programme is about problems with waste?').text).toContain('Programma 5 Groen, water en afval');
    expect(engine.ask('Welk programma heeft problemen?').text).not.toContain('valt onder');
  });

  it('counts and shows the goal a question names by its topic, not the whole tree', () => {
    const count = engine.ask('Hoeveel prestaties heeft het doel over schoon oppervlaktewater?');
    expect(count.text).toContain('5A2 Schoon oppervlaktewater');
    expect(ids(count)).toContain('5A2.1');
    expect(ids(count)).not.toContain('5A1.1');
    expect(ids(engine.ask('How many performances does the goal on parks have?'))[0]).toBe('5A1');
    // A figure asked about a topic is no count of the tree's items.
    expect(engine.ask('Wat is het rapportcijfer voor schoon oppervlaktewater?').kind).toBe('none');
  });

  it('finds an explanation under a code sub-heading by its own words', () => {
    expect(ids(engine.ask('schoolplein moestuin'))).toEqual(['toelichting-5A-1']);
  });
});

// Held-out questions on two pages of other programmes, written apart from the code; they may rise, never fall.
describe('the other-programmes question set', () => {
  const report = evaluate(engineWith('otherprogrammes'), parseQuestions(readFileSync(join(__dirname, '..', 'otherprogrammes.tsv'), 'utf8')));

  // First run 55.3% (nl 73.7%, en 36.8%); 86.8% (en 73.7%) with the English side; 97.4% (en 94.7%) once programmes
  // named in English or by a word of their name were recognised (the miss left: 'debt counselling waiting time').
  it('cites the right passage first: every Dutch question, and at least 90% of the English ones', () => {
    expect(report.byLanguage.nl.top1).toBe(1);
    expect(report.byLanguage.en.top1).toBeGreaterThanOrEqual(0.9);
  });

  it('refuses every out-of-scope question', () => {
    expect(report.refusalRecall).toBe(1);
  });
});

// Page variants written with their questions before tuning (test/variants.tsv on test/fixtures/variants); they may rise, never fall.
describe('the page-variants question set', () => {
  const engine = engineWith('variants');
  const report = evaluate(engine, parseQuestions(readFileSync(join(__dirname, '..', 'variants.tsv'), 'utf8')));

  // First run 65.1% (nl 82.6%, en 45.0%) on the 43 rows written before tuning; 97.7% (nl 95.7%, en 100%) after the programme-naming, parser and English-side work.
  it('cites the right passage first for at least 90% of its questions in each language', () => {
    expect(report.byLanguage.nl.top1).toBeGreaterThanOrEqual(0.9);
    expect(report.byLanguage.en.top1).toBeGreaterThanOrEqual(0.9);
    expect(report.refusalRecall).toBe(1);
  });

  it('answers a programme named in English from that programme only', () => {
    const answer = engine.ask('How is the accessibility programme doing?');
    expect(answer.language).toBe('en');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every((c) => /(^4-|4[AB])/.test(c.id))).toBe(true);
  });

  it('refuses rather than quote a passage about another place than the one the question names', () => {
    expect(engine.ask('Wanneer gaat het autoluwe gebied rond de Haarlemmerstraat in?').kind).toBe('none');
    expect(engine.ask('Wanneer gaat het autoluwe gebied rond de Breestraat in?').citations[0].id).toBe('toelichting-4A-4');
  });

  it('lists the tree of the programme a question names, not every programme\'s', () => {
    expect(engine.ask('Which policy areas does programme 4 have?').citations.map((c) => c.id)).toEqual(['4A', '4B']);
    expect(engine.ask('Welke doelen heeft het programma Duurzaamheid?').text).toMatch(/7A1 Minder energieverbruik in woningen; 7A2 Aardgasvrije wijken/);
  });

  it('answers "which programme is about X" with the programme and its mission first', () => {
    const answer = engine.ask('Welk programma gaat over het warmtenet?');
    expect(answer.text).toMatch(/Programma 7 Duurzaamheid/);
    expect(answer.citations.map((c) => c.id)[0]).toBe('7-missie');
    expect(answer.citations[1].quote).toMatch(/warmtenet/i);
  });
});

describe('questions about a programme itself', () => {
  it('answers "waar gaat dit programma over?" with the mission quoted first, then the policy areas', () => {
    const answer = realEngine().ask('Waar gaat dit programma over?');
    expect(ids(answer)).toEqual(['1-missie', '1A', '1B']);
    expect(answer.text).toContain('Programma 1 Bestuur en dienstverlening');
    expect(answer.text).toContain('> De gemeente Leiden staat voor een betrouwbaar bestuur');
    expect(answer.text).toContain('- 1B Dienstverlening [3]');
  });

  it('answers in English, saying the mission is quoted in Dutch', () => {
    const answer = realEngine().ask('What is this programme about?');
    expect(answer.language).toBe('en');
    expect(answer.text).toContain("The programme's mission (quoted in Dutch)");
  });

  it('lists every programme with the first line of its mission when several are loaded and none is named', () => {
    const answer = engineWith('otherprogrammes').ask("Welke programma's zijn er?");
    expect(ids(answer)).toEqual(['1-missie', '5-missie', '8-missie']);
    expect(answer.text).toContain('Programma 5 Sociaal domein');
  });

  it('answers about the programme a question names by number among several', () => {
    expect(ids(engineWith('otherprogrammes').ask('Wat is programma 8?'))[0]).toBe('8-missie');
  });

  it('reads "parking" as parking, not as the parks its stem shares: the mobility programme, or nothing where no page has parking', () => {
    expect(ids(engineWith('otherprogrammes16').ask('Which programme is about parking?'))[0]).toBe('4-missie');
    expectRefusal(engineWith('otherprogrammes20').ask('Which programme is about parking?'));
  });

  it('reads an English pair in a programme description as the pair: "the public space programme" is not "public" (maatschappelijk) support', () => {
    // Programme 5 Omgevingskwaliteit keeps the public space; programme 9 Maatschappelijke ondersteuning has "public" only by translation.
    expect(ids(engineWith('otherprogrammes20').ask('What does the public space programme want to achieve?'))[0]).toBe('5-missie');
  });
});

describe('why a code has its colour', () => {
  it('leads with the sentence that gives the colour when the report explains the code no further', () => {
    const answer = engineWith('englishpages').ask('Why is 2B1.2 orange?');
    expect(ids(answer)[0]).toBe('2-stand-van-zaken-2');
    expect(answer.text).toContain('> Alleen prestatie 2B1.2 krijgt een oranje stoplicht');
  });

  it('is a question for the code, not a list of colours: "waarom staat … op oranje?"', () => {
    const answer = engineWith('englishpages').ask('Waarom staat 2B1.2 op oranje?');
    expect(answer.kind).toBe('code');
    expect(ids(answer)[0]).toBe('2-stand-van-zaken-2');
  });
});

describe('areas and topics named in words', () => {
  const engine = engineWith('otherprogrammes4');

  it('answers why a topic has its colour with the explanation of the performance that has it', () => {
    const answer = engine.ask('Why is the debt help performance flagged orange?');
    expect(ids(answer)[0]).toBe('toelichting-10C-2');
    expect(answer.text).toMatch(/traffic light is orange/);
  });

  it('refuses a colour for a topic whose item has none, citing nothing, and offers how it stands', () => {
    const answer = engine.ask('What colour is the traffic light for the elections?');
    expect(answer.kind).toBe('none');
    expect(answer.citations).toEqual([]);
    expect(answer.suggestions).toEqual(['How is 1A2.3 going?']);
    // Named by its title too, for the website, which leaves codes out.
    expect(answer.text).toContain('Organiseren van verkiezingen');
  });

  it('answers why something takes so long from the topic, not from programme 1\'s waiting times', () => {
    // "Duurt lang" in the glossary means programme 1's service norms; asked of another topic it is only the delay.
    const answer = engineWith('otherprogrammes19').ask('Why is the energy allowance taking so long this year?');
    expect(ids(answer)[0]).toBe('toelichting-4B-2');
  });

  it('answers "what is the programme on X about?" with the mission of the programme about X', () => {
    expect(ids(engine.ask('What is the programme on public space and parks about?'))[0]).toBe('5-missie');
    expect(ids(engine.ask('Welk nummer heeft het programma over werk en inkomen?'))[0]).toBe('10-programmanummer');
    // "The number of" the programme is its number; "the number of the goals of" it counts them.
    expect(ids(engine.ask('What is the number of the Werk en inkomen programme?'))[0]).toBe('10-programmanummer');
    expect(engine.ask('What is the number of the goals of the Werk en inkomen programme?').kind).toBe('list');
  });

  it('answers "how many" from a sentence that gives the count after what it counts', () => {
    // "Het aantal huishoudens met een bijstandsuitkering is … gedaald, tot ongeveer 3.600."
    expect(ids(engine.ask('Hoeveel mensen zitten er in Leiden in de bijstand?'))[0]).toBe('toelichting-10C-1');
  });

  it('reads "finished on time" as how a topic stands', () => {
    const answer = engine.ask('Is the Singelpark going to be finished on time?');
    expect(ids(answer)[0]).toBe('toelichting-5C-2');
    expect(answer.text).toMatch(/^Progress: /m);
  });

  it('reads a colour word in an area\'s name as the name, not as a colour asked for', () => {
    const answer = engine.ask('Hoeveel doelen heeft Openbaar groen?');
    expect(answer.text).toMatch(/5C Openbaar groen heeft 2 doelen/);
  });

  it('counts under an area its English name translates to ("sustainability" → Duurzaamheid)', () => {
    const answer = engine.ask('How many performances are there under sustainability?');
    expect(answer.text).toMatch(/^Policy area 5D Duurzaamheid has \d+ performances/);
  });
});

describe('a programme described in words of its own', () => {
  const engine = engineWith('otherprogrammes5');

  it('reads "the care and support programme" as the programme, not as topics', () => {
    const answer = engine.ask('Which parts of the care and support programme are behind schedule?', { debug: true });
    expect(answer.debug!.intent).toBe('progress:deviations');
    expect(ids(answer).every((id) => id.includes('9'))).toBe(true);
  });

  it('reads "is er iets misgegaan met …" as how that topic stands', () => {
    expect(ids(engine.ask('Is er iets misgegaan met het opknappen van de speeltuinen?'))[0]).toBe('toelichting-7A-1');
  });

  it('answers what something costs the municipality from the passage that gives the amount', () => {
    expect(ids(engine.ask('Hoeveel kost de prik tegen apenpokken de gemeente extra?'))[0]).toBe('toelichting-9B-1');
  });

  it('reads a word joined to "programma" as its name, linking -s and all, and "waar gaat … over" as what it is', () => {
    expect(ids(engine.ask('Waar gaat het ondersteuningsprogramma over?'))[0]).toBe('9-missie');
    expect(ids(engine.ask('Wat is het jeugdprogramma?'))[0]).toBe('7-missie');
  });
});

describe('a programme named by the head of its compound name, or by what it is for', () => {
  const engine = engineWith('otherprogrammes6');

  it('reads "the health programme" as Volksgezondheid and "the finance programme" as Financiën en bedrijfsvoering', () => {
    expect(ids(engine.ask('Which committee deals with the health programme?'))[0]).toBe('11-commissie');
    expect(ids(engine.ask('Which performances in the health programme are green?')).every((id) => id.includes('11'))).toBe(true);
    const deviations = engine.ask('Is anything in the finance programme over budget or behind schedule?', { debug: true });
    expect(deviations.debug!.intent).toBe('progress:deviations');
    expect(ids(deviations).every((id) => id.includes('12'))).toBe(true);
  });
});

describe('a colour list where one sentence colours many items', () => {
  const engine = engineWith('otherprogrammes8');

  it('quotes "bijna alle prestaties staan op groen" once, and every green item still cites it', () => {
    const answer = engine.ask('Welke prestaties van Wonen staan op groen?');
    const quotes = answer.text.split('\n').filter((line) => line.includes('Bijna alle prestaties'));
    expect(quotes).toHaveLength(1);
    const items = answer.text.split('\n').filter((line) => /^- 6[A-C]\d\.\d/.test(line));
    expect(items.length).toBeGreaterThan(5);
    for (const line of items) expect(line).toMatch(/groen \[1\]/);
  });
});

describe('a programme named in English words of its name', () => {
  const engine = engineWith('otherprogrammes9');

  it('reads "the culture and heritage programme" as programme 9 Cultuur en erfgoed, though "erfgoed" also names one of its areas', () => {
    const answer = engine.ask('Is anything behind schedule in the culture and heritage programme?');
    expect(answer.kind).toBe('list');
    expect(answer.text).toMatch(/programme 9 Cultuur en erfgoed/);
  });

  it('does not read the colour asked for as a programme\'s name ("green" is no Duurzaamheid)', () => {
    const answer = engine.ask('Which performances in the culture programme are green?');
    expect(answer.text).toMatch(/programme 9 Cultuur en erfgoed/);
    expect(answer.citations.every((c) => !c.id.startsWith('5'))).toBe(true);
  });
});

describe('progress questions on a page of work and income, and of nature', () => {
  const engine = engineWith('otherprogrammes13');

  it('reads "the nature, water and animals programme" as the programme, not its area Water', () => {
    const answer = engine.ask('Which performances of the nature, water and animals programme deviate from the budget?');
    expect(answer.kind).toBe('list');
    expect(answer.text).toMatch(/programme 8 Natuur, water en dieren/);
  });

  it('answers "why does <topic> get an orange light?" from that topic, not from an explanation that covers half the question', () => {
    const answer = engine.ask('Waarom krijgt de aanpak van jeugdwerkloosheid een oranje stoplicht?');
    expect(answer.kind).not.toBe('none');
    expect(answer.citations[0].id).toMatch(/9A1\.3|toelichting-9A-2/);
  });
});

describe('a name no page uses', () => {
  it('refuses a question about a district the word lists know but no loaded page names, without citing', () => {
    // The streets page has repaving in general; nothing about the Merenwijk.
    expectRefusal(engineWith('otherprogrammes20').ask('Wanneer wordt mijn straat in de Merenwijk opnieuw bestraat?'));
  });

  it('still answers about a district a page names', () => {
    expect(ids(engineWith('otherprogrammes21').ask('Wanneer is het nieuwe kindcentrum in de Stevenshof klaar?'))[0]).toBe('toelichting-7B-1');
  });
});

describe('a question for a whole stock', () => {
  const engine = engineWith('otherprogrammes19');

  it('is refused when the page only counts what changed: "hoeveel speeltuinen heeft Leiden in totaal?"', () => {
    // The page has "van de 11 speelplekken die dit jaar zouden worden vernieuwd, zijn er 5 klaar", no total.
    expectRefusal(engine.ask('Hoeveel speeltuinen heeft Leiden in totaal?'));
  });

  it('still answers the count the page gives', () => {
    expect(ids(engine.ask('Hoeveel speelplekken zijn er dit jaar vernieuwd?'))[0]).toBe('toelichting-9A-2');
  });
});

describe('a set of progress questions on programmes 4 and 6', () => {
  const engine = engineWith('otherprogrammes27');

  it('refuses a colour for a code the text names without one, citing nothing', () => {
    const answer = engine.ask('What colour is the traffic light for 4D1.3?');
    expectRefusal(answer);
    expect(answer.text).toContain('no traffic-light colour for 4D1.3');
    expect(answer.suggestions[0]).toContain('4D1.3');
  });

  it('lists the deviations of every programme, asked "across all programmes"', () => {
    const answer = engine.ask('Which performances deviate from the budget across all programmes?');
    expect(answer.kind).toBe('list');
    expect(answer.text).toContain('1B1.1');
    expect(answer.text).toContain('programme 4 Bereikbaarheid; programme 6 Stedelijke ontwikkeling');
  });

  it('finds "het uitstel" in the toelichting that says "uitgesteld"', () => {
    expect(ids(engine.ask('Hoeveel kost het uitstel van de Omgevingswet de gemeente extra?'))[0]).toBe('toelichting-6A-1');
  });
});


describe('a set on programmes 7 and 5', () => {
  const engine = engineWith('otherprogrammes26');

  it('reads a colour word inside a phrase ("public green space") as the phrase, not a traffic light asked for', () => {
    expect(ids(engine.ask('Are there any deviations in public green space (5C)?'))).toEqual(['toelichting-5C-1']);
    // A colour asked besides it is still a colour.
    expect(engine.ask('Which performances of public green space are green?').text).toMatch(/^According to the report, these are green \(groen\) in Policy area 5C/);
  });

  it('answers a header field of a programme named only in its mission sentence', () => {
    expect(ids(engine.ask('Which council committee deals with Omgevingskwaliteit?'))).toEqual(['5-commissie']);
  });
});

describe('a set on programmes 9 and 2', () => {
  const engine = engineWith('otherprogrammes25');

  it('lists what deviates before an area that explains only a green item, explained because the council asked', () => {
    const answer = engine.ask('Welke prestaties van programma 9 wijken af?');
    expect(answer.text.indexOf('9C1.1')).toBeGreaterThan(0);
    expect(answer.text.indexOf('9C1.1')).toBeLessThan(answer.text.indexOf('9A1.2'));
  });

  it('answers a header field asked of a programme described in words that also name one of its areas', () => {
    expect(ids(engine.ask('Which portfolios is the social support programme part of?'))).toEqual(['9-portefeuilles']);
  });

  it('reads "city-wide" as the report\'s "stedelijk"', () => {
    // (How it goes is in its explanation, quoted first; the performance's line is cited beside its status.)
    expect(ids(engine.ask('How is the city-wide youth approach going?')).slice(0, 2)).toEqual(['toelichting-2B-2', '2B2.1']);
  });
});

describe('a set of progress questions on programmes 2 and 5', () => {
  const engine = engineWith('otherprogrammes29');

  it('counts goals and performances together: both numbers, and the goals with their performances', () => {
    const answer = engine.ask('How many goals and performances does programme 2 have?');
    expect(answer.text).toMatch(/^Programme 2 \S+ has \d+ goals and \d+ performances:/);
    expect(ids(answer)[0]).toMatch(/^2A\d$/);
    expect(answer.text).toMatch(/\(\d+ performances?\)/);
  });

  it('reads the green of "the public green spaces", a plural phrase, as no colour asked for', () => {
    expect(engine.ask('Which programme is about the sewers and the public green spaces?').text).toContain('Programma 5 Omgevingskwaliteit');
  });

  it('reads "the fight against litter" as the litter, and "against" as no topic', () => {
    expect(ids(engine.ask('How is the fight against litter going?'))[0]).toBe('toelichting-5A-3');
  });

  it('reads "de belangrijkste ontwikkelingen bij" a programme as how it stands: its stand van zaken', () => {
    expect(ids(engine.ask('Wat zijn volgens de voortgangsrapportage de belangrijkste ontwikkelingen bij Omgevingskwaliteit?'))[0]).toBe('5-stand-van-zaken-1');
  });
});

describe('a set of progress questions on programmes 3 and 10', () => {
  const engine = engineWith('otherprogrammes30');

  it('lists first, within an area too, what deviates; a performance explained on request and green comes after it', () => {
    const answer = engine.ask('Welke prestaties van het programma Economie wijken af van de begroting?');
    expect(ids(answer).slice(0, 2)).toEqual(['toelichting-3A-1', '3A1.2']);
    expect(ids(answer).indexOf('3A1.1')).toBeGreaterThan(ids(answer).indexOf('3A1.2'));
  });

  it('quotes a sentence whole through initials ("de J.H. Oortweg")', () => {
    const answer = engine.ask('Why is 3A1.2 orange?');
    expect(answer.text).toContain('J.H. Oortweg');
    expect(answer.text).not.toMatch(/J\.H\. \[\d\]/);
  });

  it('reads an area named by an English word the pages only have as a Dutch cognate ("facilitating" for faciliteren)', () => {
    const answer = engine.ask('Are there deviations in the policy area on facilitating and stimulating entrepreneurship?');
    expect(answer.kind).toBe('list');
    expect(ids(answer)).toEqual(['toelichting-3B-1']);
  });

  it('answers "is it within budget?" from the passage that weighs it against the budget, not from a count of the same topic', () => {
    expect(ids(engine.ask('Is spending on social assistance benefits within budget?'))[0]).toBe('toelichting-10C-1');
  });

  it('reads "lang wachten" as a question for a length of time: the passage that gives one answers it', () => {
    expect(ids(engine.ask('Moet je tegenwoordig lang wachten voordat je hulp krijgt bij schulden?'))[0]).toBe('toelichting-10C-2');
  });

  it('gives an overview of "goals and performances" with the goals cited and the areas as headings', () => {
    const answer = engine.ask('Geef een overzicht van alle doelen en prestaties van Economie.');
    expect(ids(answer)[0]).toBe('3A1');
    expect(ids(answer)).not.toContain('3A');
    expect(answer.text).toContain('3A1.1');
  });
});

describe('how a topic goes, where the best line is one of the goal tree', () => {
  const engine = engineWith('otherprogrammes31');

  it('leads with the explanation of the item, quoted, and cites its line beside the status', () => {
    const answer = engine.ask('Hoe gaat het met de RijnlandRoute?');
    expect(ids(answer).slice(0, 2)).toEqual(['toelichting-4C-2', '4C1.2']);
    expect(answer.text).toMatch(/> De provincie .* RijnlandRoute .*\[1\]/);
    expect(answer.text).toMatch(/Voortgang: het rapport licht 4C1\.2 toe .*\[2\]/);
  });

  it('reads "het Nationaal Programma Onderwijs" as a name of its own, not as programme 7, in both languages', () => {
    const dutch = engine.ask('Wat staat er over het Nationaal Programma Onderwijs?');
    expect(ids(dutch)[0]).toBe('7-stand-van-zaken-4');
    // Two paragraphs of the same stand van zaken are no "did you mean": that could only offer "Stand van zaken" twice.
    expect(dutch.kind).not.toBe('clarify');
    expect(ids(engine.ask('What does the report say about the National Education Programme?'))[0]).toBe('7-stand-van-zaken-4');
    // The programme named with a capital is still the programme.
    expect(engine.ask('Which committee handles the Youth and Education Programme?').text).toContain('Onderwijs en Samenleving');
  });

  it('answers what an item is with its line first, as before', () => {
    expect(ids(engine.ask('Wat is 4C1.2?'))[0]).toBe('4C1.2');
  });
});

describe('a set on programmes 7 and 4, and on programmes 6 and 8', () => {
  const youth = engineWith('otherprogrammes31');
  const culture = engineWith('otherprogrammes32');

  it('does not answer "how many children are on the waiting list" with a share by which a count rose', () => {
    expect(youth.ask('How many children are on the waiting list for youth care in Leiden?').kind).toBe('none');
    // Asked by how much it rose, that share is the answer.
    expect(ids(youth.ask('Met hoeveel procent is het aantal jeugdigen met specialistische jeugdhulp gestegen?'))[0]).toBe('toelichting-7A-3');
  });

  it('refuses the price of a parking permit "in Leiden": where the asker lives is not who pays', () => {
    expect(youth.ask('Hoeveel kost een parkeervergunning voor bewoners in Leiden?').kind).toBe('none');
  });

  it('reads "consultation clinic" as the consultatiebureau', () => {
    expect(ids(youth.ask('Is youth health care at the consultation clinic running normally again?'))[0]).toBe('toelichting-7A-2');
  });

  it('answers how a programme goes overall with the paragraph that says how its items go together first', () => {
    const answer = culture.ask('How is programme 8 doing overall?');
    expect(ids(answer)[0]).toBe('8-stand-van-zaken-5');
    expect(answer.text).toContain('Bijna alle prestaties van dit programma staan op groen');
  });
});

describe('a set on programmes 9 and 5', () => {
  const engine = engineWith('otherprogrammes33');

  it('reads the programme named by its areas\' names in English ("Governance and services") as the programme, not its first area', () => {
    const answer = engine.ask('Is anything behind schedule in Governance and services?');
    expect(ids(answer)[0]).toBe('toelichting-1B-1');
    // One area named is still that area.
    expect(engine.ask('Are there any deviations in governance?').text).toContain('1A');
  });

  it('answers "hoeveel tekort" with the passage that gives the deficit as an amount', () => {
    expect(ids(engine.ask('Hoeveel tekort verwacht de gemeente op de opvang van Oekraïners?'))[0]).toBe('toelichting-9C-3');
  });

  it('reads "the approach to" as no topic of its own: the topic is loneliness', () => {
    expect(ids(engine.ask('How is the approach to loneliness going?'))[0]).toMatch(/^(9-stand-van-zaken-5|toelichting-9B-2|9B1\.1)$/);
  });
});

describe('a set on programmes 2 and 10', () => {
  const engine = engineWith('otherprogrammes34');

  it('reads "uitgaven aan" as money spent on the topic, which is what is asked about', () => {
    expect(ids(engine.ask('Blijven de uitgaven aan bijstandsuitkeringen binnen de begroting?'))[0]).toBe('toelichting-10B-1');
  });

  it('reads "going as planned" as how it goes, and a policy area found by its topic answers with how that area stands', () => {
    const answer = engine.ask('Is debt counselling in Leiden going as planned?');
    expect(ids(answer).slice(0, 2)).toEqual(['toelichting-10C-1', '10C2.1']);
  });

  it('reads "hapert" as the faults the report speaks of', () => {
    expect(ids(engine.ask('Waarom hapert de dienstverlening van de gemeente steeds?'))[0]).toMatch(/^toelichting-1B-[12]$/);
  });
});

describe('sets on programmes 3 and 7, and on programmes 5 and 2', () => {
  it('reads "the Bestuur policy area of programme 1" as that area of that programme', () => {
    expect(ids(engineWith('otherprogrammes36').ask('Are there deviations in the Bestuur policy area of programme 1?'))[0]).toBe('toelichting-1A-1');
  });

  it('answers "which areas report no deviations?" with those areas first, and reads no "programme no." across a number', () => {
    const answer = engineWith('otherprogrammes38').ask('Which policy areas of programme 5 report no deviations?');
    expect(answer.kind).toBe('list');
    expect(ids(answer)[0]).toBe('toelichting-5B-1');
  });
});
