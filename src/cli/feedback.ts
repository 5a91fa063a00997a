// `npm run feedback`: the questions users marked 👎, with the answer they got (TRANSCRIPTS=file or blob).

import { config as loadDotenv } from 'dotenv';
import { createRecordSink, safeText, type FeedbackRecord } from '../bot/records';
import { readConfig } from '../config';

async function main(): Promise<void> {
  loadDotenv({ quiet: true } as Parameters<typeof loadDotenv>[0]);
  const config = readConfig();
  const sink = createRecordSink(config.transcripts === 'off' ? { ...config, transcripts: 'file' } : config);
  const where = config.transcripts === 'blob' ? `blob container "${config.blobContainer}" (TRANSCRIPTS=blob)` : `${config.dataDir}/feedback.jsonl (DATA_DIR)`;
  console.log(`Reading feedback from ${where}.`);
  // Off is the default: then nothing new is recorded, and an empty list says nothing about users.
  if (config.transcripts === 'off') console.log('Recording is off (TRANSCRIPTS=off, the default): the bot records no feedback. Set TRANSCRIPTS=file or TRANSCRIPTS=blob where it runs to record it; shown here is only what an earlier run recorded.');
  const feedback = (await sink!.readFeedback()).filter((f) => f.rating === 'down');
  console.log(`${feedback.length} answer(s) marked 👎`);
  for (const f of feedback) console.log(formatFeedback(f));
}

/**
 * One feedback record as printed: every field stripped of control characters again (a record
 * may predate the stripping, or come from a blob someone else wrote), one line per field.
 */
export function formatFeedback(f: FeedbackRecord): string {
  const one = (v: unknown) => safeText(String(v ?? ''));
  const cited = Array.isArray(f.cited) ? f.cited.map(one) : [];
  return [
    `\n${one(f.time)}  ${one(f.channel)}  conversation ${one(f.conversation)}`,
    `  question: ${one(f.question)}`,
    `  answer:   ${safeText(String(f.answer ?? ''), true).replace(/\t/g, ' ').replace(/\n/g, '\n            ')}`,
    ...(cited.length ? [`  cited:    ${cited.join(', ')}`] : []),
  ].join('\n');
}

if (require.main === module) main().catch((err: Error) => {
  console.error(`feedback: ${err.message}`);
  process.exitCode = 1;
});
