/** @see https://connect.maklare.vitec.net/Help/Api/GET-CustomField-Get */
export interface CustomFields {
  /** Kund id */
  customerId?: string | null;
  /**
   * Lista av egendefinerade fält.
   *
   * The documentation links model `CustomField_Field`, which has no page: typed `unknown`.
   */
  fields?: unknown[] | null;
}
