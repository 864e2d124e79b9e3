/**
 * The fast test tier as a developer runs it: `npm test` (type-check, prettier, lint and the unit and in-process
 * tests, at once), one whole run, against its target. One run only: it takes over a minute, and the bench as a
 * whole must stay under three. CPU is that of every process the run starts (Linux: the children's times in
 * /proc/self/stat, which grow when each finished child is reaped); elsewhere it is left out. The type-check,
 * prettier and eslint keep caches in node_modules/.cache (as a developer's repeated runs do; a fresh clone, as in
 * CI, has none): the line says which were there.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ms, type Section } from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_MS = 90_000;
const CACHES = {
  tsc: 'node_modules/.cache/tsc',
  eslint: 'node_modules/.cache/eslint',
  prettier: 'node_modules/.cache/prettier',
};

/** CPU milliseconds of this process's reaped children so far, or undefined where /proc is not there. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces, hence the last ')'): cutime and cstime, fields 16 and 17 of proc(5), in ticks of
    // 1/100 s (USER_HZ, which Linux fixes at 100 for this file).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

export async function benchTests(): Promise<Section> {
  // `npm run bench` sets npm_execpath to npm's own script; run that with this node, as `npm test` would run.
  const npm = process.env.npm_execpath;
  const [file, args] = npm ? [process.execPath, [npm, 'test']] : ['npm', ['test']];
  const warm = Object.entries(CACHES)
    .map(([name, dir]) => `${name} ${existsSync(path.join(ROOT, dir)) ? 'warm' : 'cold'}`)
    .join(', ');
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const failure = await new Promise<string | null>((resolve) => {
    execFile(file, args, { cwd: ROOT, maxBuffer: 256 << 20, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout) =>
      resolve(err ? `${err.message}\n${stdout.slice(-2000)}` : null),
    );
  });
  const wallMs = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  if (failure !== null) throw new Error(`bench: npm test failed, so its time says nothing:\n${failure}`);
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? '' : `, ${ms(cpuAfter - cpuBefore)} CPU`;
  return {
    title: 'Fast test tier (`npm test`, one whole run)',
    rows: [],
    notes: [
      `npm test: ${ms(wallMs)} wall${cpu}, caches ${warm} (target <= ${ms(TARGET_MS)}): ${wallMs <= TARGET_MS ? 'met' : 'MISSED'}`,
    ],
  };
}
