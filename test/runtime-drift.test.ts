/**
 * The SDK runtime ships on its own, so it keeps copies of a few rules the generator holds in ir/.
 * These tests run the same inputs through both and expect the same outputs, so a change to one
 * copy that is not made to the other fails here.
 */
import { describe, expect, it } from 'vitest';

import { ARRAYS_NS, GENERIC_NS, isXmlName, PRIMITIVE_XML_NAMES, SERIALIZATION_NS, XSI_NS } from '../ir/dotnet.js';
import { SimpleName } from '../ir/schema.js';
import * as runtimeXml from '../templates/runtime/xml-codec.js';

describe('runtime copies agree with ir/', () => {
  it.each(SimpleName.options)('XML element name of simple type %s', (name) => {
    expect(runtimeXml.XSD_NAMES[name]).toBe(PRIMITIVE_XML_NAMES[name]);
  });

  it('the runtime names no simple type ir/ does not know', () => {
    expect(Object.keys(runtimeXml.XSD_NAMES).sort()).toEqual([...SimpleName.options].sort());
  });

  it('XML element names: the same verdict for every BMP character first and after a letter, and for odd names', () => {
    const differing: string[] = [];
    // Bounded: each of the 65,536 code units (lone surrogates included) at both positions.
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      for (const name of [c, `a${c}`]) if (runtimeXml.isXmlName(name) !== isXmlName(name)) differing.push(name);
    }
    for (const name of ['', 'Åsa', '1st', '_x0031_st', 'a:b', '𐀀x', 'x𐀀', 'Köp-datum', '"quoted"'])
      if (runtimeXml.isXmlName(name) !== isXmlName(name)) differing.push(name);
    expect(differing).toEqual([]);
    expect(isXmlName('Åsa') && !isXmlName('1st')).toBe(true);
  });

  it('DataContract namespaces', () => {
    expect([runtimeXml.XSI_NS, runtimeXml.SERIALIZATION_NS, runtimeXml.ARRAYS_NS, runtimeXml.GENERIC_NS]).toEqual([
      XSI_NS,
      SERIALIZATION_NS,
      ARRAYS_NS,
      GENERIC_NS,
    ]);
  });
});
