import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { promisify } from 'node:util';
import { DomainError } from '@sinergi/platform';

/**
 * Where webhooks may go: public addresses only. A receiver on a loopback, private, link-local,
 * carrier-grade NAT, documentation, multicast or reserved address would let a subscriber make the
 * platform call into its own network (SSRF), so such URLs are refused at subscription and every
 * connection is checked again when it is made (a host may resolve elsewhere later).
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64 (may reach private IPv4)
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 (embeds IPv4)
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

/** True when an IP address is public (routable on the internet). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return !blocked.check(mapped[1], 'ipv4');
  // IPv4-mapped written in hex (::ffff:7f00:1) and IPv4-compatible (::a.b.c.d) addresses.
  if (/^::(ffff:)?[0-9a-f]{1,4}:[0-9a-f]{1,4}$/i.test(address) || /^::\d+\.\d+\.\d+\.\d+$/.test(address))
    return false;
  return !blocked.check(address, 'ipv6');
}

export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (hostname) => promisify(dnsLookup)(hostname, { all: true, verbatim: true });

const refuse = (detail: string) => new DomainError('webhook.url-not-allowed', detail);

/**
 * Checks a webhook URL before it is stored: https (http too when private URLs are allowed, for
 * local tests), no credentials, a host that resolves, and only to public addresses unless allowed.
 */
export async function assertWebhookUrl(
  raw: string,
  allowPrivate: boolean,
  resolve: Resolve = systemResolve,
): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('url must be an absolute URL');
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    throw refuse(`url must use https (it uses ${url.protocol.replace(':', '')})`);
  if (url.username || url.password) throw refuse('url must not carry a user name or password');
  if (url.hash) throw refuse('url must not carry a fragment');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(host)
    ? [host]
    : await resolve(host).then(
        (found) => found.map((a) => a.address),
        () => {
          throw refuse(`the host ${host} does not resolve`);
        },
      );
  if (addresses.length === 0) throw refuse(`the host ${host} does not resolve`);
  const inside = addresses.filter((address) => !isPublicAddress(address));
  if (inside.length > 0 && !allowPrivate)
    throw refuse(
      `the host ${host} resolves to a loopback, private or reserved address (${inside.join(', ')}); webhooks go to public addresses only`,
    );
  return url;
}

/**
 * A `lookup` for outgoing connections that fails when the host resolves to an address that is not
 * public (unless allowed): the check happens on the addresses the connection will really use.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(
      hostname,
      { family: options.family, hints: options.hints, all: true, verbatim: true },
      (error, addresses) => {
        if (error) return callback(error, []);
        const list = addresses as LookupAddress[];
        const inside = list.filter((a) => !isPublicAddress(a.address));
        if (!allowPrivate && (inside.length > 0 || list.length === 0)) {
          const refused = Object.assign(
            new Error(
              `${hostname} resolves to an address webhooks may not reach (${inside.map((a) => a.address).join(', ')})`,
            ),
            { code: 'EADDRNOTALLOWED' },
          );
          return callback(refused, []);
        }
        if (options.all) return callback(null, list);
        return callback(null, list[0].address, list[0].family);
      },
    );
  };
}
