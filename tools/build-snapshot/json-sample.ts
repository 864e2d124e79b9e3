/**
 * JSON samples parsed without losing what `JSON.parse` drops: key order is kept (it is anyway) and
 * numbers keep their source text, because `1.0` (a decimal) and `1` (an int) serialize differently
 * in XML.
 */

export type JsonNode =
  | { kind: 'object'; entries: [string, JsonNode][] }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; raw: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' };

export class JsonSampleError extends Error {
  override name = 'JsonSampleError';
}

export function parseJsonSample(text: string, where: string): JsonNode {
  let i = 0;
  const fail = (expected: string): never => {
    throw new JsonSampleError(
      `${where}: JSON sample: expected ${expected} at offset ${i}, found ${JSON.stringify(text.slice(i, i + 20))}`,
    );
  };
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const str = (): string => {
    const m = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(i));
    if (!m) return fail('a string');
    i += m[0].length;
    return JSON.parse(m[0]) as string;
  };
  const value = (): JsonNode => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: [string, JsonNode][] = [];
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', entries };
      }
      for (;;) {
        ws();
        const key = str();
        ws();
        if (text[i] !== ':') fail('":"');
        i++;
        entries.push([key, value()]);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return { kind: 'object', entries };
        } else fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', items };
      }
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return { kind: 'array', items };
        } else fail('"," or "]"');
      }
    }
    if (c === '"') return { kind: 'string', value: str() };
    for (const [word, node] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return node;
      }
    }
    const m = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) return fail('a JSON value');
    i += m[0].length;
    return { kind: 'number', raw: m[0] };
  };
  const result = value();
  ws();
  if (i !== text.length) fail('the end of the sample');
  return result;
}
