import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { turnErrorHandler } from '../../src/bot/turnError';

/** Runs one turn that fails with an internal error on `channelId`; what the channel got and what was logged. */
async function failingTurn(channelId: string): Promise<{ sent: Partial<Activity>[]; logs: string[]; cleared: number }> {
  const logs: string[] = [];
  let cleared = 0;
  const adapter = new TestAdapter(async () => {
    const err = new Error('connect ECONNREFUSED 127.0.0.1:10000\n    at TCPConnectWrap.afterConnect');
    err.name = 'RestError';
    throw err;
  });
  adapter.enableTrace = true; // the test sees traces, so it can tell that only the Emulator gets one
  adapter.onTurnError = turnErrorHandler({ clearConversation: async () => void cleared++ }, (l) => logs.push(l));
  await adapter.send({ type: ActivityTypes.Message, text: 'wat is 1B1.3?', channelId, locale: 'nl-NL' });
  return { sent: adapter.activeQueue.splice(0), logs, cleared };
}

describe('the turn error handler', () => {
  it.each(['webchat', 'directline', 'msteams'])('tells a %s user plainly, with no error text, and logs the error', async (channelId) => {
    const { sent, logs, cleared } = await failingTurn(channelId);
    expect(sent.map((a) => a.type)).toEqual([ActivityTypes.Message]);
    expect(sent[0].text).toBe('Sorry, er ging iets mis aan mijn kant. Probeer het nog eens; het gesprek begint opnieuw.');
    expect(JSON.stringify(sent)).not.toMatch(/ECONNREFUSED|RestError/);
    expect(logs).toEqual([`[onTurnError] ${channelId}: RestError: connect ECONNREFUSED 127.0.0.1:10000`]);
    expect(cleared).toBe(1);
  });

  it('gives the Emulator, a developer tool, a trace with the error name beside the same plain message', async () => {
    const { sent } = await failingTurn('emulator');
    expect(sent.map((a) => a.type)).toEqual([ActivityTypes.Trace, ActivityTypes.Message]);
    expect(sent[0].value).toBe('RestError: connect ECONNREFUSED 127.0.0.1:10000');
  });
});
