import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

const firstValue = (header: string | undefined) => header?.split(',')[0]?.trim().toLowerCase() || undefined;

/** Whether the browser reached us over HTTPS: directly, or through a proxy that says so. */
export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || firstValue(c.req.header('x-forwarded-proto')) === 'https';
}

/**
 * The client's address for throttling. Behind a trusted proxy, the last X-Forwarded-For entry: the one the
 * proxy itself added (earlier entries are whatever the client sent).
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const last = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-process requests (tests) have no socket
  }
}

/** The origins this server answers as: its own URL, and what a proxy in front of it forwards. */
function ownOrigins(c: Context): Set<string> {
  const url = new URL(c.req.url);
  const protocols = new Set([url.protocol.slice(0, -1)]);
  const hosts = new Set([url.host.toLowerCase()]);
  const proto = firstValue(c.req.header('x-forwarded-proto'));
  if (proto === 'http' || proto === 'https') protocols.add(proto);
  const host = firstValue(c.req.header('x-forwarded-host'));
  if (host) hosts.add(host);
  const origins = new Set<string>();
  for (const p of protocols) for (const h of hosts) {
    const origin = originOf(`${p}://${h}`);
    if (origin) origins.add(origin);
  }
  return origins;
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * False when the browser says the request comes from another site: Origin (or, without it, Referer) names
 * an origin that is not ours, or is `null`. Requests with neither header (scripts, curl) pass; for them the
 * CSRF token still applies.
 */
export function isSameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  const referer = c.req.header('referer');
  const claimed = origin !== undefined ? origin : referer;
  if (claimed === undefined || claimed === '') return true;
  const parsed = originOf(claimed);
  return parsed !== null && parsed !== 'null' && ownOrigins(c).has(parsed);
}
