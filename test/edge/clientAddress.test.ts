import type { IncomingMessage } from 'node:http';
import { clientResolver, isLoopback, parseTrustedProxies } from '../../src/edge/clientAddress';

const req = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

describe('the client address through trusted proxies', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    const resolve = clientResolver([]);
    expect(resolve(req('::ffff:198.51.100.4', { 'x-forwarded-for': '10.9.9.9', 'x-forwarded-proto': 'https' }))).toEqual({ address: '198.51.100.4', https: false });
  });

  it('is the last address before the trusted proxies, and a client cannot prepend its way past them', () => {
    const resolve = clientResolver(parseTrustedProxies('10.0.0.4, 10.1.0.0/16'));
    expect(resolve(req('10.0.0.4', { 'x-forwarded-for': '203.0.113.7' })).address).toBe('203.0.113.7');
    expect(resolve(req('10.0.0.4', { 'x-forwarded-for': '1.2.3.4, 203.0.113.7, 10.1.2.3' })).address).toBe('203.0.113.7');
    expect(resolve(req('10.0.0.4', { 'x-forwarded-for': 'garbage, 203.0.113.7' })).address).toBe('203.0.113.7');
    expect(resolve(req('10.0.0.4', { 'x-forwarded-for': '10.1.0.9, not-an-ip' })).address).toBe('10.0.0.4');
    // A request straight from a client is that client, forwarded headers or not.
    expect(resolve(req('203.0.113.8', { 'x-forwarded-for': '127.0.0.1', 'x-forwarded-proto': 'https' }))).toEqual({ address: '203.0.113.8', https: false });
  });

  it('says the client used https only when the trusted proxy says so', () => {
    const resolve = clientResolver(['127.0.0.1']);
    expect(resolve(req('127.0.0.1', { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' })).https).toBe(true);
    expect(resolve(req('127.0.0.1', { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'http' })).https).toBe(false);
  });

  it('knows loopback addresses in every spelling', () => {
    for (const a of ['127.0.0.1', '127.9.9.9', '::1', '::ffff:127.0.0.1', '[::1]']) expect([a, isLoopback(a)]).toEqual([a, true]);
    for (const a of ['0.0.0.0', '10.0.0.1', '::', '128.0.0.1', 'localhost.example']) expect([a, isLoopback(a)]).toEqual([a, false]);
  });

  it('refuses a TRUST_PROXY entry that is not an address or range, naming it', () => {
    expect(() => parseTrustedProxies('10.0.0.1 proxy.local')).toThrow('"proxy.local" is not an IP address or CIDR range');
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow('"10.0.0.0/33"');
  });
});
