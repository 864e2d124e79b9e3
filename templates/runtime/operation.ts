/**
 * What the generated code tells the runtime about each operation (`src/operations/<group>.ts` holds
 * one `OperationSpec` per operation, beside its function) and the options a caller passes.
 */
import type { ErrorBody } from './error-body.js';
import type { TypeDesc } from './schema.js';

/**
 * DataContract XML, given to a client that uses it (the SDK's `/xml` entry exports `xmlCodec`):
 * a client without one never loads an XML parser. Each function throws a `CodecError` on a value or
 * document it cannot handle; `readError` throws on text that is not XML.
 */
export interface XmlCodec {
  readonly write: (value: unknown, type: TypeDesc, path: string) => string;
  readonly read: (text: string, type: TypeDesc, path: string) => unknown;
  readonly readError: (text: string) => ErrorBody;
}

/** Headers a caller may add; `Authorization` and `Content-Type` stay the SDK's (credentials, codec). */
export type HeaderMap = Readonly<Record<string, string>>;

/** What a hook is told about the attempt it sees. */
export interface HookContext {
  /** Help-page id of the operation, e.g. 'POST-User-Notify-customerId'. */
  readonly operationId: string;
  /** 0 for the first attempt, 1 for the first retry, and so on. */
  readonly attempt: number;
}

/** Sees each request before it is sent (every attempt); may return a replacement, e.g. a signed copy. */
export type RequestHook = (
  request: Request,
  context: HookContext,
) => Request | undefined | void | Promise<Request | undefined | void>;

/** Sees each response before its body is read; may return a replacement. */
export type ResponseHook = (
  response: Response,
  context: HookContext,
) => Response | undefined | void | Promise<Response | undefined | void>;

/** Throws a `CodecError` for the first value under `path` that breaks a documented rule. */
export type RequestValidator = (value: unknown, type: TypeDesc, path: string) => void;

export interface ClientOptions {
  username: string;
  password: string;
  /** Default: the API origin the SDK was generated for. */
  baseUrl?: string | undefined;
  /** Wire format of bodies; default 'json'. 'xml' needs `xml`. */
  format?: 'json' | 'xml' | undefined;
  /**
   * The XML codec (`import { xmlCodec } from '<sdk>/xml'`): needed for `format: 'xml'`, and lets a
   * JSON client read an XML answer or error body too. Without it an XML answer is a `VitecResponseError`.
   */
  xml?: XmlCodec | undefined;
  /** Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Per attempt; default 30000. */
  timeoutMs?: number | undefined;
  /** Extra attempts (idempotent methods on network errors, timeouts, 502/503/504; any method on 429/503); default 2. */
  retries?: number | undefined;
  /** Longest wait between attempts, whether from backoff or from `Retry-After`; default 30000. */
  maxRetryDelayMs?: number | undefined;
  /** Sent as `User-Agent` where the platform lets a script set it (browsers may not). */
  userAgent?: string | undefined;
  /**
   * Most bytes read from a successful response; a longer body ends in `VitecResponseTooLargeError`
   * as soon as it passes the limit. Default 50 MB. (Of an error response the first 64 KB are kept.)
   */
  maxResponseBytes?: number | undefined;
  /**
   * Check query and body values against the documented rules before sending: pass the SDK's
   * `validateValue` (`validate: validateValue`). A function rather than `true`, so that a client that
   * does not validate bundles no validator.
   */
  validate?: RequestValidator | undefined;
  /** Sent with every request; `RequestOptions.headers` of a call override them by name. */
  headers?: HeaderMap | undefined;
  onRequest?: RequestHook | undefined;
  onResponse?: ResponseHook | undefined;
}

export interface RequestOptions {
  /** Cancels the call; it then rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
  /** Overrides `ClientOptions.timeoutMs` for this call. */
  timeoutMs?: number | undefined;
  /** Sent with this call, over `ClientOptions.headers` of the same name. */
  headers?: HeaderMap | undefined;
}

export interface QueryParamSpec {
  /** Key in the query object the caller passes (camelCase). */
  readonly name: string;
  /** Key in the query string. */
  readonly wire: string;
  readonly type: TypeDesc;
  readonly required: boolean;
  /** A list sent with indexed keys (`ids[0]=a&ids[1]=b`) instead of repeated keys (`ids=a&ids=b`). */
  readonly indexed?: true;
}

/** `buildQuery` (url.ts): the query string (`?a=1&b=x`, or '') of `query`'s values under `op`'s specs. */
export type QueryEncoder = (op: OperationSpec, query: object | undefined) => string;

export interface OperationSpec {
  /** Help-page id, e.g. 'POST-User-Notify-customerId'. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';
  /** Path template relative to the base URL, e.g. 'User/Notify/{customerId}'. */
  readonly path: string;
  /** Placeholder names in path order. */
  readonly pathParams: readonly string[];
  readonly query: readonly QueryParamSpec[];
  /**
   * `buildQuery`, on the spec of every operation with query parameters and only there (the emitter
   * writes it so, and a test holds it): a bundle of operations without any holds no query code.
   */
  readonly encodeQuery?: QueryEncoder;
  readonly body: TypeDesc | null;
  /** Null: no body expected (the call resolves to undefined). */
  readonly response: TypeDesc | null;
}
