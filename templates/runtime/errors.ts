/**
 * The errors a call can end with. Every one is a `VitecError` carrying the HTTP status (0 when no
 * response was read), method, URL and operation id, so a caller can log it as is: none of them ever
 * holds the credentials (they travel only in the Authorization header, which no error keeps).
 *
 * Cancelling through `RequestOptions.signal` is not one of these: the call rejects with the
 * signal's own `reason` (a `DOMException` named `AbortError` unless the caller gave another), as
 * `fetch` and every other platform API do, so `err.name === 'AbortError'` checks keep working.
 */

/** Where a failure happened. */
export interface ErrorContext {
  /** HTTP status of the response; 0 when there was none. */
  readonly status: number;
  readonly method: string;
  /** The request URL (never with credentials). */
  readonly url: string;
  /** Help-page id of the operation, e.g. `POST-User-Notify-customerId`. */
  readonly operationId: string;
  /** The response body as text (at most its first 64 KB, credentials redacted), when a response was read. */
  readonly body?: string | undefined;
  readonly cause?: unknown;
}

// `declare` fields: assigned in the constructors, so no class-field definitions are emitted (smaller bundles).
export class VitecError extends Error {
  override name = 'VitecError';
  declare readonly status: number;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly operationId: string;
  /** The response body as text (at most its first 64 KB, credentials redacted); undefined when no response was read. */
  declare readonly body: string | undefined;

  constructor(message: string, context: ErrorContext) {
    super(
      `${message} (${context.method} ${context.url}, ${context.operationId})`,
      context.cause === undefined ? undefined : { cause: context.cause },
    );
    this.status = context.status;
    this.method = context.method;
    this.url = context.url;
    this.operationId = context.operationId;
    this.body = context.body;
  }
}

/** One complaint of a 400 answer; `field` is the ModelState key (`notification.Header`), null for the general message. */
export interface ValidationMessage {
  readonly field: string | null;
  readonly message: string;
}

/** 400: the API refused the request; `messages` are its validation messages. */
export class VitecValidationError extends VitecError {
  override name = 'VitecValidationError';
  /** The body's `Message` (e.g. `The request is invalid.`), when it had one. */
  declare readonly serverMessage: string | null;
  declare readonly messages: readonly ValidationMessage[];

  constructor(context: ErrorContext, serverMessage: string | null, messages: readonly ValidationMessage[]) {
    const listed = messages.map((m) => (m.field === null ? m.message : `${m.field}: ${m.message}`));
    super(`400 Bad Request${listed.length > 0 ? `: ${listed.join('; ')}` : ''}`, context);
    this.serverMessage = serverMessage;
    this.messages = messages;
  }
}

/** 401: the user name or password is wrong. */
export class VitecUnauthorizedError extends VitecError {
  override name = 'VitecUnauthorizedError';
}

/** 403: the credentials have no access to the data asked for. */
export class VitecForbiddenError extends VitecError {
  override name = 'VitecForbiddenError';
}

/** 404: no such resource. */
export class VitecNotFoundError extends VitecError {
  override name = 'VitecNotFoundError';
}

/** 5xx: the API failed (after any retries). */
export class VitecServerError extends VitecError {
  override name = 'VitecServerError';
}

/** Any other unsuccessful status (e.g. 429 after the last retry). */
export class VitecHttpError extends VitecError {
  override name = 'VitecHttpError';
}

/** No response: connection refused, reset, DNS failure, … (`cause` is what `fetch` threw). */
export class VitecNetworkError extends VitecError {
  override name = 'VitecNetworkError';
}

/** An attempt took longer than `timeoutMs` (the last one, when it was retried). */
export class VitecTimeoutError extends VitecError {
  override name = 'VitecTimeoutError';
  declare readonly timeoutMs: number;

  constructor(context: ErrorContext, timeoutMs: number) {
    super(`no response within ${timeoutMs} ms`, context);
    this.timeoutMs = timeoutMs;
  }
}

/** A successful status whose body is not what the operation returns: empty, or not readable as JSON/XML. */
export class VitecResponseError extends VitecError {
  override name = 'VitecResponseError';
}

/** The response body went past `maxResponseBytes`; reading stopped there and the connection was dropped. */
export class VitecResponseTooLargeError extends VitecError {
  override name = 'VitecResponseTooLargeError';
  declare readonly maxResponseBytes: number;

  constructor(context: ErrorContext, maxResponseBytes: number) {
    super(`the response body is larger than maxResponseBytes (${maxResponseBytes} bytes)`, context);
    this.maxResponseBytes = maxResponseBytes;
  }
}

/** Refused before sending: a missing path or required query value, or (with `validate: true`) a broken rule. */
export class VitecRequestValidationError extends VitecError {
  override name = 'VitecRequestValidationError';
  /** Path of the offending value: `customerId`, `query.pageSize`, `body.recipients[1]`. */
  declare readonly field: string;

  constructor(context: ErrorContext, field: string, problem: string) {
    super(`${field}: ${problem}`, context);
    this.field = field;
  }
}
