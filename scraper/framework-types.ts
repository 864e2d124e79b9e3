/**
 * Framework result types a Web API action may be declared with (`HttpResponseMessage`,
 * `IHttpActionResult`, `Task`). The Help Page then documents that type's own members (Version,
 * Content, StatusCode, …), which is not what the API sends: such a response is untyped.
 */
import type { TypeRef } from '../ir/schema.js';

/** Names no API model would take: matched whatever namespace or prefix the site's id rule adds. */
const HTTP_RESULT = /^(?:HttpResponseMessage|IHttpActionResult|HttpResponseMessageOf\w*)$/i;
/**
 * Names an API may well use for its own models (Vitec has `Task_Task`, a CRM task): framework types
 * only as the bare stock id or under a framework namespace (`System.Threading.Tasks.Task`).
 */
const GENERIC_RESULT = /^(?:Task|TaskOf\w*|IActionResult|ActionResult)$/i;
const FRAMEWORK_NAMESPACE = /^(?:System|Microsoft)\./;

/** The short name of a model id, whatever the site's rule: `System.Net.Http.HttpResponseMessage`, `Http_HttpResponseMessage`. */
function shortName(id: string): string {
  return id.split(/[._]/).at(-1) ?? id;
}

export function isFrameworkResult(id: string): boolean {
  if (HTTP_RESULT.test(shortName(id))) return true;
  return GENERIC_RESULT.test(id) || (FRAMEWORK_NAMESPACE.test(id) && GENERIC_RESULT.test(shortName(id)));
}

/** Media types that say the body is a file, not JSON or XML. */
const BINARY_MEDIA =
  /\b(?:application\/(?:octet-stream|pdf|zip|vnd\.[\w.+-]+)|image\/[\w.+-]+|audio\/[\w.+-]+|video\/[\w.+-]+)\b/i;

/**
 * The response type for a framework result: binary when the page's description or response
 * formats name a file media type, else unknown (the page documents no payload).
 */
export function untypedResponse(shown: string, pageText: string): TypeRef {
  return BINARY_MEDIA.test(pageText) ? { kind: 'binary' } : { kind: 'unknown', phrase: shown };
}
