/**
 * A real HTTP server on 127.0.0.1 (port 0) for the HttpCore tests: it records every request and
 * answers the n-th one with the n-th scripted handler (the last one repeats).
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  readonly method: string;
  /** Path and query as sent. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export type Handler = (req: Recorded, res: ServerResponse) => void;

/** Answer with a status, optional headers and a body. */
export function reply(status: number, body: string | Uint8Array = '', headers: Record<string, string> = {}): Handler {
  return (_, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

/** Never answer (the test's timeout or abort ends the request). */
export const hang: Handler = () => undefined;

/** Drop the connection without an answer. */
export const drop: Handler = (_, res) => res.socket?.destroy();

export class TestServer {
  readonly requests: Recorded[] = [];
  #handlers: Handler[] = [reply(200)];
  readonly #server: Server;
  /** Responses handed to handlers, to cut those a test left unfinished. */
  readonly #open = new Set<ServerResponse>();
  baseUrl = '';

  private constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const recorded: Recorded = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.requests.push(recorded);
        this.#open.add(res);
        res.on('finish', () => this.#open.delete(res));
        const handler = this.#handlers[Math.min(this.requests.length, this.#handlers.length) - 1]!;
        handler(recorded, res);
      });
    });
  }

  static async start(): Promise<TestServer> {
    const server = new TestServer();
    await new Promise<void>((resolve) => server.#server.listen(0, '127.0.0.1', resolve));
    server.baseUrl = `http://127.0.0.1:${(server.#server.address() as AddressInfo).port}`;
    return server;
  }

  /** Forget earlier requests and answer the next ones with `handlers` in turn. */
  script(...handlers: Handler[]): void {
    this.requests.length = 0;
    this.#handlers = handlers;
    // Answers left hanging by the previous test must not linger; idle keep-alive connections stay
    // (closing them races with the client reusing them).
    for (const res of this.#open) res.socket?.destroy();
    this.#open.clear();
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve, reject) => this.#server.close((err) => (err ? reject(err) : resolve())));
  }
}
