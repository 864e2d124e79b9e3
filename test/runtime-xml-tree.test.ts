/**
 * The Node XML entry's own parser (saxes into `xml-tree.ts`): what the codec reads through it that
 * a DOM would give, and the untyped content it writes back as an `XmlFragment`.
 */
import { describe, expect, it } from 'vitest';

import { XSI_NS } from '../templates/runtime/xml-codec.js';
import { saxesDom } from '../templates/runtime/xml-dom-node.js';
import { XmlFragment } from '../templates/runtime/xml-fragment.js';
import { readXml, writeXml } from '../templates/runtime/xml.js';
import { ref, USER_NS } from './runtime-fixture.js';

const Notification = ref('Notification');

describe('the Node XML tree', () => {
  it('keeps untyped content as elements that declare the namespaces they inherit, prefixes in values too', () => {
    const xml =
      `<Root xmlns="urn:d" xmlns:a="urn:a" xmlns:i="${XSI_NS}">` +
      `<a:X a:k="v&quot;" i:type="a:T">t &amp; &lt;u&gt;<![CDATA[<c>]]><Z/></a:X><Y xmlns="">y</Y></Root>`;
    const inherited = `xmlns:a="urn:a" xmlns:i="${XSI_NS}"`;
    const value = readXml(xml, { kind: 'unknown' });
    expect(value).toEqual(
      new XmlFragment([
        `<a:X ${inherited} xmlns="urn:d" a:k="v&quot;" i:type="a:T">t &amp; &lt;u&gt;&lt;c&gt;<Z/></a:X>`,
        `<Y ${inherited} xmlns="">y</Y>`,
      ]),
    );
    // Each element stands alone: it reads back with the same names, namespaces and text.
    const x = saxesDom.parse((value as XmlFragment).elements[0]!).documentElement!;
    expect([x.localName, x.lookupNamespaceURI('a'), x.getAttributeNS(XSI_NS, 'type'), x.textContent]).toEqual([
      'X',
      'urn:a',
      'a:T',
      't & <u><c>',
    ]);
  });

  it('reads text in document order across CDATA and character references', () => {
    const xml = `<Notification xmlns="${USER_NS}"><Header>a<![CDATA[<b>]]>&#229;&amp;</Header></Notification>`;
    expect(readXml(xml, Notification)).toEqual({ header: 'a<b>å&' });
  });

  it('writes back what it reads', () => {
    const value = { header: 'x & <y>', recipients: ['a', 'b'], sms: true };
    expect(readXml(writeXml(value, Notification), Notification)).toEqual(value);
  });

  it.each([
    ['an unbound prefix', `<u:Notification/>`],
    ['two roots', `<Notification/><Notification/>`],
    ['a mismatched close tag', `<Notification></Header>`],
  ])('refuses %s as not well-formed', (_, xml) => {
    expect(() => readXml(xml, Notification)).toThrow(/not well-formed XML/);
  });

  it('refuses a DOCTYPE in the parser too, not only before it', () => {
    expect(() => saxesDom.parse('<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>')).toThrow(/DOCTYPE is not allowed/);
  });
});
