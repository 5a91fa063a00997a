// No placeholder ever reaches a user: every question of test/questions.tsv through HTTP with the
// Quick start's settings (no environment at all), on the Emulator, Web Chat and Teams renderings.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestions } from '../../src/qa/evaluation';
import { ask, configFromEnv, FAST_CLIENT_ENV, startTestServer, type TestServer } from './app.helpers';

const PLACEHOLDER = /\bundefined\b|\bnull\b|\[object Object\]|\bNaN\b/;
const CHANNELS = ['emulator', 'webchat', 'msteams'];

/** Every string a user can see in a reply: text, card content, suggestions, citation entities. */
function visibleStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) visibleStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) visibleStrings(v, out);
  return out;
}

describe('placeholders', () => {
  let app: TestServer;
  beforeAll(async () => {
    // The Quick start's environment (CONTACT_NL/EN unset, memory storage), except the per-caller rate
    // limit: this one client asks 500+ questions within seconds.
    app = await startTestServer(configFromEnv({ ...FAST_CLIENT_ENV, RATE_LIMIT_PER_CALLER: '100000' }));
  });
  afterAll(() => app?.close(1000));

  it('shows no "undefined", "null", "[object Object]" or "NaN" in any reply to any question of the question set', async () => {
    const questions = parseQuestions(readFileSync(join(__dirname, '..', 'questions.tsv'), 'utf8'));
    expect(questions.length).toBeGreaterThan(500);
    const found: string[] = [];
    let refusals = 0;
    for (const [i, q] of questions.entries()) {
      const channelId = CHANNELS[i % CHANNELS.length];
      const reply = await ask(app.url, q.question, undefined, { channelId, locale: q.language === 'en' ? 'en-US' : 'nl-NL' });
      expect(reply.status).toBe(200);
      const activities = reply.body.activities as { text?: string }[];
      expect(activities.length).toBeGreaterThan(0);
      if (/14 071/.test(activities[0].text ?? '')) refusals++;
      for (const s of visibleStrings(activities)) if (PLACEHOLDER.test(s)) found.push(`${channelId} "${q.question}": …${s.slice(Math.max(0, s.search(PLACEHOLDER) - 60), s.search(PLACEHOLDER) + 20)}…`);
    }
    expect(found).toEqual([]);
    // The refusals end with the default contact line, not with a missing one.
    expect(refusals).toBeGreaterThan(10);
  }, 120_000);
});
