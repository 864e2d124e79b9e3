/**
 * Objekt status. Exempel: "Såld", "Till salu" & "Under intag"
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Common_Status
 */
export interface Status {
  /** Status id */
  id?: string | null;
  /** Namn på statusen */
  name?: string | null;
}
