/** @see https://connect.maklare.vitec.net/Help/Api/GET-IncreasedRequirement-customerId */
export interface IncreasedRequirementCollection {
  /** Kundnummer */
  customerId?: string | null;
  /**
   * Utökade krav
   *
   * The documentation links model `IncreasedRequirement_IncreasedRequirement`, which has no page: typed `unknown`.
   */
  increasedRequirements?: unknown[] | null;
}
