/**
 * Path templates as the IR keeps them: `User/Notify/{customerId}`. The help pages may show Web
 * API route constraints and optional marks (`{id:int}`, `{x?}`); they are not part of the URL and
 * the IR drops them, so every stage sees bare `{name}` placeholders.
 */

const PLACEHOLDER = /\{([^}]*)\}/g;

function bareName(inner: string): string {
  return inner.split(':')[0]!.replace(/[?*]/g, '').trim();
}

/** `a/{id:int}/{x?}` -> `a/{id}/{x}`. */
export function normalisePathTemplate(template: string): string {
  return template.replace(PLACEHOLDER, (_, inner: string) => `{${bareName(inner)}}`);
}

/** Names of the placeholders of a template, in order, without route constraints or optional marks. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => bareName(m[1]!));
}
