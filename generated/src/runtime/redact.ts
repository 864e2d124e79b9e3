/**
 * Keeps the credentials out of errors. Servers, proxies and debug pages echo request headers back
 * (in a body, a JSON `Message`, an HTML error page), and an error carries what the server said, so
 * every string an error holds is scrubbed of every form the runtime can know the secret in: the
 * Authorization value, its base64 token, the decoded `user:password`, and the password alone; each
 * also as JSON, URL and HTML escaping would write it.
 */

export const REDACTED = '[REDACTED]';

/** A password shorter than this is not replaced on its own (it would blank out ordinary words). */
const MIN_SECRET_LENGTH = 4;

/** Nesting walked inside an error (causes of causes, arrays, plain objects). */
const MAX_DEPTH = 8;

function escapedForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const jsonAscii = json.replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const html = secret
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return [secret, json, jsonAscii, html, encodeURIComponent(secret)];
}

export class Redactor {
  /** Longest first, so `Basic <token>` goes whole rather than leaving `Basic `. */
  readonly #forms: readonly string[];

  constructor(authorization: string, token: string, username: string, password: string) {
    const secrets = [authorization, token, `${username}:${password}`];
    if (password.length >= MIN_SECRET_LENGTH) secrets.push(password);
    const forms = new Set(secrets.flatMap(escapedForms).filter((f) => f.length >= MIN_SECRET_LENGTH));
    this.#forms = [...forms].sort((a, b) => b.length - a.length);
  }

  text(value: string): string {
    let out = value;
    for (const form of this.#forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out;
  }

  /**
   * `text` cut at `max` characters. A cut (here, or `wasCut` when the caller stopped reading) may
   * split a secret whose rest is gone, so a trailing piece that starts one of the secret forms goes too.
   */
  truncated(value: string, max: number, wasCut = false): string {
    const clean = this.text(value);
    if (clean.length <= max && !wasCut) return clean;
    let cut = clean.slice(0, max);
    for (const form of this.#forms) {
      for (let k = Math.min(form.length - 1, cut.length); k >= MIN_SECRET_LENGTH; k--) {
        if (cut.endsWith(form.slice(0, k))) {
          cut = cut.slice(0, cut.length - k);
          break;
        }
      }
    }
    return `${cut}…`;
  }

  /** Scrubs `err` in place (message, stack, every own property, the `cause` chain) and returns it. */
  error<E extends Error>(err: E): E {
    this.#scrubError(err, 0, new Set());
    return err;
  }

  #scrubError(err: Error, depth: number, seen: Set<object>): void {
    if (seen.has(err) || depth > MAX_DEPTH) return;
    seen.add(err);
    for (const key of Reflect.ownKeys(err)) {
      const descriptor = Object.getOwnPropertyDescriptor(err, key);
      if (descriptor === undefined || !('value' in descriptor)) continue;
      const value = this.#scrub(descriptor.value, depth + 1, seen);
      if (value === descriptor.value) continue;
      if (descriptor.configurable) Object.defineProperty(err, key, { ...descriptor, value });
      else if (descriptor.writable) (err as unknown as Record<PropertyKey, unknown>)[key] = value;
    }
    // Engines that keep `stack` behind an accessor were not reached above.
    const stack = err.stack;
    if (typeof stack === 'string' && this.text(stack) !== stack) err.stack = this.text(stack);
  }

  #scrub(value: unknown, depth: number, seen: Set<object>): unknown {
    if (typeof value === 'string') return this.text(value);
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
    if (value instanceof Error) {
      this.#scrubError(value, depth, seen);
      return value;
    }
    if (seen.has(value)) return value;
    seen.add(value);
    if (Array.isArray(value)) {
      const items: unknown[] = value.map((v: unknown) => this.#scrub(v, depth + 1, seen));
      return items.every((v, i) => v === value[i]) ? value : items;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    let changed = false;
    const copy: Record<string, unknown> = Object.create(proto) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) {
      const scrubbed = this.#scrub(v, depth + 1, seen);
      if (scrubbed !== v) changed = true;
      Object.defineProperty(copy, k, {
        value: scrubbed,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return changed ? copy : value;
  }
}
