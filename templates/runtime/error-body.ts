/**
 * What an error response says. ASP.NET Web API writes `HttpError`:
 * `{"Message":"The request is invalid.","ModelState":{"notification.Header":["…"]}}` in JSON (member
 * names camelCased when the API camelCases its models) or
 * `<Error><Message>…</Message><ModelState><notification.Header>…</notification.Header></ModelState></Error>`
 * in XML, where a key that is no XML name is encoded as `_xHHHH_`.
 */
import type { ValidationMessage } from './errors.js';
import { isRecord } from './values.js';
import { childElements, parseXml } from './xml-codec.js';

export interface ErrorBody {
  /** `Message` (with `ExceptionMessage` when the server includes it), or a short plain-text body. */
  readonly serverMessage: string | null;
  /** `ModelState` entries, or the message alone when there are none. */
  readonly messages: readonly ValidationMessage[];
}

const NONE: ErrorBody = { serverMessage: null, messages: [] };
const MAX_PLAIN_TEXT = 500;

export function readErrorBody(text: string, contentType: string | null): ErrorBody {
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
  if (type.includes('xml') || trimmed.startsWith('<')) {
    try {
      return fromXml(trimmed);
    } catch {
      // Not XML (an HTML error page, say): read it as text below.
    }
  }
  if (type.includes('html') || trimmed.startsWith('<') || trimmed.length > MAX_PLAIN_TEXT) return NONE;
  return withMessage(trimmed, null, []);
}

function withMessage(message: string | null, exception: string | null, modelState: ValidationMessage[]): ErrorBody {
  const serverMessage = message === null ? exception : exception === null ? message : `${message} ${exception}`;
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
  if (typeof body === 'string') return withMessage(body, null, []);
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
      for (const m of list) if (typeof m === 'string') modelState.push({ field: key === '' ? null : key, message: m });
    }
  }
  return withMessage(text('Message'), text('ExceptionMessage'), modelState);
}

/** `_x005B_` -> `[`: the encoding XmlConvert applies to characters an XML name cannot hold. */
function decodeXmlName(name: string): string {
  return name.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function fromXml(text: string): ErrorBody {
  const root = parseXml(text, 'error body').documentElement!;
  const children = childElements(root);
  const textOf = (name: string): string | null => children.find((c) => c.localName === name)?.textContent ?? null;
  const modelState: ValidationMessage[] = [];
  for (const state of children.filter((c) => c.localName === 'ModelState')) {
    for (const entry of childElements(state)) {
      const field = decodeXmlName(entry.localName ?? '');
      modelState.push({ field: field === '' ? null : field, message: entry.textContent ?? '' });
    }
  }
  return withMessage(textOf('Message'), textOf('ExceptionMessage'), modelState);
}
