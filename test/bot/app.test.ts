// The bot as `npm start` builds it (startApp) with the Quick start's configuration: an empty environment.

import { message, post, startTestServer, type TestServer } from './app.helpers';

/** What a person would see if a setting or a message were missing. */
const PLACEHOLDER = /\bundefined\b|\bnull\b|\[object Object\]|\bNaN\b/;

/** Every string a reply shows: text, card text, buttons. */
function shownStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) shownStrings(v, out);
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) if (!['entities', 'conversation', 'from', 'recipient', 'serviceUrl', 'replyToId', 'id'].includes(key)) shownStrings(v, out);
  return out;
}

/** One turn of each kind the bot has: every answer kind, refusal, command and message of its own, in both languages. */
const TURNS: [string, Record<string, unknown>][] = [
  ['the welcome', { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1' }] }],
  ...['hallo', 'bedankt', 'doei', 'help', 'wat is 1B1.3?', 'welke doelen vallen onder 1A?', 'wat is de missie?', 'verkiezingen', 'burgers', 'Wat is het weer morgen?',
    'Waar blijft mijn aanvraag?', 'Wat vindt u van de burgemeester?', 'Hoeveel kost een paspoort?', 'Wat staat er in de programmabegroting 2019?', 'wat is 9Z9.9?', '😀', '/debug', 'opnieuw']
    .map((text): [string, Record<string, unknown>] => [text, { text }]),
  ...['hello', 'thanks', 'what can you do?', 'who organises the elections?', 'what is the weather tomorrow?', 'what do you think of the mayor?', 'restart']
    .map((text): [string, Record<string, unknown>] => [text, { text, locale: 'en-US' }]),
  ['a picture without text', { text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'https://example.org/x.png' }] }],
  ['👍', { text: undefined, value: { action: 'feedback', rating: 'up', question: 'x', kind: 'search', cited: ['1B1.1'] } }],
  ['👎', { text: undefined, value: { action: 'feedback', rating: 'down', question: 'x', kind: 'search', cited: [] } }],
];

describe('the bot with the Quick start configuration (an empty environment)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each(TURNS)('shows no placeholder in its reply to %s', async (_, activity) => {
    const { status, body } = await post(server.url, { ...message(''), ...activity });
    expect(status).toBe(200);
    const shown = shownStrings(body.activities);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((s) => PLACEHOLDER.test(s))).toEqual([]);
  });

  it('says where else to ask, in the configured words or the default ones', async () => {
    const { body } = await post(server.url, message('Wat is het weer morgen?'));
    expect(body.activities[0].text).toMatch(/14 071/);
  });

  it('logs what it loaded, in the sink it was given', () => {
    expect(server.logs.find((l) => l.includes(' passages from '))).toMatch(/^\[start\] \d+ passages from 1 report\(s\)/);
  });

  it('logs the address it really listens on: every interface by default, only the given one with HOST', async () => {
    expect(server.logs.find((l) => l.includes('listening on'))).toMatch(/listening on http:\/\/(\[::\]|0\.0\.0\.0):\d+\/ \(every interface\)/);
    const local = await startTestServer({ host: '127.0.0.1' });
    try {
      expect(local.logs.find((l) => l.includes('listening on'))).toContain(`listening on http://127.0.0.1:${local.port}/:`);
      expect((local.server.address() as { address: string }).address).toBe('127.0.0.1');
    } finally {
      await local.close();
    }
  });
});
