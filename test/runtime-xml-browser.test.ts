/**
 * The browser XML codec (`xml-browser.ts`) reads with the platform's `DOMParser`/`XMLSerializer`.
 * Node has none, so these tests give it xmldom's under the global names: what is tested is the
 * codec's use of them (the DOCTYPE refusal before parsing, a `parsererror` document turned into an
 * error), not a browser's parser.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { xmlCodec } from '../templates/runtime/xml-browser.js';
import { notification, ref, USER_NS } from './runtime-fixture.js';
import { SEED_XML } from './seed-notify.js';

const Notification = ref('Notification');

describe('the browser XML codec', () => {
  beforeEach(() => {
    vi.stubGlobal('DOMParser', DOMParser);
    vi.stubGlobal('XMLSerializer', XMLSerializer);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reads and writes the seed Notify body with the platform DOM', () => {
    expect(xmlCodec.read(SEED_XML, Notification, 'response')).toEqual(notification);
    expect(xmlCodec.read(xmlCodec.write(notification, Notification, 'body'), Notification, 'response')).toEqual(
      notification,
    );
  });

  it('refuses a DOCTYPE before the platform parser sees it', () => {
    const parse = vi.fn();
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString = parse;
      },
    );
    const xml = `<!DOCTYPE Notification [<!ENTITY x "x">]><Notification xmlns="${USER_NS}"/>`;
    expect(() => xmlCodec.read(xml, Notification, 'response')).toThrow(/DOCTYPE is not allowed/);
    expect(parse).not.toHaveBeenCalled();
  });

  it("turns the platform's parsererror document into a not-well-formed error", () => {
    const errorDoc = new DOMParser().parseFromString('<parsererror>line 1: mismatched tag</parsererror>', 'text/xml');
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString = () => errorDoc;
      },
    );
    expect(() => xmlCodec.read('<Notification>', Notification, 'response')).toThrow(
      /not well-formed XML: line 1: mismatched tag/,
    );
  });

  it('reads an XML error body', () => {
    expect(xmlCodec.readError('<Error><Message>No such user.</Message></Error>').serverMessage).toBe('No such user.');
  });
});
