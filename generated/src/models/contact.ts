import type { Category } from './category.js';
import type { Address, Coordinate, Email } from './models.js';

/**
 * Sammlings klass av kontakter
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Contact_ContactCollection
 */
export interface ContactCollection {
  /** Kundid */
  customerId?: string | null;
  /** Lista av personkontakter */
  persons?: Person[] | null;
  /**
   * Lista av dödsbon
   *
   * The documentation links model `Contact_Estate`, which has no page: typed `unknown`.
   */
  estates?: unknown[] | null;
  /**
   * Lista av företagskontakter
   *
   * The documentation links model `Contact_Company`, which has no page: typed `unknown`.
   */
  companies?: unknown[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-Contacts-GetContactsSyncList */
export interface ContactCollectionForSyncList {
  /** Kund id */
  customerId?: string | null;
  /**
   * Lista av personkontakter
   *
   * The documentation links model `Contact_PersonForSyncList`, which has no page: typed `unknown`.
   */
  persons?: unknown[] | null;
  /**
   * Lista av företagskontakter
   *
   * The documentation links model `Contact_CompanyForSyncList`, which has no page: typed `unknown`.
   */
  companies?: unknown[] | null;
  /**
   * Lista av dödsbokontakter
   *
   * The documentation links model `Contact_EstateForSyncList`, which has no page: typed `unknown`.
   */
  estates?: unknown[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-Contacts-GetContacts */
export interface ContactCriteria {
  /**
   * Om kontakt id ska tillhöra en specifikt kontor
   *
   * @minLength 0
   * @maxLength 40
   */
  customerId?: string | null;
  /** Kontaktid */
  contactId?: string[] | null;
  /** Urval på användarid */
  userId?: string | null;
  /** Urval på kategorier */
  categories?: string[] | null;
  /** Urval på epostadress */
  emailAddresses?: string[] | null;
  /** Kontraktdatum från */
  contractDateFrom?: string | null;
  /** Kontraktdatum till */
  contractDateTo?: string | null;
  /** Visiningsdatum från */
  viewingDateFrom?: string | null;
  /** Visiningsdatum till */
  viewingDateTo?: string | null;
  /** Budgivningsdatum från */
  biddingDateFrom?: string | null;
  /** Budgivningsdatum till */
  biddingDateTo?: string | null;
  /** Skapatdatum från */
  createdDateFrom?: string | null;
  /** Skapatdatum till */
  createdDateTo?: string | null;
  /** Ändringsdatum från */
  changedDateFrom?: string | null;
  /** Ändringsdatum till */
  changedDateTo?: string | null;
  /** Från datum kopplad som säljare på objekt */
  sellerRelationDateFrom?: string | null;
  /** Till datum kopplad som säljare på objekt */
  sellerRelationDateTo?: string | null;
  /** Från datum kopplad som köpare på objekt */
  buyerRelationDateFrom?: string | null;
  /** Till datum kopplad som köpare på objekt */
  buyerRelationDateTo?: string | null;
  /**
   * Egendefinerat fält
   *
   * The documentation links model `CustomField_FieldValueCriteria`, which has no page: typed `unknown`.
   */
  customField?: unknown | null;
  /** Personnummer */
  socialSecurityNumber?: string | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/GET-Contacts-GetContactsWithPhonenumber */
export interface CustomerContactIds {
  /** Kundid */
  customerId?: string | null;
  /** Kontaktids */
  contactIds?: string[] | null;
}

/**
 * Personkontakt
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Contact_Person
 */
export interface Person {
  /**
   * Förnamn
   *
   * @minLength 0
   * @maxLength 30
   */
  firstName?: string | null;
  /**
   * Efternamn
   *
   * @minLength 0
   * @maxLength 30
   */
  lastName?: string | null;
  /**
   * Personnummer
   *
   * @minLength 0
   * @maxLength 15
   */
  socialSecurityNumber?: string | null;
  /**
   * Telefon bostad
   *
   * @minLength 0
   * @maxLength 17
   */
  telePhone?: string | null;
  /**
   * Telefon arbete
   *
   * @minLength 0
   * @maxLength 17
   */
  workPhone?: string | null;
  /**
   * Mobiltelefon
   *
   * @minLength 0
   * @maxLength 17
   */
  cellPhone?: string | null;
  /** GDPR informerad den */
  gdprApprovalDate?: string | null;
  /** Informerad via */
  obtainThrough?: string | null;
  /** Mäklarens id */
  brokerId?: string | null;
  /**
   * Kontakt id
   *
   * @minLength 0
   * @maxLength 40
   */
  contactId?: string | null;
  /**
   * Kundid
   *
   * @minLength 0
   * @maxLength 40
   */
  customerId: string;
  /**
   * Egendefinierade fält
   *
   * The documentation links model `CustomField_FieldValue`, which has no page: typed `unknown`.
   */
  customFields?: unknown[] | null;
  /** Kontaktkategori id */
  categories?: Category[] | null;
  /** Adress */
  address?: Address | null;
  /** Email */
  email?: Email | null;
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
  /** Skapad */
  createdAt?: string | null;
  /** Ändrad */
  changedAt?: string | null;
  /**
   * Önskemål
   *
   * The documentation links model `Interest_LookingForAccommodation`, which has no page: typed `unknown`.
   */
  lookingForAccommodation?: unknown[] | null;
  /**
   * Nuvarande boende
   *
   * The documentation links model `Interest_PresentAccommodation`, which has no page: typed `unknown`.
   */
  presentAccommodation?: unknown | null;
  /**
   * Objekt som kontakten köper
   *
   * The documentation links model `Contact_BuyerOnObject`, which has no page: typed `unknown`.
   */
  buyerOnObjects?: unknown[] | null;
  /**
   * Objekt som kontakten säljer
   *
   * The documentation links model `Contact_SellerOnObject`, which has no page: typed `unknown`.
   */
  sellerOnObjects?: unknown[] | null;
  /**
   * Objekt som kontakten är intreserad av
   *
   * The documentation links model `Contact_IntrestOnObject`, which has no page: typed `unknown`.
   */
  interestOnObjects?: unknown[] | null;
}
