/**
 * The committed OpenAPI export against Redocly CLI's recommended ruleset and Spectral's `spectral:oas`
 * (`.spectral.yaml`): 0 errors under both (the warnings kept are listed in the README). Offline:
 * Redocly's telemetry and update check are switched off; Spectral's ruleset is built in.
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
    expect(report.problems.some((p) => p.ruleId === 'no-ambiguous-paths')).toBe(true);
  });
});

/** Spectral's JSON output: severity 0 is an error, 1 a warning. */
interface SpectralResult {
  code: string;
  severity: number;
  message: string;
  path: (string | number)[];
}

describe('generated/openapi.json under @stoplight/spectral-cli lint (spectral:oas)', () => {
  it('has no errors', async () => {
    // Spectral exits 1 when it finds errors; the report on stdout says which.
    const { stdout } = await run(
      'node_modules/.bin/spectral',
      ['lint', 'generated/openapi.json', '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet'],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const results = JSON.parse(stdout) as SpectralResult[];
    const errors = results.filter((r) => r.severity === 0).map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
    expect(errors).toEqual([]);
    // The run really linted: the kept warnings (README) are there.
    expect(results.some((r) => r.code === 'operation-description')).toBe(true);
  });
});
