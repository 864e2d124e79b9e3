import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { runtimeExports } from '../emitter/runtime-exports.js';
import * as runtime from '../templates/runtime/index.js';

describe('runtime public names', () => {
  it('the emitter reads exactly the values templates/runtime/index.ts exports', () => {
    expect([...runtimeExports().values].sort()).toEqual(Object.keys(runtime).sort());
  });

  it('lists every type-only re-export and no value among the types', () => {
    const { types, values } = runtimeExports();
    const source = readFileSync(new URL('../templates/runtime/index.ts', import.meta.url), 'utf8');
    expect(types).toEqual(expect.arrayContaining(['ClientOptions', 'RequestOptions', 'ValidationMessage', 'CallArgs']));
    for (const name of types) {
      expect(source).toMatch(new RegExp(`\\b${name}\\b`));
      expect(values).not.toContain(name);
      expect(Object.keys(runtime)).not.toContain(name);
    }
  });
});
