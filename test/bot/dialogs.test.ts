import { ConversationState, MemoryStorage, TestAdapter, UserState } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog';
import { VoortgangsBot } from '../../src/bot/voortgangsBot';
import { realEngine } from '../helpers';
import { QaEngine } from '../../src/qa/engine';
import { RedactingStorage } from '../../src/storage/redactingStorage';

/** Conversations as data: what the user says, and what the first reply of that turn must contain. */
const CONVERSATIONS: [string, [string, string | RegExp][]][] = [
  ['a code question', [['wat is 1B1.3?', 'Op orde houden basisregistraties']]],
  ['an English question', [['who organises the elections?', 'This is what the report says']]],
  ['a refusal', [['Wat is het weer morgen?', 'Daar zegt het rapport niets over']]],
  ['a follow-up that adds what was not shown', [['verkiezingen', '1A2.3'], ['meer hierover', /^Dit zegt het rapport er verder over:[\s\S]*1A2 Dagelijks besturen/]]],
  ['a follow-up in English', [['who organises the elections?', '1A2.3'], ['tell me more', /^This is what else the report says/]]],
  ['a question about people', [['Who is the mayor of Leiden?', /^The report does not name the mayor[\s\S]*leiden\.nl/]]],
  ['a follow-up with another code', [['wat is 1B1.3?', '1B1.3'], ['en 1B1.4?', 'Beantwoorden van eerstelijns vragen']]],
  ['a restart, which forgets the last answer', [['verkiezingen', '1A2.3'], ['opnieuw', /^Ik ben opnieuw begonnen/], ['meer hierover', /^Waar wilt u meer over weten\?/]]],
  ['the debug view, on and off', [['/debug', /^Debug staat aan/], ['verkiezingen', '1A2.3'], ['/debug', /^Debug staat uit/]]],
];

describe('the main dialog, run by the bot', () => {
  it.each(CONVERSATIONS)('holds %s', async (_, turns) => {
    // The bot's own wiring: its sendAnswer keeps the last answer that "meer hierover" follows on from.
    const storage = new MemoryStorage();
    const bot = new VoortgangsBot({ engine: realEngine(), conversationState: new ConversationState(storage), userState: new UserState(storage) });
    const adapter = new TestAdapter((context) => bot.run(context));
    for (const [said, expected] of turns) {
      await adapter.send(said);
      const replies = adapter.activeQueue.splice(0).map((reply) => reply.text ?? '');
      expect(replies[0]).toMatch(expected);
    }
  });

  it('answers "meer hierover" with a passage not shown before each time, until it says there is no more', async () => {
    const storage = new MemoryStorage();
    const bot = new VoortgangsBot({ engine: realEngine(), conversationState: new ConversationState(storage), userState: new UserState(storage) });
    const adapter = new TestAdapter((context) => bot.run(context));
    const seen: string[] = [];
    const quotes = (text: string) => (text.match(/^(> .*|- .*)$/gm) ?? []).map((q) => q.replace(/\s*\[\d+\]$/, ''));
    await adapter.send('Wat doet de gemeente aan de storingen?');
    seen.push(...quotes(adapter.activeQueue.splice(0)[0].text ?? ''));
    let last = '';
    for (let turn = 0; turn < 12 && !/^Meer dan dit/.test(last); turn++) {
      await adapter.send('meer hierover');
      last = adapter.activeQueue.splice(0)[0].text ?? '';
      const added = quotes(last);
      if (!/^Meer dan dit/.test(last)) expect(added.length).toBeGreaterThan(0);
      for (const q of added) expect(seen).not.toContain(q);
      seen.push(...added);
    }
    expect(last).toMatch(/^Meer dan dit staat er niet over in het rapport/);
    expect(seen.length).toBeGreaterThan(3);
  });

  it.each([
    ['emulator', /^Missie \(Programma \d+ [A-Z][a-z].+\)$/],
    ['directline', /^Missie \([A-Z][a-z][^\d]+\)$/],
  ])('names the programme of each "did you mean" choice when the corpus holds several (%s)', async (channelId, label) => {
    const storage = new MemoryStorage();
    const bot = new VoortgangsBot({ engine: QaEngine.fromDirectory('test/fixtures/programmes'), conversationState: new ConversationState(storage), userState: new UserState(storage) });
    const adapter = new TestAdapter((context) => bot.run(context), { channelId, conversation: { id: `c-${channelId}` } as never, user: { id: 'u' }, bot: { id: 'b' } } as never);
    await adapter.send('wat is de missie?');
    const prompt = adapter.activeQueue.splice(0)[0];
    const titles = prompt.suggestedActions?.actions.map((a) => String(a.title)) ?? [];
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(titles[titles.length - 1]).toBe('Geen van beide');
    const choices = titles.slice(0, -1);
    for (const choice of choices) expect(choice).toMatch(label);
    expect(new Set(choices).size).toBe(choices.length); // two "Missie" choices are no choice
    await adapter.send(choices[1]);
    expect(adapter.activeQueue.splice(0)[0].text).toMatch(/^Dit zegt het rapport erover:/);
  });

  it.each([
    ['its number', (choices: string[]) => '2', 1],
    ['its title in other case, with a full stop', (choices: string[]) => `${choices[0].toUpperCase()}.`, 0],
  ])('takes a "did you mean" choice by %s, and forgets the choice once made', async (_, reply, chosen) => {
    const storage = new MemoryStorage();
    const bot = new VoortgangsBot({ engine: QaEngine.fromDirectory('test/fixtures/programmes'), conversationState: new ConversationState(storage), userState: new UserState(storage) });
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter.send('wat is de missie?');
    const prompt = adapter.activeQueue.splice(0)[0];
    expect(prompt.inputHint).toBe('expectingInput');
    const choices = (prompt.suggestedActions?.actions ?? []).map((a) => String(a.title));
    expect(prompt.suggestedActions?.actions.map((a) => [a.type, a.value])).toEqual(choices.map((c) => ['imBack', c]));
    await adapter.send(reply(choices));
    const answer = adapter.activeQueue.splice(0)[0];
    expect(answer.text).toMatch(/^Dit zegt het rapport erover:/);
    // The chosen programme's mission, not another's: its name is in the choice's label.
    const programme = /\((?:Programma \d+ )?([^)]+)\)$/.exec(choices[chosen])![1];
    expect(JSON.stringify(answer)).toContain(programme);
    await adapter.send('2');
    expect(adapter.activeQueue.splice(0)[0].text).not.toMatch(/^Dit zegt het rapport erover:/);
  });

  it('takes a choice whose label was cut short ("…") when its button is pressed, from redacted state', async () => {
    // As the app keeps state: redacted before it is written, which also normalises "…" to "...".
    const storage = new RedactingStorage(new MemoryStorage());
    const bot = new VoortgangsBot({ engine: realEngine(), conversationState: new ConversationState(storage), userState: new UserState(storage) });
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter.send('Hoe staat het met het informeren van de raad en de burgers?');
    const titles = (adapter.activeQueue.splice(0)[0].suggestedActions?.actions ?? []).map((a) => String(a.title));
    const cut = titles.find((t) => t.endsWith('…'));
    expect(cut).toBeDefined(); // the question still gets a "did you mean" with a long title among the choices
    await adapter.send(cut!);
    const answer = adapter.activeQueue.splice(0)[0].text ?? '';
    expect(answer).toMatch(/^Dit zegt het rapport erover:/);
    expect(answer).toContain(cut!.split(' ')[0]);
  });

  it('asks to rephrase when none of the choices is meant, and answers a new question instead of a choice', async () => {
    const storage = new MemoryStorage();
    const bot = new VoortgangsBot({ engine: QaEngine.fromDirectory('test/fixtures/programmes'), conversationState: new ConversationState(storage), userState: new UserState(storage) });
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter.send('wat is de missie?');
    const titles = (adapter.activeQueue.splice(0)[0].suggestedActions?.actions ?? []).map((a) => String(a.title));
    await adapter.send(titles[titles.length - 1]);
    expect(adapter.activeQueue.splice(0)[0].text).toBe('Kunt u uw vraag anders formuleren?');
    await adapter.send('wat is de missie?');
    adapter.activeQueue.splice(0);
    await adapter.send('hallo');
    expect(adapter.activeQueue.splice(0)[0].inputHint).not.toBe('expectingInput');
  });

  it('refuses to be built without an engine', () => {
    const state = new ConversationState(new MemoryStorage());
    expect(() => new MainDialog(undefined as never, state.createProperty('x'), async () => undefined)).toThrow('MainDialog: engine is required');
  });
});
