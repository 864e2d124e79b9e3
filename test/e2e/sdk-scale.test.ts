/**
 * An API far larger than Vitec's in one place: an operation with 10,000 query keys. The emitted SDK
 * must still compile with declaration emit: one literal holding every operation's spec gave
 * TS7056 ("the inferred type of this node exceeds the maximum length the compiler will serialize").
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { emitSdk, generateTo } from '../../emitter/index.js';
import type { ApiIR, Parameter } from '../../ir/schema.js';
import { fixtureIr } from '../emitter-fixture.js';

const ROOT = path.resolve('generated-test-tmp');
const KEYS = 10000;
let parent = '';

function wideIr(): ApiIR {
  const base = fixtureIr();
  const notify = base.operations.find((o) => o.id === 'POST-User-Notify-customerId')!;
  const parameters: Parameter[] = Array.from({ length: KEYS }, (_, i) => ({
    name: `Filter${i}`,
    in: 'query',
    type: { kind: 'simple', name: i % 2 === 0 ? 'string' : 'integer' },
    required: false,
    constraints: {},
    description: '',
    notes: [],
  }));
  const wide = { ...notify, id: 'GET-User-Wide', method: 'GET' as const, path: 'User/Wide', body: null, parameters };
  return { ...base, operations: [...base.operations, wide].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

afterAll(async () => {
  if (parent !== '') await rm(parent, { recursive: true, force: true });
});

describe('an SDK with an operation of 10,000 query keys', () => {
  it('compiles under its own tsconfig with declaration emit', async () => {
    await mkdir(ROOT, { recursive: true });
    parent = await mkdtemp(path.join(ROOT, 'scale-'));
    const dir = path.join(parent, 'sdk');
    await generateTo(dir, emitSdk(wideIr()));
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(dir, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    )!;
    expect(config.options.declaration).toBe(true);
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    // Emitting (into memory) is what reports TS7056; type-checking alone does not.
    const emitted = program.emit(undefined, () => undefined);
    const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((d) =>
      `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`.slice(0, 200),
    );
    expect(problems).toEqual([]);
    const user = program.getSourceFile(path.join(dir, 'src/operations/user.ts'))!;
    expect(user.text).toContain('filter9999?: number;');
  });
});
