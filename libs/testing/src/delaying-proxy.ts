import { once } from 'node:events';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface DelayingProxy {
  url: string;
  /** How long each chunk of the service's answers is held back; 0 passes them straight through. */
  delayMs: number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a service that can hold back the service's answers: the request reaches
 * the service and takes effect, while the caller sees its answer late (or, past its timeout, never).
 */
export async function startDelayingProxy(target: string): Promise<DelayingProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    return socket;
  };
  const closing = new AbortController();
  const proxy: DelayingProxy = { url: '', delayMs: 0, close: async () => undefined };
  const server = net.createServer((client) => {
    track(client);
    const upstream = track(net.connect(Number(port), hostname));
    let delivered = Promise.resolve();
    upstream.on('data', (chunk) => {
      const delay = proxy.delayMs;
      delivered = delivered
        .then(async () => {
          if (delay > 0) await sleep(delay, undefined, { signal: closing.signal });
          if (!client.destroyed) client.write(chunk);
        })
        .catch(() => void client.destroy());
    });
    upstream.on('end', () => void delivered.then(() => client.end()));
    client.pipe(upstream);
    const teardown = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', teardown).on('close', teardown);
    upstream.on('error', teardown);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address() as net.AddressInfo;
  proxy.url = `http://127.0.0.1:${address.port}`;
  proxy.close = async () => {
    closing.abort();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return proxy;
}
