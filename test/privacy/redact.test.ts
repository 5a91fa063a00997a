import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanRecord, FileRecordSink, type FeedbackRecord } from '../../src/bot/records';
import { hasPersonalData, looksLikeBsn, redact, validIban } from '../../src/privacy/redact';
import { message, post, startTestServer } from '../bot/app.helpers';
import { scratchDir } from '../scratch';

/** Every form of personal data the review found missed, with what must not survive and the label it becomes. */
const FORMS: [string, string[], string][] = [
  ['mijn BSN is 111222333', ['111222333'], '[BSN]'],
  ['bsn 12345672 graag', ['12345672'], '[BSN]'],
  ['BSN 1112.22.333', ['1112.22.333'], '[BSN]'],
  ['bel (071) 516 51 65 even', ['516 51 65', '(071)'], '[telefoon]'],
  ['of 06 - 12 34 56 78 na vijven', ['12 34 56 78'], '[telefoon]'],
  ['of +31 6 1234 5678', ['1234 5678'], '[telefoon]'],
  ['mail jan.jansen(at)example.nl maar', ['jan.jansen', 'example.nl'], '[e-mail]'],
  ['mail piet [at] voorbeeld [dot] nl', ['piet', 'voorbeeld'], '[e-mail]'],
  ['mail j.de.vries@example.nl', ['vries', 'example.nl'], '[e-mail]'],
  ['bsn １２３４５６７２ en tel ０６１２３４５６７８', ['12345672', '0612345678', '１２３４５６７２', '０６１２３４５６７８'], '[BSN]'],
  ['IBAN NL91-ABNA-0417-1643-00 klopt', ['NL91', 'ABNA', '0417', '1643', '-00'], '[IBAN]'],
  ['IBAN NL91 ABNA 0417 1643 00 klopt', ['NL91', 'ABNA', '0417', '1643'], '[IBAN]'],
  ['rekening BE68 5390 0754 7034', ['5390', '7034'], '[IBAN]'],
  ['ik woon op 2311 EZ 12a', ['2311', 'EZ 12a'], '[adres]'],
  ['adres 2311EZ, 4-2', ['2311EZ', '4-2'], '[adres]'],
  ['geboren op 3 mei 1985', ['1985', '3 mei'], '[geboortedatum]'],
  ['geboortedatum: 03-05-1985', ['03-05-1985'], '[geboortedatum]'],
  ['date of birth 1985-05-03', ['1985-05-03'], '[geboortedatum]'],
];

describe('redact()', () => {
  it.each(FORMS)('removes personal data as people type it: %s', (text, secrets, label) => {
    const out = redact(text);
    for (const secret of secrets) expect(out).not.toContain(secret);
    expect(out).toContain(label);
    expect(hasPersonalData(text)).toBe(true);
  });

  it('leaves report codes, years, amounts, dates of events and the municipality\'s number alone', () => {
    for (const text of ['wat is 1B1.3 in 2022, en de 5 kanalen van Servicepunt71?', 'wat gebeurde op 12-05-2022?', 'in 2021 en 2022 was het € 1.250.000', 'bel 14 071', 'prestatie 8A1.1. en 1A2.3', 'van 2022 tot en met 2025']) {
      expect(redact(text)).toBe(text);
      expect(hasPersonalData(text)).toBe(false);
    }
    expect(hasPersonalData('ｗａｔ is 1B1.3')).toBe(false); // full-width letters alone are not personal data
  });

  it('checks BSNs by the elfproef (8 digits: a leading zero left off) and IBANs by mod 97', () => {
    expect(looksLikeBsn('111222333')).toBe(true);
    expect(looksLikeBsn('12345672')).toBe(true);
    expect(looksLikeBsn('123456789')).toBe(false);
    expect(looksLikeBsn('12345678')).toBe(false);
    expect(validIban('NL91ABNA0417164300')).toBe(true);
    expect(validIban('NL92ABNA0417164300')).toBe(false);
  });

  it('cleans every field of a record, the cited list included', () => {
    const record: FeedbackRecord = { type: 'feedback', time: '2026-11-30T12:00:00.000Z', conversation: '0123456789abcdef', channel: 'web jan@example.nl', rating: 'down', question: 'bsn 12345672', answer: 'bel 06-12345678', cited: ['NL91ABNA0417164300', '1B1.3'] };
    expect(cleanRecord(record)).toEqual({ ...record, channel: 'web [e-mail]', question: 'bsn [BSN]', answer: 'bel [telefoon]', cited: ['[IBAN]', '1B1.3'] });
  });
});

describe('records written by the running bot', () => {
  it('hold none of the forms in questions, transcripts or any field of feedback', async () => {
    const dir = scratchDir('vgb-redact-');
    const server = await startTestServer({ transcripts: 'file', dataDir: dir });
    try {
      for (const [text] of FORMS) {
        const first = message(`${text}. Wanneer zijn de verkiezingen?`);
        expect((await post(server.url, first)).status).toBe(200);
        const feedback = { action: 'feedback', rating: 'down', question: text, kind: 'none', cited: [text, '1A2.3'] };
        expect((await post(server.url, { ...message(''), conversation: first.conversation, text: undefined, value: feedback })).status).toBe(200);
      }
      const written = ['transcripts.jsonl', 'feedback.jsonl'].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      for (const [text, secrets] of FORMS) for (const secret of secrets) expect([text, written.includes(secret)]).toEqual([text, false]);
      const feedback = await new FileRecordSink(dir).readFeedback();
      expect(feedback).toHaveLength(FORMS.length);
      for (const [i, [, , label]] of FORMS.entries()) {
        expect(feedback[i].question).toContain(label);
        expect(feedback[i].cited[0]).toContain(label);
        expect(feedback[i].cited[1]).toBe('1A2.3');
      }
    } finally {
      await server.close();
    }
  }, 30_000);
});
