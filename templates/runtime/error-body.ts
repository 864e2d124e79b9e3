/**
 * What an error response says. ASP.NET Web API writes `HttpError`:
 * `{"Message":"The request is invalid.","ModelState":{"notification.Header":["…"]}}` in JSON (member
 * names camelCased when the API camelCases its models), or the same in XML, which
 * `xml-error-body.ts` reads: it is passed in by a client that was given the XML codec, so this
 * module never loads an XML parser.
 */
import type { ValidationMessage } from './errors.js';
import { isRecord } from './values.js';

export interface ErrorBody {
  /** `Message` (with `ExceptionMessage` when the server includes it), or a short plain-text body. */
  readonly serverMessage: string | null;
  /** `ModelState` entries, or the message alone when there are none. */
  readonly messages: readonly ValidationMessage[];
}

const NONE: ErrorBody = { serverMessage: null, messages: [] };
const MAX_PLAIN_TEXT = 500;

/**
 * `readXml` reads an XML body (and throws when it is not XML); without it an XML body says nothing
 * beyond its status.
 */
export function readErrorBody(
  text: string,
  contentType: string | null,
  readXml?: (text: string) => ErrorBody,
): ErrorBody {
  const trimmed = text.trim();
  if (trimmed === '') return NONE;
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json') || /^[{"]/.test(trimmed)) {
    try {
      return fromJson(JSON.parse(trimmed));
    } catch {
      // Not JSON after all: read it as text below.
    }
  }
  if (readXml !== undefined && (type.includes('xml') || trimmed.startsWith('<'))) {
    try {
      return readXml(trimmed);
    } catch {
      // Not XML (an HTML error page, say): read it as text below.
    }
  }
  if (type.includes('html') || trimmed.startsWith('<') || trimmed.length > MAX_PLAIN_TEXT) return NONE;
  return errorBody(trimmed, null, []);
}

/** The body from `Message`, `ExceptionMessage` and the `ModelState` entries, whichever the server sent. */
export function errorBody(
  message: string | null,
  exception: string | null,
  modelState: ValidationMessage[],
): ErrorBody {
  const serverMessage =
    message === null ? exception : exception === null ? message : `${message} ${exception}`;
  const messages =
    modelState.length > 0 || serverMessage === null ? modelState : [{ field: null, message: serverMessage }];
  return { serverMessage, messages };
}

/** A member by name, ignoring case (Web API may camelCase `Message`/`ModelState`). */
function member(obj: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : obj[key];
}

function fromJson(body: unknown): ErrorBody {
  if (typeof body === 'string') return errorBody(body, null, []);
  if (!isRecord(body)) return NONE;
  const text = (name: string): string | null => {
    const v = member(body, name);
    return typeof v === 'string' ? v : null;
  };
  const modelState: ValidationMessage[] = [];
  const state = member(body, 'ModelState');
  if (isRecord(state)) {
    for (const [key, value] of Object.entries(state)) {
      const list: unknown[] = Array.isArray(value) ? value : [value];
      for (const m of list)
        if (typeof m === 'string') modelState.push({ field: key === '' ? null : key, message: m });
    }
  }
  return errorBody(text('Message'), text('ExceptionMessage'), modelState);
}
