/**
 * A real HTTP server on 127.0.0.1 (port 0) for the HttpCore and SDK tests: it records every request
 * and answers the n-th one with the n-th scripted handler (the last one repeats).
 *
 * Each `script` starts a new run with its own path prefix in `baseUrl` (`/t3`), and a request under
 * another prefix is cut unanswered and unrecorded: a request a test gave up on (a timeout, an abort, a
 * retry still waiting) can reach the server late, under load after the next test began, and must not
 * take that test's answers or show in its requests. Recorded URLs leave the prefix out.
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
  #origin = '';
  #run = 0;

  private constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = this.#ownPath(req.url ?? '');
        if (url === null) {
          res.destroy();
          return;
        }
        const recorded: Recorded = {
          method: req.method ?? '',
          url,
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
    server.#origin = `http://127.0.0.1:${(server.#server.address() as AddressInfo).port}`;
    return server;
  }

  /** Where this run's requests go: read it after `script`, as a client made before points at the last run. */
  get baseUrl(): string {
    return `${this.#origin}${this.#prefix()}`;
  }

  #prefix(): string {
    return `/t${this.#run}`;
  }

  /** The request's path and query without this run's prefix, or null for another run's request. */
  #ownPath(url: string): string | null {
    const prefix = this.#prefix();
    if (!url.startsWith(prefix)) return null;
    const rest = url.slice(prefix.length);
    if (rest === '' || rest.startsWith('?')) return `/${rest}`;
    return rest.startsWith('/') ? rest : null;
  }

  /** Start a new run: forget earlier requests and answer the next ones with `handlers` in turn. */
  script(...handlers: Handler[]): void {
    this.#run += 1;
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
