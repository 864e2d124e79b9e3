/** @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-search-SocialNumber */
export interface Search_CrmContactSearchList {
  /** Kontakter som matchats */
  matches?: Search_CrmContactSearchMatch[] | null;
}

/**
 * Matchad kontakt vid sökning
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Search_CrmContactSearchMatch
 */
export interface Search_CrmContactSearchMatch {
  /** Kontaktid */
  id?: string | null;
  /** Senast ändrad */
  changedAt?: string | null;
  /** Kund-id */
  customerId?: string | null;
  /**
   * Typ av kontakt till person,företag ,bostadsrättsförening eller bostad
   *
   * The documentation links model `Search_ContactClassType`, which has no page: typed `unknown`.
   */
  contactClassTypes?: unknown[] | null;
}
