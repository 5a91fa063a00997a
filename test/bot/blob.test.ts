import { BlobRecordSink } from '../../src/bot/records';
import { startAzurite, type Azurite } from './azurite.helpers';
import { message, onBlobStorage, post, startTestServer, type TestServer } from './app.helpers';

describe('Azure Blob Storage on azurite', () => {
  let azurite: Azurite;
  let a: TestServer;
  let b: TestServer;
  let sink: BlobRecordSink;
  beforeAll(async () => {
    azurite = await startAzurite();
    // Two replicas with STORAGE=blob and TRANSCRIPTS=blob; the sink reads records back as `npm run feedback` does.
    a = await startTestServer(onBlobStorage(azurite.connectionString, 'state', 'blob'));
    b = await startTestServer(onBlobStorage(azurite.connectionString, 'state', 'blob'));
    sink = new BlobRecordSink(azurite.connectionString, 'state');
  }, 90_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await azurite?.stop();
  });

  it('keeps conversation state in blob storage: a follow-up on another server continues the conversation', async () => {
    const first = message('verkiezingen');
    expect((await post(a.url, first)).body.activities[0].text).toContain('1A2.3');
    const { body } = await post(b.url, { ...message('meer hierover'), conversation: first.conversation });
    expect(body.activities[0].text).toContain('1A2 Dagelijks besturen van de gemeente'); // what the first server had not shown
  });

  it('keeps feedback as redacted blobs that npm run feedback can read back', async () => {
    await post(a.url, { ...message(''), text: undefined, value: { action: 'feedback', rating: 'down', question: 'mail me: jan@example.nl', kind: 'none', cited: [] } });
    const feedback = await sink.readFeedback();
    expect(feedback).toMatchObject([{ rating: 'down', question: 'mail me: [e-mail]' }]);
  });
});
