/** The bench's rusage hook reports a process's own peak memory, not what it inherited from the process that forked it. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const hook = path.resolve(import.meta.dirname, '../bench/rusage-hook.mjs');
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'vitec-rusage-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

it.runIf(process.platform === 'linux')('a small child of a 300 MB parent reports well under 300 MB', async () => {
  const out = path.join(tmp, 'rusage.json');
  // The parent touches 300 MB, then runs a child that does nothing under the hook.
  const parent = `
    const hog = Buffer.alloc(300 << 20, 1);
    require('node:child_process').execFileSync(process.execPath, ['--import', ${JSON.stringify(hook)}, '-e', '0'], {
      env: { ...process.env, VITEC_BENCH_RUSAGE: ${JSON.stringify(out)} },
    });
    process.stdout.write(String(hog.length));`;
  await promisify(execFile)(process.execPath, ['-e', parent]);
  const usage = JSON.parse(await readFile(out, 'utf8')) as { cpuMs: number; maxRssKb: number };
  expect(usage.maxRssKb).toBeGreaterThan(10_000);
  expect(usage.maxRssKb).toBeLessThan(150_000);
});
