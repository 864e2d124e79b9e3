/** Running the CLI in this process, as a user would from the repository root, for the in-process CLI tests. */
import path from 'node:path';
import { vi } from 'vitest';

import { main } from '../cli/program.js';

export const root = path.resolve(import.meta.dirname, '..');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * The CLI in this process, as `vitec-codegen ...args` run from the repository root: what it writes to stdout and
 * stderr is captured and its exit code returned. The compiled binary as a subprocess is test/e2e/cli-process.test.ts.
 */
export async function cli(...args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array): boolean => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture(out));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture(err));
  const cwd = process.cwd();
  process.chdir(root);
  process.exitCode = undefined;
  try {
    const status = await main(args);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.exitCode = undefined;
    process.chdir(cwd);
    stdout.mockRestore();
    stderr.mockRestore();
  }
}
