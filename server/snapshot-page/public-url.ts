import type { Context } from 'hono';

const firstValue = (header: string | undefined) => header?.split(',')[0]?.trim().toLowerCase() || undefined;

/** host, host:port, or [v6]:port; nothing that could break out of a URL. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin links in the page's tags start with (og:image must be absolute for chat apps): the configured
 * PUBLIC_URL when there is one; else the request's own, where X-Forwarded-Proto and X-Forwarded-Host count
 * only behind a proxy we trust (TRUST_PROXY), since anyone can send them.
 */
export function publicOrigin(c: Context, { publicUrl, trustProxy }: { publicUrl?: string | undefined; trustProxy: boolean }): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const url = new URL(c.req.url);
  let protocol = url.protocol.slice(0, -1);
  let host = url.host.toLowerCase();
  if (trustProxy) {
    const proto = firstValue(c.req.header('x-forwarded-proto'));
    if (proto === 'http' || proto === 'https') protocol = proto;
    const forwardedHost = firstValue(c.req.header('x-forwarded-host'));
    if (forwardedHost && HOST.test(forwardedHost)) host = forwardedHost;
  }
  return `${protocol}://${HOST.test(host) ? host : 'localhost'}`;
}
