/**
 * Anteckning
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Note_Note
 */
export interface Note {
  /** Datum för anteckningen */
  date?: string | null;
  /** Användarid */
  userId?: string | null;
  /** Beskrivning */
  text?: string | null;
  /** Kontakt id */
  contactId?: string | null;
  /** Objekt id */
  estateId?: string | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/GET-Note-customerId-GetNotes */
export interface SimpleNote {
  /** Id */
  id?: string | null;
  /** Datum för anteckningen */
  date?: string | null;
  /** Användarid */
  userId?: string | null;
  /** Beskrivning */
  text?: string | null;
}
