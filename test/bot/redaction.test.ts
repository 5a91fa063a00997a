// Personal data never reaches storage: the redaction list sent through every channel and feature,
// then everything azurite holds (every blob, and its files on disk) and every file in DATA_DIR searched.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { faultyAzurite, type FaultyAzurite } from './azurite.helpers';
import { allBlobs, ask, newConversation, poll, say, configFromEnv, FAST_CLIENT_ENV, startTestServer, startSession, texts, type TestServer } from './app.helpers';

/** What a citizen might type, and what must never be stored. */
const SECRETS = ['111222333', 'jan@example.nl', '0612345678', 'NL91ABNA0417164300'];
const PERSONAL = `Mijn BSN is ${SECRETS[0]}, mail ${SECRETS[1]} of bel ${SECRETS[2]}, IBAN ${SECRETS[3]}.`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('redaction at every write', () => {
  let azuriteDir: string;
  let dataDir: string;
  let azurite: FaultyAzurite;
  let blobApp: TestServer;
  let fileApp: TestServer;
  beforeAll(async () => {
    azuriteDir = mkdtempSync(join(tmpdir(), 'vgb-redact-azurite-'));
    dataDir = mkdtempSync(join(tmpdir(), 'vgb-redact-data-'));
    azurite = await faultyAzurite(azuriteDir);
    const common = { ...FAST_CLIENT_ENV, STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString };
    blobApp = await startTestServer(configFromEnv({ ...common, TRANSCRIPTS: 'blob', BLOB_CONTAINER: 'blobapp' }));
    fileApp = await startTestServer(configFromEnv({ ...common, TRANSCRIPTS: 'file', DATA_DIR: dataDir, BLOB_CONTAINER: 'fileapp' }));
  }, 60_000);
  afterAll(async () => {
    await blobApp?.close(1000);
    await fileApp?.close(1000);
    await azurite?.kill();
    rmSync(azuriteDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores none of BSN, e-mail, phone or IBAN from questions, follow-ups, choices, 👍/👎, Direct Line, transcripts or state', async () => {
    for (const app of [blobApp, fileApp]) {
      // /api/messages: a question and its follow-up (state keeps the last answer), then personal data
      // in a question (the bot declines it, but the transcript records it and the card's 👍/👎 carries it),
      // and in "did you mean" questions.
      const conversation = newConversation();
      expect(texts(await ask(app.url, 'verkiezingen', conversation, { from: { id: 'user-1', name: SECRETS[1] } }))[0]).toContain('1A2.3');
      expect(texts(await ask(app.url, 'meer hierover', conversation))[0]).toContain('1A2 Dagelijks besturen');
      const question = await ask(app.url, `${PERSONAL} Wanneer zijn de verkiezingen?`, conversation);
      expect(texts(question)[0]).toMatch(/persoonsgegevens/);
      for (const ambiguous of ['informatie', 'burgers', 'Hoeveel inwoners heeft Leiden?']) await ask(app.url, `${ambiguous} ${PERSONAL}`, newConversation());
      // 👍/👎 from the card, whose data carries the question.
      const card = question.body.activities[0].attachments[0].content;
      const feedback = JSON.stringify(card).match(/"data":\{"action":"feedback"[^}]*\}/)?.[0];
      expect(feedback).toContain('111222333'); // the card sent to the user holds what they typed; storage must not
      const value = JSON.parse(feedback!.slice('"data":'.length));
      for (const rating of ['up', 'down']) {
        const thanks = await ask(app.url, '', conversation, { text: undefined, value: { ...value, rating } });
        expect(thanks.status).toBe(200);
      }

      // Direct Line: the message, the answer's card data, a 👎 on it, the user's name and channel data.
      const { session } = await startSession(app.url);
      expect((await say(app.url, session!, `${PERSONAL} Wat is 1B1.3?`, `c-${SECRETS[2]}`, { from: { id: 'x', name: SECRETS[1] } })).status).toBe(200);
      const { body } = await poll(app.url, session!);
      const echo = body.activities.find((a: { from: { role: string } }) => a.from.role === 'user');
      expect(echo.text).toBe('Mijn BSN is [BSN], mail [e-mail] of bel [telefoon], IBAN [IBAN]. Wat is 1B1.3?');
      const answer = body.activities[body.activities.length - 1];
      expect(answer.replyToId).toBe(echo.id);
      const dlValue = JSON.parse(JSON.stringify(answer.attachments[0].content).match(/"data":(\{"action":"feedback"[^}]*\})/)![1]);
      expect((await say(app.url, session!, '', 'c-feedback', { text: undefined, value: { ...dlValue, rating: 'down', question: PERSONAL } })).status).toBe(200);
    }

    const blobs = [...(await allBlobs(azurite.connectionString, 'blobapp')), ...(await allBlobs(azurite.connectionString, 'fileapp'))];
    // Everything was written: state, Direct Line conversations, turn and feedback records.
    expect(blobs.some((b) => b.name.startsWith('records/turn/'))).toBe(true);
    expect(blobs.some((b) => b.name.startsWith('records/feedback/'))).toBe(true);
    expect(blobs.some((b) => b.name.startsWith('directline'))).toBe(true);
    expect(blobs.filter((b) => /^directline\/[^/]+$/.test(decodeURIComponent(b.name)) && b.text.includes('[BSN]'))).toHaveLength(2);
    const files = filesUnder(dataDir);
    expect(files.map((f) => f.slice(dataDir.length + 1)).sort()).toEqual(['feedback.jsonl', 'transcripts.jsonl']);
    const transcripts = readFileSync(join(dataDir, 'transcripts.jsonl'), 'utf8');
    expect(transcripts).toContain('"question":"meer hierover"'); // a follow-up is recorded as what was asked

    const stored = [
      ...blobs.map((b) => ({ where: `blob ${b.name}`, text: b.text })),
      ...files.map((f) => ({ where: f, text: readFileSync(f, 'utf8') })),
      // azurite's own files: blob contents and its index, as they lie on disk.
      ...filesUnder(azuriteDir).map((f) => ({ where: f, text: readFileSync(f).toString('latin1') })),
    ];
    const hits = stored.flatMap(({ where, text }) => SECRETS.filter((s) => text.includes(s)).map((s) => `${s} in ${where}`));
    expect(hits).toEqual([]);
  }, 60_000);
});
