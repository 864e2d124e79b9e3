/**
 * The emitted package compiles under its own strict tsconfig. It is written inside the repository
 * (`generated-test-tmp/`, git-ignored) so that its dependency `saxes` resolves from the root node_modules.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { escapeDoc } from '../../emitter/docs.js';
import { emitSdk, generateTo } from '../../emitter/index.js';
import { fixtureIr, HOSTILE_DOC } from '../emitter-fixture.js';
import { compile, report } from './support.js';

const ROOT = path.resolve('generated-test-tmp');
let dir = '';
let program: ts.Program;

beforeAll(async () => {
  await mkdir(ROOT, { recursive: true });
  const parent = await mkdtemp(path.join(ROOT, 'typecheck-'));
  dir = path.join(parent, 'sdk');
  await generateTo(dir, emitSdk(fixtureIr()));
  program = compile(path.join(dir, 'tsconfig.json'));
});

afterAll(async () => {
  if (dir !== '') await rm(path.dirname(dir), { recursive: true, force: true });
});

describe('the emitted SDK', () => {
  it('type-checks under strict', () => {
    expect(program.getCompilerOptions().strict).toBe(true);
    expect(report(ts.getPreEmitDiagnostics(program), dir)).toEqual([]);
  });

  it('keeps hostile doc text (comment end, backticks, ${…}) inside the JSDoc', () => {
    const source = program.getSourceFile(path.join(dir, 'src/models/crm.ts'))!;
    const iface = source.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'CrmContactSearchMatch',
    )!;
    const comment = ts
      .getJSDocCommentsAndTags(iface)
      .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
      .join('\n');
    expect(comment).toContain(escapeDoc(HOSTILE_DOC));
    // Unescaping the Markdown gives back the page's text.
    expect(comment.replace(/\\([/@])/g, '$1')).toContain(HOSTILE_DOC);
    // The interface still has all its members: nothing leaked out of the comment.
    expect(iface.members.map((m) => (m.name as ts.Identifier).text)).toEqual([
      'id',
      'status',
      'address',
      'tags',
      'legacy',
      'odd',
    ]);
  });

  it('gives client.user.notify the seed signature', () => {
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(path.join(dir, 'src/client/user.ts'))!;
    const cls = source.statements.find(
      (s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === 'UserApi',
    )!;
    const notify = cls.members.find(
      (m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && (m.name as ts.Identifier).text === 'notify',
    )!;
    const signature = checker.getSignatureFromDeclaration(notify)!;
    expect(checker.signatureToString(signature)).toBe(
      '(customerId: string, body: Notification, options?: RequestOptions | undefined): Promise<boolean>',
    );
  });
});

describe('the committed generated/ SDK', () => {
  it('type-checks under its own strict tsconfig', () => {
    const committed = compile(path.resolve('generated/tsconfig.json'));
    expect(committed.getRootFileNames().length).toBeGreaterThan(10);
    expect(report(ts.getPreEmitDiagnostics(committed), path.resolve('generated'))).toEqual([]);
  });
});
