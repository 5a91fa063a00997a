// The website chat page: Microsoft's Web Chat bundle, our small start script and style, served
// with security headers (a CSP that allows only this server, and a nonce for Web Chat's styles).

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Request, Response, Next, Server } from 'restify';
import { withDefaults } from '../options';

/** The Web Chat version served (its bundle is in public/vendor, taken from the npm tarball). */
export const WEBCHAT_VERSION = '4.18.1';

/** Options for the page; unset ones take {@link DEFAULT_PAGE_OPTIONS}. */
export interface PageOptions {
  /** Origins allowed to embed the page in an iframe (`https://www.leiden.nl`). Default: only this site. */
  embedOrigins?: string[];
  /** Folder with index.html, app.js, app.css and vendor/. Default: public/ in the working directory. */
  publicDir?: string;
}

/** The page's defaults: embedded by no other site, files from public/ in the working directory. */
export const DEFAULT_PAGE_OPTIONS: Required<PageOptions> = { embedOrigins: [], publicDir: 'public' };

const STATIC: Record<string, { file: string; type: string }> = {
  '/webchat/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/webchat/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
  '/webchat/webchat.js': { file: `vendor/webchat-${WEBCHAT_VERSION}.js`, type: 'text/javascript; charset=utf-8' },
  '/webchat/icon.png': { file: 'icon.png', type: 'image/png' },
};

/** Security headers for every page response; `nonce` is the one the page's styles carry. */
export function securityHeaders(nonce: string, embedOrigins: string[]): Record<string, string> {
  const frameAncestors = ["'self'", ...embedOrigins].join(' ');
  return {
    'Content-Security-Policy': [
      "default-src 'none'",
      "script-src 'self'",
      // Web Chat's styles carry the nonce; the one hash allows the empty style="" it sets on some elements.
      `style-src 'self' 'nonce-${nonce}' 'unsafe-hashes' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='`,
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "media-src 'self' blob:",
      "worker-src 'self' blob:",
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors ${frameAncestors}`,
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** Registers GET / and the page's static files. Files are read once, at start. */
export function registerPage(server: Server, options: PageOptions = {}): void {
  const settings = withDefaults(DEFAULT_PAGE_OPTIONS, options);
  const dir = resolve(settings.publicDir);
  const embed = settings.embedOrigins;
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Map(Object.entries(STATIC).map(([path, f]) => [path, { body: readFileSync(join(dir, f.file)), type: f.type }]));

  const page = (req: Request, res: Response, next: Next) => {
    const nonce = randomBytes(16).toString('base64');
    const body = html.replaceAll('{{nonce}}', nonce);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...securityHeaders(nonce, embed) });
    res.end(req.method === 'HEAD' ? undefined : body);
    return next();
  };
  server.get('/', page);
  // Uptime monitors and link checkers ask with HEAD: the same headers, no body.
  server.head('/', page);
  for (const [path, file] of files) {
    server.get(path, (_req: Request, res: Response, next: Next) => {
      res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Resource-Policy': 'same-origin' });
      res.end(file.body);
      return next();
    });
  }
}
