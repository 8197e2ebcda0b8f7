import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-util';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (how a dual-stack socket reports 127.0.0.1). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}

/** Whether listening on `host` (a name or an address) keeps the server to this machine. */
export function isLoopbackListen(host: string): boolean {
  return host === 'localhost' || isLoopbackAddress(host.replace(/^\[|\]$/g, ''));
}

/**
 * A Host header naming this machine: localhost (and *.localhost, which browsers never
 * send to DNS) or a loopback address, with any port. Anything else reaching a loopback
 * server is a page on another name that DNS pointed here (DNS rebinding).
 */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::\d{1,5})?$/.exec(host.trim().toLowerCase());
  if (!m) return false;
  const name = m[1]!;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  return isLoopbackAddress(name.replace(/^\[|\]$/g, ''));
}

export function requireLoopbackHost(req: IncomingMessage): void {
  if (!isLoopbackHostHeader(req.headers.host)) {
    throw new HttpError(403, 'FORBIDDEN_HOST', '本地云只接受以 localhost 或 127.0.0.1 访问');
  }
}

/**
 * A page on another site may still send "simple" requests (a form post, a text/plain
 * fetch) without asking first. /api/ accepts only the app's own: no foreign Origin or
 * Sec-Fetch-Site, and POST bodies declared as JSON, which a cross-site page cannot send
 * without a CORS preflight that this server never grants.
 */
export function requireSameOriginJson(req: IncomingMessage): void {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host ?? ''}`) {
    throw new HttpError(403, 'CROSS_SITE', '拒绝跨站请求');
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new HttpError(403, 'CROSS_SITE', '拒绝跨站请求');
  }
  if (req.method === 'POST') {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请求内容须为 JSON（Content-Type: application/json）');
    }
  }
}

export function requireLoopbackPeer(req: IncomingMessage): void {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    throw new HttpError(403, 'FORBIDDEN', '数据库接口只接受本机访问');
  }
}

/** The SDK endpoint's secret path segment: 32 random bytes or more, as hex. */
export const ADMIN_TOKEN_FORMAT = /^[0-9a-f]{64,}$/i;
