// Jest global setup: says which Node.js the tests run on, and stops at once on one the bot refuses.

import { unsupportedRuntime } from '../src/runtime';

export default function runtimeSetup(): void {
  const refusal = unsupportedRuntime();
  if (refusal) throw new Error(refusal);
  process.stdout.write(`\nTests on Node.js ${process.version} (${process.execPath})\n`);
}
