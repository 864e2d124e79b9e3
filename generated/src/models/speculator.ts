/** @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Speculator-customerId-contactId-Estate-estateId */
export interface SpeculatorRelation {
  /** Notering */
  note?: string | null;
  /** Status */
  status?: Speculator_Status | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Speculator_Status */
export type Speculator_Status =
  | 'JoinedBidding'
  | 'VeryInterested'
  | 'BeenOnShowing'
  | 'Interested'
  | 'Assigned'
  | 'NotInterested'
  | 'FollowingBidding';
/** The members of {@link Speculator_Status}, by name. */
export const Speculator_Status = {
  /**
   * Deltar i budgivningen
   *
   * Numeric value: 0.
   */
  JoinedBidding: 'JoinedBidding',
  /**
   * Mycket intresserad
   *
   * Numeric value: 1.
   */
  VeryInterested: 'VeryInterested',
  /**
   * Varit/kommer på visning
   *
   * Numeric value: 2.
   */
  BeenOnShowing: 'BeenOnShowing',
  /**
   * Intresserad
   *
   * Numeric value: 3.
   */
  Interested: 'Interested',
  /**
   * Anvisad
   *
   * Numeric value: 4.
   */
  Assigned: 'Assigned',
  /**
   * Ej intresserad
   *
   * Numeric value: 5.
   */
  NotInterested: 'NotInterested',
  /**
   * Följer budgivning
   *
   * Numeric value: 6.
   */
  FollowingBidding: 'FollowingBidding',
} as const;
