import { asksForOpinion } from '../../src/qa/intents';
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
