import { redactDeep } from '../../src/privacy/redactDeep';

describe('redactDeep', () => {
  it('redacts every string however deep: text, card data, names, channel data', () => {
    const activity = {
      text: 'mijn BSN is 111222333',
      from: { id: 'dl_0612345678', name: 'jan@example.nl' },
      attachments: [{ content: { actions: [{ data: { action: 'feedback', question: 'bel 0612345678' } }] } }],
      channelData: { clientActivityID: 'c-0612345678' },
    };
    expect(redactDeep(activity)).toEqual({
      text: 'mijn BSN is [BSN]',
      from: { id: 'dl_0612345678', name: '[e-mail]' },
      attachments: [{ content: { actions: [{ data: { action: 'feedback', question: 'bel [telefoon]' } }] } }],
      channelData: { clientActivityID: 'c-[telefoon]' },
    });
  });

  it('keeps machine-made values exact: ids, eTags, the dialog stack version hash', () => {
    const state = { eTag: '"0x8DD111222333"', dialogState: { dialogStack: [{ id: 'mainDialog', version: '1234567890', state: { values: { instanceId: '12345678-9012-3456-7890-123456789012' } } }] } };
    expect(redactDeep(state)).toEqual(state);
  });

  it('leaves the object it was given as it was, and keeps dates and numbers', () => {
    const when = new Date();
    const item = { text: 'IBAN NL91ABNA0417164300', when, count: 111222333 };
    const clean = redactDeep(item);
    expect(clean).toEqual({ text: 'IBAN [IBAN]', when, count: 111222333 });
    expect(item.text).toBe('IBAN NL91ABNA0417164300');
  });
});

describe('redactDeep with what people type', () => {
  it('finds personal data without digits or an @ sign too', () => {
    expect(redactDeep({ card: { question: 'mail jan(at)example.nl' } })).toEqual({ card: { question: 'mail [e-mail]' } });
  });
});

describe('redactDeep written again and again', () => {
  it('redacts personal data at every write, however often the same text comes', () => {
    for (let i = 0; i < 3; i++) expect(redactDeep({ lastAnswer: { question: 'mijn BSN is 111222333' } })).toEqual({ lastAnswer: { question: 'mijn BSN is [BSN]' } });
  });

  it('gives back what holds no personal data as it is, and copies only what it changed', () => {
    const cited = [{ reportId: '2de-voortgangsrapportage-2022', id: '1B1.3' }];
    const state = { lastAnswer: { question: 'wat is 1B1.3?', cited }, other: { question: 'bel 0612345678' } };
    const clean = redactDeep(state);
    expect(clean).toEqual({ lastAnswer: { question: 'wat is 1B1.3?', cited }, other: { question: 'bel [telefoon]' } });
    expect(clean.lastAnswer).toBe(state.lastAnswer);
    expect(state.other.question).toBe('bel 0612345678');
    expect(redactDeep(clean)).toBe(clean);
  });
});
