/**
 * The committed OpenAPI export against Redocly CLI's recommended ruleset: 0 errors (the warnings
 * kept are listed in the README). Offline: telemetry and the update check are switched off.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

interface RedoclyProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
}

describe('generated/openapi.json under @redocly/cli lint (recommended)', () => {
  it('has no errors', async () => {
    const { stdout } = await run(
      'node_modules/.bin/redocly',
      ['lint', 'generated/openapi.json', '--format=json', '--max-problems=1000'],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const report = JSON.parse(stdout) as { problems: RedoclyProblem[] };
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message}`);
    expect(errors).toEqual([]);
    // The run really linted: the kept warnings (README) are there.
    expect(report.problems.some((p) => p.ruleId === 'no-invalid-media-type-examples')).toBe(true);
  });
});
