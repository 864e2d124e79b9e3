import type { Image } from './image.js';

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=User_AccountType */
export type AccountType = 'BankAccount' | 'BankGiroAccount' | 'PlusGiroAccount';
/** The members of {@link AccountType}, by name. */
export const AccountType = {
  /**
   * Bankkonto
   *
   * Numeric value: 0.
   */
  BankAccount: 'BankAccount',
  /**
   * Bankgiro
   *
   * Numeric value: 1.
   */
  BankGiroAccount: 'BankGiroAccount',
  /**
   * Plusgiro
   *
   * Numeric value: 2.
   */
  PlusGiroAccount: 'PlusGiroAccount',
} as const;

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Focusarea-customerId-User-userId */
export interface FocusArea {
  /**
   * Id på område , saknas vid "Egenritade områden"
   *
   * The documentation links model `User_Area`, which has no page: typed `unknown`.
   */
  areas?: unknown[] | null;
  /**
   * Området som 2d-polygon i WGS84. Returneras enbart för "Egenritade Områden"
   *
   * The documentation links model `User_OwnSearchArea`, which has no page: typed `unknown`.
   */
  ownSearchArea?: unknown | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-User-Notify-customerId */
export interface Notification {
  /** Rubrik */
  header?: string | null;
  /** Meddelande */
  message?: string | null;
  /** SMS notifiering */
  sms?: boolean | null;
  /** Express notifiering */
  express?: boolean | null;
  /** Notifierings mottagare(userId) */
  recipients?: string[] | null;
}

/**
 * Användare
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=User_User
 */
export interface User {
  /** Arkiverad */
  archived?: boolean | null;
  /** Publik */
  public?: boolean | null;
  /** Användarid */
  userId?: string | null;
  /** Kontorsid */
  customerId?: string[] | null;
  /** Sorteringsnummer-OBS obsolete. Använd sorteringsnumret under CustomerIdsWithSortOrder istället */
  orderNumber?: number | null;
  /** Namn */
  userName?: string | null;
  /** Avdelning */
  department?: string | null;
  /** Kategori */
  category?: string | null;
  /** Titel */
  title?: string | null;
  /** Extra Titel */
  extraTitle?: string | null;
  /** Tillåt inloggning */
  allowLogOn?: boolean | null;
  /** Epostadress */
  emailAddress?: string | null;
  /** Telefonnummer */
  telePhone?: string | null;
  /** Mobilnummer */
  cellPhone?: string | null;
  /**
   * Telefonnummer direkt
   *
   * The documentation links model `User_DirectPhoneNumber`, which has no page: typed `unknown`.
   */
  directPhonenumbers?: unknown[] | null;
  /** Publikt telefonnummer */
  publicPhonenumber?: string | null;
  /** Talade språk */
  spokenLanguages?: string[] | null;
  /** Banknamn */
  bank?: string | null;
  /** Cleringnummer utfasad - finns i account */
  cleringNumber?: string | null;
  /** Konto */
  account?: string | null;
  /** Kontotyp */
  accountType?: AccountType | null;
  /** Ibannummer */
  iban?: string | null;
  /** Swiftnummer */
  swift?: string | null;
  /** Kommentar */
  comment?: string | null;
  /** Bild */
  image?: Image | null;
  /** Företag där användaren är publik */
  publishedOnOffice?: string[] | null;
  internalEmployeeNumber?: number | null;
  externalUserId?: string | null;
  /**
   * Kundid och sorteringnummer
   *
   * The documentation links model `User_CustomerIdWithOrderNumber`, which has no page: typed `unknown`.
   */
  customerIdsWithSortOrder?: unknown[] | null;
  /** Ändringsdatum */
  dateChanged?: string | null;
  /**
   * Underkontor som användaren är kopplad till
   *
   * The documentation links model `User_UserSubOffice`, which has no page: typed `unknown`.
   */
  subOffices?: unknown[] | null;
  /**
   * Kundomdömen
   *
   * The documentation links model `User_UserReview`, which has no page: typed `unknown`.
   */
  reviews?: unknown[] | null;
}
