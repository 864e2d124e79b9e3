/**
 * Sparar ett enkätsvar som visar hur nöjd en kund utifrån rollen som visningsdeltagare, säljare eller köpare var med handläggarens arbete.
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=CustomerSatisfaction_CustomerSatisfactionSurvey
 */
export interface CustomerSatisfactionSurvey {
  /** Datum då enkäten utfördes eller datum då kunden träffade handläggaren. Om värdet utelämnas kommer dagens datum användas. Datumet används i periodeiseringen för beräkningen av nyckeltal för en handläggare eller ett kontor. */
  reportDate?: string | null;
  /**
   * Id på kunden som lämnar enkätsvaret.
   *
   * Id för kontakten som lämnar enkätsvaret måste anges
   */
  contactId?: string | null;
  /**
   * Anger om enkätsvaret skall behandlas anonymt eller ej. Om enkätsvaret är anonymt visas det inte på kontaktkortet i systemet, men kommer ändå att ligga till grund för beräkning av nyckeltal för handläggaren.
   *
   * Ange om enkätsvaret skall behandlas anonymt eller ej
   */
  isAnonymous?: boolean | null;
  /** Id på handläggare som enkätsvaret avser. Om värdet utelämnas antas svaret avse ansvarig handläggare på bostaden. */
  agentId?: string | null;
  /**
   * Anger om kunden som svarade på enkäten är visningsdeltagare, säljare eller köpare.
   *
   * Ange om kunden som svarade på enkäten är köpare, säljare eller visningsdeltagare
   *
   * The documentation links model `CustomerSatisfaction_SurveyParticipantRole`, which has no page: typed `unknown`.
   */
  participantRole?: unknown | null;
  /**
   * Resultat på enkätsvaret, dvs det värde som angavs i enkäten.
   *
   * Ett värde mellan 0 och 100 måste anges för enkätsvaret.
   */
  result?: number | null;
  /**
   * Beräknat värde utifrån enkätsvaret. Om enkätsvaret konverteras till annan skala anges det konverterade värdet, annars anges enkätsvaret även i detta fält. Om systemet INTE skall användas för att beräkna nyckeltal utifrån enkäter utelämnas fältet.
   *
   * The documentation links model `CustomerSatisfaction_CalculatedResult`, which has no page: typed `unknown`.
   */
  calculatedResult?: unknown | null;
}
