// The client's address for per-client limits, read through trusted proxies only (TRUST_PROXY).

import { BlockList, isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/** Where a request came from, as far as the trusted proxies say. */
export interface ClientInfo {
  /** The client's address: the first address, from the right, that is not a trusted proxy. */
  address: string;
  /** True when the request reached the first trusted proxy over TLS (`X-Forwarded-Proto: https`). */
  https: boolean;
}

/** Resolves a request's client; built once from the TRUST_PROXY list. */
export type ClientResolver = (req: IncomingMessage) => ClientInfo;

/** `::ffff:127.0.0.1` → `127.0.0.1`, so IPv4 clients on a dual-stack socket compare as IPv4. */
export function plainAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

/** True for 127.0.0.0/8 and ::1. */
export function isLoopback(address: string): boolean {
  const plain = plainAddress(address);
  return /^127\.\d+\.\d+\.\d+$/.test(plain) || plain === '::1';
}

/**
 * Parses TRUST_PROXY: addresses or CIDR ranges separated by commas or spaces
 * (`10.0.0.4, 10.1.0.0/16, ::1`). Throws with the entry that is neither.
 */
export function parseTrustedProxies(list: string): string[] {
  const entries = list.split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(plainAddress(address));
    const max = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max))) {
      throw new Error(`"${entry}" is not an IP address or CIDR range`);
    }
  }
  return entries;
}

/**
 * A resolver that believes `X-Forwarded-For` and `X-Forwarded-Proto` only when they were set by a
 * proxy in `trusted`. Without trusted proxies the socket's address is the client: a header a
 * client sets itself cannot give it a fresh rate-limit bucket.
 */
export function clientResolver(trusted: string[] = []): ClientResolver {
  const list = new BlockList();
  for (const entry of trusted) {
    const [address, bits] = entry.split('/');
    const plain = plainAddress(address);
    const type = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
    if (bits !== undefined) list.addSubnet(plain, Number(bits), type);
    else list.addAddress(plain, type);
  }
  const isTrusted = (address: string) => {
    const plain = plainAddress(address);
    const family = isIP(plain);
    return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  };
  return (req) => {
    let address = plainAddress(req.socket.remoteAddress ?? 'unknown');
    if (trusted.length === 0 || !isTrusted(address)) return { address, https: false };
    const protos = String(req.headers['x-forwarded-proto'] ?? '').split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
    const hops = String(req.headers['x-forwarded-for'] ?? '').split(',').map((a) => plainAddress(a)).filter(Boolean);
    // Walk from the nearest hop back while each hop is a proxy we trust; the first other is the client.
    while (hops.length > 0 && isTrusted(address)) {
      const previous = hops.pop()!;
      if (!isIP(previous)) break; // garbage from a client: stop at the last proxy we trust
      address = previous;
    }
    return { address, https: protos[0] === 'https' };
  };
}
