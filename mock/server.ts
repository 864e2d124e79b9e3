/**
 * A mock of the documented API that answers every operation with the sample its help page shows,
 * in JSON or DataContract XML as the request asks: so an integration can be tested without Vitec
 * credentials, XML included. Stoplight Prism serves the JSON samples of `openapi.json` too, but not
 * XML: it rejects every XML request body (it validates the text as the JSON value of the schema) and
 * answers XML with its own `<xml>` rendering of a JSON value, neither what DataContract writes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import type { ApiIR, Operation } from '../ir/schema.js';
import { matchRoute, mockRoutes } from './routes.js';

type Format = 'json' | 'xml';

/** A request body larger than this is refused (413); the mock reads no body it does not need whole. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

const CONTENT_TYPE: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

function formatOf(mediaType: string): Format | null {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  if (/[/+]json$/.test(type)) return 'json';
  if (/[/+]xml$/.test(type)) return 'xml';
  return null;
}

/**
 * The format to answer in: the first JSON or XML type the `Accept` header lists, else the request
 * body's, else JSON (ASP.NET's first formatter).
 */
export function answerFormat(accept: string | undefined, contentType: string | undefined): Format {
  for (const type of (accept ?? '').split(',')) {
    const format = formatOf(type);
    if (format !== null) return format;
  }
  return (contentType === undefined ? null : formatOf(contentType)) ?? 'json';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An ASP.NET `HttpError` body, as the API answers errors: `{"Message": …}` or `<Error><Message>…`. */
function sendError(res: ServerResponse, status: number, format: Format, message: string): void {
  const body =
    format === 'json'
      ? JSON.stringify({ Message: message })
      : `<Error><Message>${escapeXml(message)}</Message></Error>`;
  res.writeHead(status, { 'Content-Type': CONTENT_TYPE[format] }).end(body);
}

/** Reads (and drops) the request body; false when it is over the limit, which ends the request. */
async function drainBody(req: IncomingMessage): Promise<boolean> {
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return false;
  }
  return true;
}

function answer(op: Operation, format: Format, res: ServerResponse): void {
  if (op.response.type === null) {
    res.writeHead(200).end();
    return;
  }
  const sample = op.responseSamples.find((s) => s.format === format && s.text !== null);
  if (sample?.text == null) {
    sendError(res, 501, format, `The help page of ${op.method} ${op.path} shows no ${format.toUpperCase()} sample.`);
    return;
  }
  res.writeHead(200, { 'Content-Type': CONTENT_TYPE[format] }).end(sample.text);
}

/**
 * The mock as a `node:http` server (not yet listening). Every request needs Basic credentials, any
 * will do (401 otherwise, as the API answers); bodies are not checked against their types.
 */
export function createMockServer(ir: ApiIR): Server {
  const routes = mockRoutes(ir.operations);
  return createServer((req, res) => {
    const format = answerFormat(req.headers.accept, req.headers['content-type']);
    void drainBody(req).then(
      (complete) => {
        if (!complete) {
          sendError(res.setHeader('Connection', 'close'), 413, format, 'The request body is too large.');
          return;
        }
        const url = new URL(req.url ?? '/', 'http://mock.invalid');
        if (!/^Basic \S+/i.test(req.headers.authorization ?? '')) {
          res.setHeader('WWW-Authenticate', 'Basic');
          sendError(res, 401, format, 'Authorization has been denied for this request.');
          return;
        }
        const op = matchRoute(routes, req.method ?? 'GET', url.pathname, url.searchParams);
        if (op === null) {
          sendError(res, 404, format, `No HTTP resource was found that matches the request URI '${url.pathname}'.`);
          return;
        }
        answer(op, format, res);
      },
      () => res.destroy(),
    );
  });
}
