/**
 * `HttpCore`: makes one operation's request with `fetch` and turns the answer into a value or a
 * typed `VitecError`. The generated operation functions call `call()` with the operation's spec.
 * It knows XML only through the `XmlCodec` a caller gives it, so a JSON client bundles no XML parser.
 *
 * Each attempt has its own timeout; idempotent methods are retried on passing failures, any method
 * on 429/503 (see retry.ts). The caller's signal cancels at once, also between attempts, and the
 * call then rejects with `signal.reason`. Credentials live only in the constructor's closure and
 * the Authorization header; what a server echoes of them is redacted from every error (redact.ts).
 * Bodies are read as a stream and never past `maxResponseBytes` (of an error, past 64 KB).
 *
 * The state is the constructor's local variables and the steps are functions inside it, not
 * private fields and methods: a bundler shortens local names but keeps every `this.#name`, and this
 * module is most of what a one-operation bundle weighs.
 */
import { encodeBase64Utf8 } from './base64.js';
import { CodecError } from './codec-error.js';
import { readErrorBody } from './error-body.js';
import {
  VitecError,
  VitecForbiddenError,
  VitecHttpError,
  VitecNetworkError,
  VitecNotFoundError,
  VitecRequestValidationError,
  VitecResponseError,
  VitecResponseTooLargeError,
  VitecServerError,
  VitecTimeoutError,
  VitecUnauthorizedError,
  VitecValidationError,
  type ErrorContext,
} from './errors.js';
import { fromJson, toJson } from './json-codec.js';
import type {
  ClientOptions,
  HeaderMap,
  HookContext,
  OperationSpec,
  RequestOptions,
  RequestValidator,
} from './operation.js';
import { Redactor } from './redact.js';
import { isRetryable, retryAfterMs, retryDelayMs, sleep, type Outcome } from './retry.js';
import { buildPath, type PathValue } from './url.js';

export interface CallArgs {
  /** Path parameter values in `pathParams` order. */
  readonly path: readonly PathValue[];
  /** Query values by their TS keys. */
  readonly query?: object;
  readonly body?: unknown;
}

const MEDIA_TYPES = { json: 'application/json', xml: 'application/xml' } as const;

interface Prepared {
  readonly url: string;
  readonly init: RequestInit;
}

// Sizes as literals, not `64 * 1024`: a bundler drops an unused literal, but keeps arithmetic under `ignoreAnnotations`.
/** Bytes of an error response that are kept (the rest is not read): 64 KiB. */
const ERROR_BODY_BYTES = 65_536;
/** Characters of a server's message that go into `err.message` (the body keeps more). */
const MAX_MESSAGE_CHARS = 2000;
/** 50 MiB. */
const DEFAULT_MAX_RESPONSE_BYTES = 52_428_800;
/** Headers only the SDK sets: the credentials (which redaction relies on) and the codec's format. */
const OWN_HEADERS: ReadonlySet<string> = new Set(['authorization', 'content-type']);

function callerHeaders(headers: HeaderMap | undefined, option: string): HeaderMap {
  if (headers === undefined) return {};
  if (typeof headers !== 'object' || headers === null)
    throw new TypeError(`${option} must be an object of header names to strings`);
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string') throw new TypeError(`${option}[${JSON.stringify(name)}] must be a string`);
    if (OWN_HEADERS.has(name.toLowerCase()))
      throw new TypeError(
        `${option} cannot set ${name}: the SDK sets it from the credentials and the format`,
      );
  }
  return headers;
}

function hook<T>(value: T | undefined, option: string): T | undefined {
  if (value !== undefined && typeof value !== 'function') throw new TypeError(`${option} must be a function`);
  return value;
}

function positive(value: unknown, name: string, unit = 'milliseconds'): number {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value))
    throw new TypeError(`${name} must be a positive number of ${unit}`);
  return value;
}

/**
 * The body's bytes, at most `limit` of them: null when it is longer (`truncate` false) or its first
 * `limit` bytes (`truncate` true). Reading stops there, so an endless body costs `limit` bytes.
 */
async function readLimited(response: Response, limit: number, truncate: boolean): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (!truncate && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.length > limit) {
      await reader.cancel().catch(() => undefined);
      if (!truncate) return null;
      chunks.push(value.subarray(0, limit - total));
      total = limit;
      break;
    }
    chunks.push(value);
    total += value.length;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The base URL without trailing slashes; refused when it holds credentials (they belong in username/password). */
function checkBaseUrl(baseUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new TypeError('baseUrl must be an absolute URL');
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new TypeError('baseUrl must not contain credentials: pass them as username and password');
  }
  return baseUrl.replace(/\/+$/, '');
}

/** Rejects with the signal's reason as soon as it aborts, even if `promise` ignores the signal. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/** `fetch failed (connect ECONNREFUSED 127.0.0.1:1)`: undici's own message says little without its cause. */
function reasons(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const inner = err.cause instanceof Error && err.cause.message !== '' ? ` (${err.cause.message})` : '';
  return `${err.message}${inner}`;
}

function wireFormat(contentType: string | null): 'json' | 'xml' | null {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('xml')) return 'xml';
  return null;
}

export class HttpCore {
  /** Makes `op`'s request with `args` and resolves to the decoded answer; rejects with a `VitecError`. */
  readonly call: <T>(op: OperationSpec, args: CallArgs, options?: RequestOptions) => Promise<T>;

  constructor(options: ClientOptions, defaults: { baseUrl: string; userAgent: string }) {
    const { username, password } = options;
    if (typeof username !== 'string' || username === '')
      throw new TypeError('username must be a non-empty string');
    if (typeof password !== 'string') throw new TypeError('password must be a string');
    const format = options.format ?? 'json';
    if (format !== 'json' && format !== 'xml') throw new TypeError("format must be 'json' or 'xml'");
    const xml = options.xml;
    if (xml !== undefined && (typeof xml !== 'object' || xml === null || typeof xml.read !== 'function'))
      throw new TypeError("xml must be the SDK's xmlCodec (import { xmlCodec } from '<sdk>/xml')");
    if (format === 'xml' && xml === undefined)
      throw new TypeError(
        "format 'xml' needs the XML codec: import { xmlCodec } from '<sdk>/xml' and pass xml: xmlCodec",
      );
    const retries = options.retries ?? 2;
    if (!Number.isInteger(retries) || retries < 0)
      throw new TypeError('retries must be a whole number, 0 or more');
    const maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
    if (typeof maxRetryDelayMs !== 'number' || !(maxRetryDelayMs >= 0))
      throw new TypeError('maxRetryDelayMs must be 0 or more');
    const baseUrl = checkBaseUrl(options.baseUrl ?? defaults.baseUrl);
    // Called through a closure: a detached `globalThis.fetch` throws "Illegal invocation" in browsers.
    const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const defaultTimeoutMs = positive(options.timeoutMs ?? 30_000, 'timeoutMs');
    const userAgent = options.userAgent ?? defaults.userAgent;
    const validate = options.validate;
    if (validate !== undefined && typeof validate !== 'function')
      throw new TypeError(
        "validate takes the SDK's validateValue (import { validateValue } from the SDK), not true",
      );
    const maxResponseBytes = positive(
      options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      'maxResponseBytes',
      'bytes',
    );
    const clientHeaders = callerHeaders(options.headers, 'headers');
    const onRequest = hook(options.onRequest, 'onRequest');
    const onResponse = hook(options.onResponse, 'onResponse');
    const token = encodeBase64Utf8(`${username}:${password}`);
    const authorization = `Basic ${token}`;
    const redactor = new Redactor(authorization, token, username, password);
    const mediaType = MEDIA_TYPES[format];

    /** URL, headers and body; a value that cannot be sent is a `VitecRequestValidationError`. */
    const prepare = (op: OperationSpec, args: CallArgs, callHeaders: HeaderMap): Prepared => {
      let url = `${baseUrl}/${op.path}`;
      try {
        url = buildPath(baseUrl, op, args.path);
        url += op.encodeQuery?.(op, args.query) ?? '';
        if (validate !== undefined) check(op, args, validate);
        const headers = new Headers({
          Accept: op.response?.kind === 'binary' ? `${mediaType}, */*` : mediaType,
          'User-Agent': userAgent,
        });
        // By name, whatever the case: a call's header replaces the client's, which replaces the SDK's default.
        for (const extra of [clientHeaders, callHeaders])
          for (const [name, value] of Object.entries(extra)) headers.set(name, value);
        headers.set('Authorization', authorization);
        const init: RequestInit = { method: op.method, headers };
        if (op.body !== null && args.body !== undefined && args.body !== null) {
          if (op.method === 'GET' || op.method === 'HEAD')
            throw new CodecError('body', `a ${op.method} request cannot carry a body`);
          headers.set('Content-Type', `${mediaType}; charset=utf-8`);
          init.body =
            xml !== undefined && format === 'xml'
              ? xml.write(args.body, op.body, 'body')
              : JSON.stringify(toJson(args.body, op.body, 'body'));
        }
        return { url, init };
      } catch (err) {
        if (!(err instanceof CodecError)) throw err;
        throw new VitecRequestValidationError(
          { status: 0, method: op.method, url, operationId: op.id },
          err.path,
          err.problem,
        );
      }
    };

    /**
     * One attempt: the response and its body's bytes, or a `VitecTimeoutError`, `VitecNetworkError`
     * or `VitecResponseTooLargeError` thrown (the caller decides which to retry).
     */
    const attempt = async (
      request: Prepared,
      timeoutMs: number,
      signal: AbortSignal | undefined,
      hookContext: HookContext,
      context: ErrorContext,
    ): Promise<{ readonly response: Response; readonly bytes: Uint8Array }> => {
      // Hooks run outside the network error handling: a hook's own error reaches the caller as it is.
      let hookError: { readonly error: unknown } | undefined;
      let outgoing: Request | undefined;
      if (onRequest !== undefined) {
        const original = new Request(request.url, request.init);
        outgoing = (await onRequest(original, hookContext)) ?? original;
      }
      const controller = new AbortController();
      let timedOut = false;
      const onAbort = (): void => controller.abort(signal!.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      let response: Response | undefined;
      try {
        response = await untilAborted(
          outgoing === undefined
            ? fetch(request.url, { ...request.init, signal: controller.signal })
            : fetch(outgoing, { signal: controller.signal }),
          controller.signal,
        );
        if (onResponse !== undefined) {
          try {
            response = (await onResponse(response, hookContext)) ?? response;
          } catch (err) {
            hookError = { error: err };
            throw err;
          }
        }
        // The body is read within the same timeout: a server that stalls mid-body is a timeout too.
        const bytes = await untilAborted(
          response.ok
            ? readLimited(response, maxResponseBytes, false)
            : readLimited(response, ERROR_BODY_BYTES, true),
          controller.signal,
        );
        if (bytes !== null) return { response, bytes };
        controller.abort();
      } catch (err) {
        if (hookError !== undefined) throw hookError.error;
        if (signal?.aborted) throw signal.reason;
        if (timedOut) throw new VitecTimeoutError(context, timeoutMs);
        throw new VitecNetworkError(`no response: ${reasons(err)}`, { ...context, cause: err });
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
      throw new VitecResponseTooLargeError({ ...context, status: response.status }, maxResponseBytes);
    };

    const decode = (
      op: OperationSpec,
      response: Response,
      bytes: Uint8Array,
      context: ErrorContext,
    ): unknown => {
      if (op.response === null) return undefined;
      const { status } = response;
      if (bytes.length === 0) {
        throw new VitecResponseError(`the ${status} response has an empty body, expected a value`, {
          ...context,
          status,
          body: '',
        });
      }
      const wire = wireFormat(response.headers.get('content-type'));
      // A file (image, PDF) comes as itself; only a JSON or XML answer carries bytes as base64.
      if (op.response.kind === 'binary' && wire === null) return bytes;
      const read = wire ?? format;
      const text = new TextDecoder().decode(bytes);
      try {
        if (read === 'json') return fromJson(JSON.parse(text), op.response);
        if (xml === undefined) throw new Error('this client was given no XML codec (the `xml` option)');
        return xml.read(text, op.response, 'response');
      } catch (err) {
        throw new VitecResponseError(
          `the ${status} response could not be read as ${read.toUpperCase()}: ${(err as Error).message}`,
          { ...context, status, body: redactor.truncated(text, ERROR_BODY_BYTES), cause: err },
        );
      }
    };

    const httpError = (response: Response, bytes: Uint8Array, base: ErrorContext): VitecError => {
      // The bytes may end mid-secret (the rest was never read): `truncated` drops such a tail.
      const cut = bytes.length >= ERROR_BODY_BYTES;
      const text = new TextDecoder().decode(bytes, { stream: cut });
      const body = redactor.truncated(text, ERROR_BODY_BYTES, cut);
      const { status } = response;
      const context: ErrorContext = { ...base, status, body };
      const parsed = readErrorBody(body, response.headers.get('content-type'), xml?.readError);
      if (status === 400) return new VitecValidationError(context, parsed.serverMessage, parsed.messages);
      const head = `${status}${response.statusText === '' ? '' : ` ${response.statusText}`}`;
      const server =
        parsed.serverMessage === null ? null : redactor.truncated(parsed.serverMessage, MAX_MESSAGE_CHARS);
      const message = server === null ? head : `${head}: ${server}`;
      const type =
        status === 401
          ? VitecUnauthorizedError
          : status === 403
            ? VitecForbiddenError
            : status === 404
              ? VitecNotFoundError
              : status >= 500
                ? VitecServerError
                : VitecHttpError;
      return new type(message, context);
    };

    const send = async <T>(op: OperationSpec, args: CallArgs, options: RequestOptions): Promise<T> => {
      const { signal } = options;
      if (signal?.aborted) throw signal.reason;
      const timeoutMs = positive(options.timeoutMs ?? defaultTimeoutMs, 'timeoutMs');
      const request = prepare(op, args, callerHeaders(options.headers, 'headers'));
      const context = { status: 0, method: op.method, url: request.url, operationId: op.id };
      for (let n = 0; ; n++) {
        let error: VitecError;
        let outcome: Outcome;
        let retryAfter: number | null = null;
        try {
          const { response, bytes } = await attempt(
            request,
            timeoutMs,
            signal,
            { operationId: op.id, attempt: n },
            context,
          );
          if (response.ok) return decode(op, response, bytes, context) as T;
          error = httpError(response, bytes, context);
          outcome = response.status;
          retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
        } catch (err) {
          // Only a missing answer is retried; a too-large body, a hook's error or a cancel end the call.
          if (err instanceof VitecTimeoutError) outcome = 'timeout';
          else if (err instanceof VitecNetworkError) outcome = 'network';
          else throw err;
          error = err;
        }
        if (n >= retries || !isRetryable(op.method, outcome)) throw error;
        await sleep(retryDelayMs(n, retryAfter, maxRetryDelayMs), signal);
      }
    };

    this.call = async <T>(op: OperationSpec, args: CallArgs, options: RequestOptions = {}): Promise<T> => {
      try {
        return await send<T>(op, args, options);
      } catch (err) {
        // Only our own errors: a cancelled call rejects with the caller's `signal.reason` untouched.
        throw err instanceof VitecError ? redactor.error(err) : err;
      }
    };
  }
}

function check(op: OperationSpec, args: CallArgs, validate: RequestValidator): void {
  const query = (args.query ?? {}) as Record<string, unknown>;
  for (const q of op.query) validate(query[q.name], q.type, `query.${q.name}`);
  if (op.body === null) return;
  if (args.body === undefined || args.body === null) throw new CodecError('body', 'is required');
  validate(args.body, op.body, 'body');
}
