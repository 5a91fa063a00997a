// The Node.js versions the bot runs on: Node 26 LTS (restify 12 needs ≥ 22; Node 20 is past its end of life).

/** The oldest Node.js major version the bot serves on. */
export const MINIMUM_NODE_MAJOR = 26;

/**
 * Why this runtime cannot serve, in one line, or `undefined` when it can.
 * @param version a `process.version`-style string such as `v26.12.1`
 */
export function unsupportedRuntime(version: string = process.version): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (Number.isInteger(major) && major >= MINIMUM_NODE_MAJOR) return undefined;
  return `voortgangsbot: Node.js ${version} is not supported; it needs Node.js ${MINIMUM_NODE_MAJOR} or later (run it through npm, which uses the pinned node-linux-* binary, or install Node.js ${MINIMUM_NODE_MAJOR}).`;
}
