/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Searchprofile_ShouldbeMatched */
export type ShouldbeMatched = 'Yes' | 'No' | 'NotAsked';
/** The members of {@link ShouldbeMatched}, by name. */
export const ShouldbeMatched = {
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
