/** Full generation time: IR -> SDK files (ts-morph printing and prettier) plus the OpenAPI document, 1x and enlarged. */
import { emitSdk } from '../emitter/index.js';
import type { ApiIR } from '../ir/schema.js';
import { serializeOpenApi, toOpenApi } from '../openapi/index.js';
import { measure, ratio } from './harness.js';
import { perSecond, times, type Section } from './report.js';

async function generate(ir: ApiIR): Promise<number> {
  const files = await emitSdk(ir);
  return files.size + serializeOpenApi(toOpenApi(ir)).length;
}

export async function benchGenerate(ir: ApiIR, enlargedIr: ApiIR, factor: number): Promise<Section> {
  const n1 = ir.operations.length;
  const nx = enlargedIr.operations.length;
  const openapi1 = await measure(`toOpenApi + serialize, 1x (${n1} ops)`, () => serializeOpenApi(toOpenApi(ir)), {
    warmup: 2,
    runs: 9,
  });
  const full1 = await measure(`emitSdk + OpenAPI, 1x (${n1} ops)`, () => generate(ir), { warmup: 1, runs: 5 });
  const openapiX = await measure(
    `toOpenApi + serialize, ${factor}x (${nx} ops)`,
    () => serializeOpenApi(toOpenApi(enlargedIr)),
    { warmup: 2, runs: 9 },
  );
  // The 1x runs just warmed the same code; a 10x warm-up would add seconds and change nothing.
  const fullX = await measure(`emitSdk + OpenAPI, ${factor}x (${nx} ops)`, () => generate(enlargedIr), {
    warmup: 0,
    warmupMs: 0,
    runs: 3,
  });
  return {
    title: 'Full generation (IR -> SDK files incl. prettier, and openapi.json)',
    rows: [
      { measurement: openapi1, rate: perSecond(n1, 'ops', openapi1) },
      { measurement: full1, rate: perSecond(n1, 'ops', full1) },
      { measurement: openapiX, rate: perSecond(nx, 'ops', openapiX) },
      { measurement: fullX, rate: perSecond(nx, 'ops', fullX) },
    ],
    notes: [
      `linearity: full ${factor}x / 1x = ${times(ratio(fullX, full1))}, OpenAPI alone ${times(ratio(openapiX, openapi1))} (linear = ${factor}.00x)`,
      `OpenAPI share of the full generation: 1x ${((openapi1.median / full1.median) * 100).toFixed(0)}%, ${factor}x ${((openapiX.median / fullX.median) * 100).toFixed(0)}%`,
    ],
  };
}
