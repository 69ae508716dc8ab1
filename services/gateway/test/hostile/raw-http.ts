import { connect } from 'node:net';

/** A request sent byte for byte: header values may repeat, be huge or hold bytes outside ASCII. */
export interface RawRequest {
  method: string;
  /** The request target as sent (already percent-encoded where the sender chose to). */
  target: string;
  headers: Array<[string, string | Buffer]>;
  body?: Buffer;
}

export interface RawAnswer {
  status: number;
  /** Header names in lower case; a repeated header keeps its last value. */
  headers: Record<string, string>;
  body: string;
}

const CRLF = Buffer.from('\r\n');

/** Decodes a chunked body; what cannot be decoded (a cut answer) is returned as far as it goes. */
function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < raw.length) {
    const end = raw.indexOf(CRLF, at);
    if (end < 0) break;
    const size = parseInt(raw.subarray(at, end).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(raw.subarray(end + 2, end + 2 + size));
    at = end + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function parseAnswer(raw: Buffer): RawAnswer {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`no complete answer head in ${JSON.stringify(raw.toString('latin1'))}`);
  const [statusLine, ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  const rest = raw.subarray(split + 4);
  const body = headers['transfer-encoding'] === 'chunked' ? dechunk(rest) : rest;
  return { status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') };
}

/**
 * Sends one request on its own connection (`Connection: close`) and reads the answer to the end.
 * `Host`, `Connection` and, for a body, `Content-Length` are added unless the request names them.
 * An answer given before the whole body was written (413) is still read.
 */
export function sendRaw(baseUrl: string, request: RawRequest, timeoutMs = 30_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  const names = new Set(request.headers.map(([name]) => name.toLowerCase()));
  const headers: Array<[string, string | Buffer]> = [
    ...(names.has('host') ? [] : [['Host', `${hostname}:${port}`] as [string, string]]),
    ...(names.has('connection') ? [] : [['Connection', 'close'] as [string, string]]),
    ...(request.body && !names.has('content-length') && !names.has('transfer-encoding')
      ? [['Content-Length', String(request.body.length)] as [string, string]]
      : []),
    ...request.headers,
  ];
  const head = Buffer.concat([
    Buffer.from(`${request.method} ${request.target} HTTP/1.1\r\n`, 'latin1'),
    ...headers.flatMap(([name, value]) => [
      Buffer.from(`${name}: `, 'latin1'),
      typeof value === 'string' ? Buffer.from(value, 'latin1') : value,
      CRLF,
    ]),
    CRLF,
  ]);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let failure: Error | undefined;
    const timer = setTimeout(() => {
      failure = new Error(`no answer within ${timeoutMs} ms`);
      socket.destroy();
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    // A server that answers early and closes makes the rest of the write fail: the answer counts.
    socket.on('error', (error) => (failure ??= error));
    socket.on('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks);
      if (raw.indexOf('\r\n\r\n') >= 0) {
        try {
          resolve(parseAnswer(raw));
        } catch (error) {
          reject(error);
        }
      } else reject(failure ?? new Error('connection closed without an answer'));
    });
    socket.write(request.body ? Buffer.concat([head, request.body]) : head);
  });
}
