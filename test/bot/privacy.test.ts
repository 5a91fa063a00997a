import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileRecordSink } from '../../src/bot/records';
import { looksLikeBsn, redact } from '../../src/privacy/redact';
import { message, post, startTestServer } from './app.helpers';
import { scratchDir } from '../scratch';

describe('redaction', () => {
  it('recognises a BSN by the elfproef, not by length alone', () => {
    expect(looksLikeBsn('111222333')).toBe(true);
    expect(looksLikeBsn('123456789')).toBe(false);
  });

  it.each([
    ['mijn BSN is 111222333', 'mijn BSN is [BSN]'],
    ['mail j.de.vries@example.nl maar', 'mail [e-mail] maar'],
    ['bel 06-12345678 of +31 71 516 5165', 'bel [telefoon] of [telefoon]'],
    ['IBAN NL91 ABNA 0417 1643 00 graag', 'IBAN [IBAN] graag'],
  ])('removes personal data: %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('leaves report codes, years and ordinary numbers alone', () => {
    const text = 'wat is 1B1.3 in 2022, en de 5 kanalen van Servicepunt71?';
    expect(redact(text)).toBe(text);
  });
});

describe('transcripts and feedback on file', () => {
  it('writes no personal data from the redaction list in any file', async () => {
    const dir = scratchDir('vgb-records-');
    const server = await startTestServer({ transcripts: 'file', dataDir: dir });
    try {
      const first = message('Mijn BSN is 111222333, mail me op piet@example.nl of bel 0612345678. Wanneer zijn de verkiezingen?');
      await post(server.url, first);
      await post(server.url, { ...message(''), conversation: first.conversation, text: undefined, value: { action: 'feedback', rating: 'down', question: 'IBAN NL91ABNA0417164300 klopt niet', kind: 'none', cited: [] } });
      const files = readdirSync(dir);
      expect(files.sort()).toEqual(['feedback.jsonl', 'transcripts.jsonl']);
      const written = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      for (const secret of ['111222333', 'piet@example.nl', '0612345678', 'NL91ABNA0417164300']) expect(written).not.toContain(secret);
      expect(written).toContain('[BSN]');
      const feedback = await new FileRecordSink(dir).readFeedback();
      expect(feedback).toMatchObject([{ rating: 'down', question: 'IBAN [IBAN] klopt niet' }]);
    } finally {
      await server.close();
    }
  });

  it('files a 👎 with the answer the user saw, from the data of its own card', async () => {
    const dir = scratchDir('vgb-records-');
    const server = await startTestServer({ transcripts: 'file', dataDir: dir });
    try {
      const asked = message('wat is 1B1.3?', { deliveryMode: 'expectReplies' });
      const { body } = await post(server.url, asked);
      const reply = body.activities[0];
      const down = reply.attachments[0].content.actions.find((a: { data?: { rating?: string } }) => a.data?.rating === 'down');
      await post(server.url, { ...message(''), conversation: asked.conversation, text: undefined, value: down.data });
      const feedback = await new FileRecordSink(dir).readFeedback();
      expect(feedback).toHaveLength(1);
      expect(feedback[0]).toMatchObject({ rating: 'down', question: 'wat is 1B1.3?', cited: ['1B1.3', 'toelichting-1B-1'] });
      // The answer's own text, not the "(an earlier answer citing …)" kept for a card of an older answer.
      expect(feedback[0].answer).toMatch(/^\*\*1B1\.3 Op orde houden basisregistraties/);
      expect(reply.text).toContain('1B1.3 Op orde houden basisregistraties');
    } finally {
      await server.close();
    }
  });
});
