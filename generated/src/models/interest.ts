/**
 * Ska matchas/bevakas
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Interest_MatchingWatched
 */
export type MatchingWatched = 'Yes' | 'No' | 'NotAsked';
/** The members of {@link MatchingWatched}, by name. */
export const MatchingWatched = {
  /**
   * Ja
   *
   * Numeric value: 0.
   */
  Yes: 'Yes',
  /**
   * Nej
   *
   * Numeric value: 1.
   */
  No: 'No',
  /**
   * Ej tillfrågad
   *
   * Numeric value: 2.
   */
  NotAsked: 'NotAsked',
} as const;
