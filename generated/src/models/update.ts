import type { Address, Coordinate, Email } from './models.js';
import type { Task } from './task.js';

/**
 * Informerad via
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Update_ObtainMethod
 */
export type ObtainMethod = 'Interest' | 'Phone' | 'Visit' | 'Agreement' | 'Other' | 'Email' | 'NotAsked';
/** The members of {@link ObtainMethod}, by name. */
export const ObtainMethod = {
  /**
   * Webformulär
   *
   * Numeric value: 0.
   */
  Interest: 'Interest',
  /**
   * Telefon
   *
   * Numeric value: 1.
   */
  Phone: 'Phone',
  /**
   * Besök
   *
   * Numeric value: 2.
   */
  Visit: 'Visit',
  /**
   * Avtal
   *
   * Numeric value: 3.
   */
  Agreement: 'Agreement',
  /**
   * Annat
   *
   * Numeric value: 4.
   */
  Other: 'Other',
  /**
   * Epost
   *
   * Numeric value: 5.
   */
  Email: 'Email',
  /**
   * Ej tillfrågad
   *
   * Numeric value: 6.
   */
  NotAsked: 'NotAsked',
} as const;

/** @see https://connect.maklare.vitec.net/Help/Api/POST-Contacts-UpdateCompany */
export interface UpdateCompany {
  /**
   * Företagsnamn
   *
   * tomsträng mellanslag eller null uppdaterar inte företagsnamnet
   *
   * @minLength 0
   * @maxLength 100
   */
  companyName?: string | null;
  /**
   * Organisationsnummer
   *
   * @minLength 0
   * @maxLength 20
   */
  corporateNumber?: string | null;
  /** Annat format/utländskt organisationsnummer */
  isForeignCorporateNumber?: boolean | null;
  /**
   * Hemsida
   *
   * @minLength 0
   * @maxLength 60
   */
  homePage?: string | null;
  /**
   * Telefon växel
   *
   * @minLength 0
   * @maxLength 17
   */
  switchPhone?: string | null;
  /**
   * Kontakt id
   *
   * @minLength 0
   * @maxLength 40
   */
  contactId?: string | null;
  /**
   * Kund Id
   *
   * @minLength 0
   * @maxLength 40
   */
  customerId: string;
  /** Kontaktkategori id */
  categoryIds?: string[] | null;
  /** Adress */
  address?: Address | null;
  /** Email */
  email?: Email | null;
  /** Användarid som kontakten ska kopplas till */
  userId?: string | null;
  /**
   * Telefon annat
   *
   * @minLength 0
   * @maxLength 17
   */
  otherPhone?: string | null;
  /** Önskar reklamutskick */
  wishAdvertising?: boolean | null;
  /** Anteckning */
  note?: string | null;
  /** Koordinater */
  coordinate?: Coordinate | null;
  /** Typad uppgift */
  task?: Task | null;
  /**
   * Egendefinerat fält
   *
   * The documentation links model `CustomField_FieldValueCriteria`, which has no page: typed `unknown`.
   */
  customField?: unknown | null;
  /** Antal lead score stjärnor */
  leadScore?: number | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-Contacts-UpdatePerson */
export interface UpdatePerson {
  /**
   * Förnamn
   *
   * tomsträng mellanslag eller null uppdaterar inte förnamnet
   *
   * @minLength 0
   * @maxLength 30
   */
  firstName?: string | null;
  /**
   * Efternamn
   *
   * tomsträng mellanslag eller null uppdaterar inte namnet
   *
   * @minLength 0
   * @maxLength 30
   */
  lastName?: string | null;
  /**
   * Personnummer
   *
   * @minLength 0
   * @maxLength 20
   */
  socialSecurityNumber?: string | null;
  /** Annat format/utländskt personnummer */
  isForeignSocialSecurityNumber?: boolean | null;
  /**
   * Telefon bostad
   *
   * Epostadress, telefonnummer (bostad eller arbete) eller mobilnummer måste anges.
   *
   * @minLength 0
   * @maxLength 17
   */
  telePhone?: string | null;
  /**
   * Telefon arbete
   *
   * Epostadress, telefonnummer (bostad eller arbete) eller mobilnummer måste anges.
   *
   * @minLength 0
   * @maxLength 17
   */
  workPhone?: string | null;
  /**
   * Mobiltelefon
   *
   * Epostadress, telefonnummer (bostad eller arbete) eller mobilnummer måste anges.
   *
   * @minLength 0
   * @maxLength 17
   */
  cellPhone?: string | null;
  /** PUL-Godkännande */
  approval?: boolean | null;
  /** PUL-Godkännande datum */
  approvalDate?: string | null;
  /** GDPR informerad den */
  gdprApprovalDate?: string | null;
  /** Informerad via */
  obtainThrough?: ObtainMethod | null;
  /**
   * Kontakt id
   *
   * @minLength 0
   * @maxLength 40
   */
  contactId?: string | null;
  /**
   * Kund Id
   *
   * @minLength 0
   * @maxLength 40
   */
  customerId: string;
  /** Kontaktkategori id */
  categoryIds?: string[] | null;
  /** Adress */
  address?: Address | null;
  /** Email */
  email?: Email | null;
  /** Användarid som kontakten ska kopplas till */
  userId?: string | null;
  /**
   * Telefon annat
   *
   * @minLength 0
   * @maxLength 17
   */
  otherPhone?: string | null;
  /** Önskar reklamutskick */
  wishAdvertising?: boolean | null;
  /** Anteckning */
  note?: string | null;
  /** Koordinater */
  coordinate?: Coordinate | null;
  /** Typad uppgift */
  task?: Task | null;
  /**
   * Egendefinerat fält
   *
   * The documentation links model `CustomField_FieldValueCriteria`, which has no page: typed `unknown`.
   */
  customField?: unknown | null;
  /** Antal lead score stjärnor */
  leadScore?: number | null;
}
