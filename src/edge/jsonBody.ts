// Request bodies: JSON only, uncompressed, bounded in bytes, read into memory (never to disk).

import type { IncomingMessage } from 'node:http';

/** Why a body was refused, as the status and reason to send. */
export interface BodyProblem {
  status: 400 | 413 | 415;
  reason: string;
}

/** The JSON media type, with parameters (charset) allowed. */
const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** True when the request says it carries a body (a length above zero, or chunked). */
export function hasBody(req: IncomingMessage): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * What is wrong with a request's body going by its headers alone, before a byte is read:
 * a compressed body (`Content-Encoding` other than identity: a small gzip can unpack to gigabytes)
 * or any type but JSON (multipart uploads included) is 415; a declared length over `maxBytes` is 413.
 * A request without a body passes.
 */
export function checkBodyHeaders(req: IncomingMessage, maxBytes: number): BodyProblem | undefined {
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') return { status: 415, reason: 'compressed bodies are not accepted; send JSON without Content-Encoding' };
  if (!hasBody(req)) return undefined;
  if (!JSON_TYPE.test(String(req.headers['content-type'] ?? ''))) return { status: 415, reason: 'expected Content-Type: application/json' };
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return { status: 413, reason: `the body may be at most ${Math.floor(maxBytes / 1024)} KB` };
  return undefined;
}

/**
 * Reads and parses a JSON body of at most `maxBytes` (counted as received, so a chunked body
 * cannot pass the limit either). Resolves to the value (undefined for no body) or a problem.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<{ value: unknown } | { problem: BodyProblem }> {
  const headerProblem = checkBodyHeaders(req, maxBytes);
  if (headerProblem) return Promise.resolve({ problem: headerProblem });
  if (!hasBody(req)) return Promise.resolve({ value: undefined });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: { value: unknown } | { problem: BodyProblem }) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Stop reading: the rest of the body is never buffered.
        req.pause();
        finish({ problem: { status: 413, reason: `the body may be at most ${Math.floor(maxBytes / 1024)} KB` } });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', () => finish({ problem: { status: 400, reason: 'the body could not be read' } }));
    req.once('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return finish({ value: undefined });
      try {
        finish({ value: JSON.parse(text) });
      } catch {
        finish({ problem: { status: 400, reason: 'the body is not valid JSON' } });
      }
    });
  });
}
