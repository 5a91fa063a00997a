import { connect, type Socket } from 'node:net';
import { message, post, startTestServer, withAppId, type TestServer } from '../bot/app.helpers';

// Volume, speed and memory under sustained load are bench figures (`npm run bench -- --soak`): this
// burst checks what every kind of request gets, at a size a shared CI machine finishes (BURST=10000 for more).
const BURST = Number(process.env.BURST ?? 2_000);
const JSON_TYPE = { 'content-type': 'application/json' };
/** A mix of the requests the internet sends: answers, garbage, wrong types, odd activities. */
const REQUESTS: [string | object, Record<string, string>][] = [
  [message('wat is 1B1.3?'), JSON_TYPE],
  [message('verkiezingen'), JSON_TYPE],
  ['{"type":"message",', JSON_TYPE],
  ['null', JSON_TYPE],
  ['<xml/>', { 'content-type': 'text/xml' }],
  [{ type: 'message' }, JSON_TYPE],
  [{ ...message('x'), type: 42 }, JSON_TYPE],
  [{ ...message('x'), conversation: 'c' }, JSON_TYPE],
  [{ ...message('x'), type: 'invoke', name: 'unknown/thing' }, JSON_TYPE],
  [message('😀'.repeat(500)), JSON_TYPE],
];

describe('HTTP under abuse', () => {
  let server: TestServer;
  /** Cuts off quiet sockets after 0.5 s: only for the slow-client tests, as a slow answer would be cut off too. */
  let impatient: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    impatient = await startTestServer({ headersTimeoutMs: 500 });
  });
  afterAll(async () => {
    await server.close();
    await impatient.close();
  });

  async function burst(count: number, concurrency: number): Promise<Map<number, number>> {
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const [body, headers] = REQUESTS[next++ % REQUESTS.length];
        const { status } = await post(server.url, body, headers);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return statuses;
  }

  it('answers a burst of mixed requests (answers, garbage, wrong types) with 200, 400 and 415 only, and keeps serving', async () => {
    const statuses = await burst(BURST, 50);
    expect([...statuses.keys()].sort()).toEqual([200, 400, 415]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 120_000);

  /** Resolves when the server closes the socket (with what it sent), or `undefined` after `ms`. */
  function closedWithin(socket: Socket, ms: number): Promise<string | undefined> {
    return new Promise((resolve) => {
      let data = '';
      const timer = setTimeout(() => {
        socket.destroy();
        resolve(undefined);
      }, ms);
      socket.on('data', (d) => (data += d.toString()));
      socket.on('close', () => {
        clearTimeout(timer);
        resolve(data);
      });
    });
  }

  it('cuts off a client that never finishes its headers, while serving others', async () => {
    const socket = connect(impatient.port, '127.0.0.1');
    socket.write('POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n');
    const closed = closedWithin(socket, 8000);
    const { status } = await post(impatient.url, message('wat is 1B1.3?'));
    expect(status).toBe(200);
    // The idle socket is closed once it has been quiet for the timeout, without an answer.
    expect(await closed).toBe('');
  }, 15_000);

  it('cuts off a client that sends its body too slowly', async () => {
    const socket = connect(impatient.port, '127.0.0.1');
    socket.write('POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"ty');
    expect(await closedWithin(socket, 8000)).toBeDefined();
  }, 15_000);
});

describe('secrets', () => {
  it('never appear in responses or logs, even when requests fail', async () => {
    const server = await startTestServer(withAppId('00000000-0000-0000-0000-000000000002'));
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const responses = [
        await post(server.url, message('hoi')),
        await post(server.url, message('hoi'), { ...JSON_TYPE, authorization: 'Bearer abc.def.ghi' }),
        await post(server.url, '{bad', JSON_TYPE),
      ];
      const everything = JSON.stringify(responses) + server.logs.join('\n') + errors.join('\n');
      expect(everything).not.toContain('not-a-real-secret');
      expect(everything).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    } finally {
      console.error = original;
      await server.close();
    }
  });
});
