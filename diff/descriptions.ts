/** Documentation changes, reported only when asked for (`DiffOptions.descriptions`). */
import type { Change, ChangeLocation } from './change.js';

/** One `description-changed` per field whose text differs; `subject` names the owner in the message. */
export function describedChanges(
  location: ChangeLocation,
  subject: string,
  fields: readonly (readonly [string, string, string])[],
): Change[] {
  return fields
    .filter(([, before, after]) => before !== after)
    .map(([field, before, after]) => ({
      id: 'description-changed',
      level: 'info',
      location,
      message: `${subject}: ${field} changed.`,
      before,
      after,
    }));
}
