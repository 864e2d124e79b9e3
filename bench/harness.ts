/**
 * The benchmark harness: warm-up runs (JIT, caches) that are thrown away, then timed runs, reported
 * as their median (robust on a shared, noisy machine) with min and max to show the spread.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

export interface MeasureOptions {
  /** Warm-up runs: at least this many, and more until `warmupMs` have passed. */
  warmup: number;
  /** Small cases need a few hundred runs before the JIT has settled; default 1500 ms. */
  warmupMs?: number;
  runs: number;
}

export interface Measurement {
  label: string;
  /** Milliseconds per run, in run order. */
  samples: number[];
  median: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// No forced collection between timed runs: it shrinks the heap, and the next run pays for regrowing it
// (measured: a 127-page parse took 2x as long). The memory child uses it to read what stays alive.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export function collectGarbage(): void {
  gc();
}

export async function measure(label: string, fn: () => unknown, options: MeasureOptions): Promise<Measurement> {
  return measureTimed(
    label,
    async () => {
      const start = performance.now();
      await fn();
      return performance.now() - start;
    },
    options,
  );
}

/** Like `measure`, for a job that times its own core (leaving out its setup): `fn` resolves to milliseconds. */
export async function measureTimed(
  label: string,
  fn: () => Promise<number>,
  options: MeasureOptions,
): Promise<Measurement> {
  const warmupEnd = performance.now() + (options.warmupMs ?? 1500);
  for (let i = 0; i < options.warmup || performance.now() < warmupEnd; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i += 1) samples.push(await fn());
  return { label, samples, median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

/** How many times slower `a` is than `b`, by medians. */
export function ratio(a: Measurement, b: Measurement): number {
  return a.median / b.median;
}

/**
 * Several jobs measured in turn (A B A B …) after each one's warm-up, so that load on a shared machine falls on
 * all of them alike: a ratio between two of them is then fair even when the absolute times are not.
 */
export async function measureInTurn<const J extends readonly { label: string; fn: () => unknown }[]>(
  jobs: J,
  options: MeasureOptions,
): Promise<{ [K in keyof J]: Measurement }> {
  const timed = async (fn: () => unknown): Promise<number> => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  for (const job of jobs) {
    const warmupEnd = performance.now() + (options.warmupMs ?? 1500);
    for (let i = 0; i < options.warmup || performance.now() < warmupEnd; i += 1) await timed(job.fn);
  }
  const samples = jobs.map((): number[] => []);
  for (let i = 0; i < options.runs; i += 1)
    for (const [j, job] of jobs.entries()) samples[j]!.push(await timed(job.fn));
  // A mapped tuple type cannot be built by `map`; the array has one measurement per job, in their order.
  return jobs.map((job, j) => ({
    label: job.label,
    samples: samples[j]!,
    median: median(samples[j]!),
    min: Math.min(...samples[j]!),
    max: Math.max(...samples[j]!),
  })) as { [K in keyof J]: Measurement };
}
