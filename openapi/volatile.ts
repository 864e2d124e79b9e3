/**
 * The help site makes up sample values on every page load (`DateTime.Now`, `Guid.NewGuid()`), so two
 * crawls of an unchanged API show different dates and GUIDs. The export pins them to fixed values
 * of the same shape, so that an unchanged API gives a byte-identical document.
 */

/** ISO 8601 date-times as the API writes them: optional fraction, optional offset or `Z`. */
const DATE_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?/g;
const GUID = /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g;

export const PINNED_GUID = '00000000-0000-0000-0000-000000000000';

/** The sample text with every date-time and GUID replaced by a fixed one of the same form. */
export function pinVolatileValues(text: string): string {
  return text
    .replace(DATE_TIME, (_all, fraction: string | undefined, zone: string | undefined) => {
      const digits = fraction === undefined ? '' : `.${'0'.repeat(fraction.length - 1)}`;
      return `2000-01-01T00:00:00${digits}${zone === undefined ? '' : zone === 'Z' ? 'Z' : '+01:00'}`;
    })
    .replace(GUID, PINNED_GUID);
}
