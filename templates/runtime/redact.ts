/**
 * Keeps the credentials out of errors. Servers, proxies and debug pages echo request headers back
 * (in a body, a JSON `Message`, an HTML error page), and an error carries what the server said, so
 * every string an error holds is scrubbed of every form the runtime can know the secret in: the
 * Authorization value, its base64 token, the decoded `user:password`, and the password alone; each
 * also as JSON, URL and HTML escaping would write it.
 */
import { setOwn } from './values.js';

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
    return this.#scrub(err, 0, new Set()) as E;
  }

  /**
   * A string redacted; an error scrubbed in place (its own properties, then `stack`, which engines
   * may keep behind an accessor) and returned; an array or plain object copied when something in it
   * changed, else returned as it is; anything else as it is.
   */
  #scrub(value: unknown, depth: number, seen: Set<object>): unknown {
    if (typeof value === 'string') return this.text(value);
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH || seen.has(value)) return value;
    seen.add(value);
    if (value instanceof Error) {
      for (const key of Reflect.ownKeys(value)) {
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (descriptor === undefined || !('value' in descriptor)) continue;
        const scrubbed = this.#scrub(descriptor.value, depth + 1, seen);
        if (scrubbed === descriptor.value) continue;
        if (descriptor.configurable) Object.defineProperty(value, key, { ...descriptor, value: scrubbed });
        else if (descriptor.writable) (value as unknown as Record<PropertyKey, unknown>)[key] = scrubbed;
      }
      const stack = value.stack;
      if (typeof stack === 'string' && this.text(stack) !== stack) value.stack = this.text(stack);
      return value;
    }
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
      setOwn(copy, k, scrubbed);
    }
    return changed ? copy : value;
  }
}
