import { asksBeyondTheReport, asksForOpinion, asksForOtherService, asksHowOrWhere, detectSmalltalk, isPersonalCase } from '../../src/qa/intents';
import { realEngine } from '../helpers';

describe('the opinion rule', () => {
  it.each(['Wat vindt u van de burgemeester?', 'Is de burgemeester een goede bestuurder?', 'Is het beleid goed?', 'Was de dienstverlening goed genoeg?', 'Is the mayor a good leader?', "What's your opinion on 1B1.3?"])(
    'refuses to judge: %s',
    (question) => {
      expect(asksForOpinion(question)).toBe(true);
      expect(realEngine().ask(question, { debug: true }).debug?.intent).toBe('opinion');
    },
  );

  it.each(['Is there good news about the elections?', 'Wat was de beste score voor klanttevredenheid?', 'Is er een goede regeling voor de verkiezingen?'])(
    'leaves a factual question with a good or best in it to the report: %s',
    (question) => {
      expect(asksForOpinion(question)).toBe(false);
      expect(realEngine().ask(question, { debug: true }).debug?.intent).not.toBe('opinion');
    },
  );
});

describe('how to apply for something', () => {
  it.each(['Hoe vraag ik een scootmobiel aan?', 'How do I apply for a disabled parking permit?'])('reads "%s" as a procedure the report does not describe, not as where to go', (q) => {
    expect(asksForOtherService(q)).toBe(true);
    expect(asksHowOrWhere(q)).toBe(false);
  });
});

describe('questions the report cannot answer, by kind', () => {
  it.each(['How do I renew my passport?', 'Waar kan ik een paspoort aanvragen?', 'Hoe regel ik een uittreksel?', 'Op welk adres zit het stadskantoor?', 'Where is the town hall?'])(
    'reads "%s" as a service question',
    (q) => {
      expect(asksForOtherService(q)).toBe(true);
    },
  );

  it.each(['Kun je mijn verhuizing doorgeven?', 'I lost my ID card, what should I do?', 'Ik ben mijn rijbewijs kwijt', 'Mijn adres staat verkeerd in de BRP', 'Hoeveel OZB moet ik volgend jaar betalen voor mijn huis?', 'How much council tax will I pay?', 'My building permit application has been pending for ten weeks, what can I do?', 'Mijn bezwaar loopt al maanden, wat kan ik doen?', 'Mijn zoon staat al maanden op een wachtlijst voor de jeugd-ggz, kan de gemeente dat versnellen?', 'When will my street get LED street lights?', 'Ik heb een betalingsachterstand bij mijn energieleverancier, betaalt de gemeente die voor mij?', 'Will the city pay my energy bill?', 'There is a pothole in my street, when will it be repaired?'])('reads "%s" as the user\'s own case', (q) => {
    expect(isPersonalCase(q)).toBe(true);
  });

  it.each(['Wanneer is het stadskantoor open?', 'When are the swimming pools open?', 'Is de milieustraat op zondag open?', 'Is the library open on Sundays?', 'Hoeveel toeristenbelasting betaal je per nacht?', 'How much do you pay for a parking permit?', 'Wat is de prijs van een paspoort?', 'What are the fees for a driving licence?'])(
    'reads "%s" as asking for opening hours or a price: a service question',
    (q) => {
      expect(asksForOtherService(q)).toBe(true);
    },
  );

  it.each(['Hoe maak ik een afspraak?', 'Kan ik een afspraak maken bij het loket?', 'Can I book an appointment online?'])('reads "%s" as making an appointment: a service question', (q) => {
    expect(asksForOtherService(q)).toBe(true);
  });

  it.each(['Moet ik tegenwoordig een afspraak maken om grofvuil naar de milieustraat te brengen?', 'Do I need to make an appointment for the recycling centre?'])(
    'reads "%s" as asking whether an appointment is required: a rule the report may give',
    (q) => {
      expect(asksForOtherService(q)).toBe(false);
    },
  );

  it.each(['When will the new sports hall open?', 'Wanneer gaat het nieuwe zwembad open?', 'What does the report say about rising construction costs?', 'Hoeveel kost het repareren van de kades meer dan gepland?', 'Hoeveel kost de renovatie extra?', 'Mogen winkels op zondag open?', 'House prices went up - did property valuations rise too?', 'Stijgen de energieprijzen voor de gemeente?'])(
    'reads "%s" as a question about a topic (a new building\'s opening, prices as a trend), not a service question',
    (q) => {
      expect(asksForOtherService(q)).toBe(false);
    },
  );

  it.each(['Hoe staat het met de verkiezingen?', 'Wie organiseert de verkiezingen?', 'What is done about the outages?', 'Waar gaat dit programma over?', 'What does the report say about building permit applications?', 'Wat kan ik doen tegen zwerfafval volgens het rapport?', 'When will the street lights in the city get LED lamps?', 'Kan de gemeente de wachtlijsten in de jeugdzorg verkorten?', 'My nephew left school without a diploma, can the city help him get back on track?', 'Betaalt de gemeente de schulden van inwoners?', 'Does the municipality pay for home adaptations?'])(
    'reads "%s" as a question for the report',
    (q) => {
      expect(asksForOtherService(q) || isPersonalCase(q) || asksBeyondTheReport(q)).toBe(false);
    },
  );

  it.each(['Welk bedrijf levert de systemen?', 'Which software vendor caused the outages?', 'Wat vindt de gemeente van het werk van de rekenkamercommissie?', "What does the accountant think of Leiden's finances?", 'Vindt de wethouder dat de bijstand omhoog moet?', 'Does the alderman think that benefits should go up?', 'Welke partij in de raad is tegen de Leidse Ring Noord?', 'Which political party proposed the new bridge?'])(
    'reads "%s" as asking for a firm\'s name or someone\'s view, which the report does not give',
    (q) => {
      expect(asksBeyondTheReport(q)).toBe(true);
    },
  );

  it('tells "where can I go / how do I" from the service questions no report answers (prices, hours, appointments)', () => {
    expect(asksHowOrWhere('Waar kan ik gratis energieadvies krijgen?')).toBe(true);
    expect(asksHowOrWhere('How do I renew my passport?')).toBe(true);
    expect(asksHowOrWhere('Hoeveel kost een paspoort?')).toBe(false);
    expect(asksHowOrWhere('Waar kan ik zien hoe laat het stadskantoor open is?')).toBe(false);
  });

  it('reads what something costs the municipality as a budget question, not a price', () => {
    expect(asksForOtherService('Hoeveel kost de prik tegen apenpokken de gemeente extra?')).toBe(false);
    expect(asksForOtherService('How much does the city spend on youth care?')).toBe(false);
    expect(asksForOtherService('Hoeveel kost een paspoort?')).toBe(true);
  });

  it('tells a question about one day apart from a service question', () => {
    expect(asksBeyondTheReport('Wat is het weer morgen?')).toBe(true);
    expect(asksForOtherService('Wat is het weer morgen?')).toBe(false);
  });
});

describe('smalltalk with more than one tail or a word of praise', () => {
  it.each([
    ['hi there, quick question', 'greeting'],
    ['bedankt voor de hulp, top', 'thanks'],
    ['super, bedankt', 'thanks'],
    ['great, thanks!', 'thanks'],
  ] as const)('reads "%s" as %s', (q, kind) => {
    expect(detectSmalltalk(q)).toBe(kind);
  });

  it('leaves a greeting with a topic to the report', () => {
    expect(detectSmalltalk('hi there, quick question about the elections')).toBeUndefined();
  });
});

describe('questions about the bot or the report itself', () => {
  it.each(['Ben jij een mens?', 'Over welk rapport gaat dit?', 'What report are you using?', 'Do you speak English?', 'Spreekt u ook Engels?', 'Who built this bot?'])('answers "%s" as help', (q) => {
    expect(detectSmalltalk(q)).toBe('help');
  });

  it.each(['Wat zegt het rapport over storingen?', 'Is het rapport goed?'])('leaves "%s" to the report and the opinion rule', (q) => {
    expect(detectSmalltalk(q)).toBeUndefined();
  });
});
