/**
 * One GET, as the crawler needs it: status, headers and the decoded body as a stream of chunks,
 * redirects not followed. Two ways to send it: `node:http(s)` with its global keep-alive agents
 * (the default), or a `fetch` the caller hands in. The default asks for and decodes what Node's
 * `fetch` does (the same Accept and Accept-Encoding, gzip/deflate/br decoded alike), without the
 * WHATWG Request, Response and web-stream objects around every request, which were the largest
 * part of the crawler's own cost per page on a fast server, and without loading undici (fetch's
 * engine, or the undici package: ~50-100 ms more before the first request).
 */
import http from 'node:http';
import https from 'node:https';
import { pipeline, Transform, type Readable } from 'node:stream';
import zlib from 'node:zlib';

export interface HttpAnswer {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  /** The body, content-decoded; null when there is none. */
  body: AsyncIterable<Uint8Array> | null;
  /** Stop reading the body (it is over a limit) and let the connection go. */
  cancel(): Promise<void>;
}

export type HttpGet = (url: string, headers: Record<string, string>, signal: AbortSignal) => Promise<HttpAnswer>;

/** A caller's `fetch`: it decodes bodies itself. */
export function getWithFetch(fetchFn: typeof fetch): HttpGet {
  return async (url, headers, signal) => {
    const res = await fetchFn(url, { headers, redirect: 'manual', signal });
    const reader = res.body?.getReader();
    return {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
      body: reader === undefined ? null : chunksOf(reader),
      cancel: async () => reader?.cancel(),
    };
  };
}

async function* chunksOf(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncGenerator<Uint8Array> {
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** Codings fetch decodes, as it does; any other coding leaves the body as it came. */
const DECODERS: Record<string, () => Transform> = {
  gzip: gunzip,
  'x-gzip': gunzip,
  deflate: () => new InflateEither(),
  br: () =>
    zlib.createBrotliDecompress({
      flush: zlib.constants.BROTLI_OPERATION_FLUSH,
      finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
    }),
};
/** As fetch: more codings than this is an attack on the decoder, not a page. */
const MAX_CODINGS = 5;

export const getWithNodeHttp: HttpGet = (url, headers, signal) => {
  const secure = url.startsWith('https:');
  // What fetch sends besides the caller's headers; Brotli only over TLS, as fetch asks for it.
  const encodings = secure ? 'br, gzip, deflate' : 'gzip, deflate';
  return new Promise<HttpAnswer>((resolve, reject) => {
    const req = (secure ? https : http).get(
      url,
      { headers: { accept: '*/*', 'accept-encoding': encodings, ...headers }, signal },
      (res) => {
        const fields = headerFields(res.rawHeaders);
        const get = (name: string): string | null => fields.get(name) ?? null;
        const status = res.statusCode ?? 0;
        let body: Readable | null = null;
        if (status === 204 || status === 304) res.resume();
        else body = decoded(res, get('content-encoding'));
        resolve({
          status,
          statusText: res.statusMessage ?? '',
          headers: { get },
          body,
          cancel: () => {
            res.destroy();
            return Promise.resolve();
          },
        });
      },
    );
    req.on('error', reject);
  });
};

/** Header fields by lowercased name, repeats joined with `, ` as the Headers class joins them (Node keeps only the first of some). */
function headerFields(raw: string[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const before = fields.get(name);
    fields.set(name, before === undefined ? raw[i + 1]! : `${before}, ${raw[i + 1]!}`);
  }
  return fields;
}

function decoded(body: Readable, contentEncoding: string | null): Readable {
  const codings = contentEncoding === null ? [] : contentEncoding.toLowerCase().split(',');
  if (codings.length > MAX_CODINGS) {
    body.destroy();
    throw new Error(`too many content-encodings in response: ${codings.length}, maximum allowed is ${MAX_CODINGS}`);
  }
  const decoders: Transform[] = [];
  for (const coding of codings.reverse()) {
    const make = DECODERS[coding.trim()];
    // An unknown coding anywhere: the body as it came, as fetch hands it over.
    if (make === undefined) return body;
    decoders.push(make());
  }
  if (decoders.length === 0) return body;
  // The error reaches the reader through the last stream; the callback only keeps pipeline quiet.
  return pipeline([body, ...decoders], () => undefined) as unknown as Readable;
}

function gunzip(): Transform {
  // Lenient like fetch (and curl): a body cut short still yields what it decoded.
  return zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
}

/** `deflate` as servers send it: zlib-wrapped as the standard says, or raw as some do; the first byte tells. */
class InflateEither extends Transform {
  private inflate: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.inflate === null) {
      if (chunk.length === 0) return done();
      const options = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
      const inflate = (chunk[0]! & 0x0f) === 0x08 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
      inflate.on('data', (data: Buffer) => this.push(data));
      inflate.on('error', (error) => this.destroy(error));
      this.inflate = inflate;
    }
    this.inflate.write(chunk, done);
  }

  override _flush(done: (error?: Error | null) => void): void {
    if (this.inflate === null) return done();
    this.inflate.once('end', () => done());
    this.inflate.end();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.inflate?.destroy();
    done(error);
  }
}
