/** Reading and writing the IR as JSON: validated on the way in, stable on the way out. */
import { ApiIR, IR_VERSION } from './schema.js';

export class IrFormatError extends Error {
  override name = 'IrFormatError';
}

/** Parse and validate an IR document; `source` names the file or URL in error messages. */
export function parseIr(text: string, source: string): ApiIR {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new IrFormatError(`${source}: not JSON (${(err as Error).message})`);
  }
  const version = (data as { irVersion?: unknown } | null)?.irVersion;
  if (version !== IR_VERSION) {
    throw new IrFormatError(`${source}: expected irVersion ${IR_VERSION}, found ${JSON.stringify(version)}`);
  }
  const result = ApiIR.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new IrFormatError(`${source}: invalid IR at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

/** Serialise an IR: two-space JSON with a final newline (key order is the producer's, which is fixed). */
export function serializeIr(ir: ApiIR): string {
  return `${JSON.stringify(ir, null, 2)}\n`;
}
