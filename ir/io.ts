/** Reading and writing the IR as JSON: validated on the way in, stable on the way out. */
import { ApiIR, IR_VERSION } from './schema.js';

export class IrFormatError extends Error {
  override name = 'IrFormatError';
}

/** Parse and validate an IR document; `source` names the file or URL in error messages. */
export function parseIr(text: string, source: string): ApiIR {
  let data: unknown;
  try {
    // Editors on Windows save a UTF-8 BOM first; it is not part of the JSON.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
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
  rejectDuplicateIds(result.data.operations, 'operations', source);
  rejectDuplicateIds(result.data.types, 'types', source);
  return result.data;
}

/** Ids are how operations and types refer to each other, so two with one id make the IR ambiguous. */
function rejectDuplicateIds(items: readonly { id: string }[], field: string, source: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      throw new IrFormatError(
        `${source}: duplicate id ${JSON.stringify(item.id)} at ${field}.${first} and ${field}.${index}; expected each id in ${field} once`,
      );
    }
    seen.set(item.id, index);
  });
}

/** Serialise an IR: two-space JSON with a final newline (key order is the producer's, which is fixed). */
export function serializeIr(ir: ApiIR): string {
  return `${JSON.stringify(ir, null, 2)}\n`;
}
