import { ConversationState, MemoryStorage } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog, type ConversationData } from '../../dialogs/mainDialog';
import { answerActivity } from '../../src/bot/reply';
import { realEngine } from '../helpers';

/** Conversations as data: what the user says, and what the first reply must contain. */
const CONVERSATIONS: [string, [string, string | RegExp][]][] = [
  ['a code question', [['wat is 1B1.3?', 'Op orde houden basisregistraties']]],
  ['an English question', [['who organises the elections?', 'This is what the report says']]],
  ['a refusal', [['Wat is het weer morgen?', 'Daar zegt het rapport niets over']]],
  ['a follow-up on the last answer', [['verkiezingen', '1A2.3'], ['meer hierover', '1A2.3 is een prestatie']]],
  ['a follow-up with another code', [['wat is 1B1.3?', '1B1.3'], ['en 1B1.4?', 'Beantwoorden van eerstelijns vragen']]],
];

describe('the main dialog', () => {
  it.each(CONVERSATIONS)('holds %s', async (_, turns) => {
    const state = new ConversationState(new MemoryStorage());
    const data = state.createProperty<ConversationData>('conversationData');
    const dialog = new MainDialog(realEngine(), data, async (context, answer) => {
      await context.sendActivity(answerActivity(answer));
      const d = await data.get(context, {});
      d.lastAnswer = { question: answer.question, kind: answer.kind, language: answer.language, text: answer.text, cited: answer.citations.map((c) => ({ reportId: c.reportId, id: c.id })) };
    });
    const client = new DialogTestClient('test', dialog, undefined, [], state);
    for (const [said, expected] of turns) {
      const reply = await client.sendActivity(said);
      expect(reply.text).toMatch(expected);
    }
  });

  it('refuses to be built without an engine', () => {
    const state = new ConversationState(new MemoryStorage());
    expect(() => new MainDialog(undefined as never, state.createProperty('x'), async () => undefined)).toThrow('MainDialog: engine is required');
  });
});
