import type { Category } from './category.js';
import type { MatchingWatched } from './interest.js';
import type { ContactType, Email, Wgs84Coordinate } from './models.js';
import type { ShouldbeMatched } from './searchprofile.js';

/** @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Officegroups-customerId */
export interface OfficeGroup {
  /** Kontorsgruppid */
  id?: string | null;
  /** Namn */
  name?: string | null;
  /**
   * Användare
   *
   * The documentation links model `CRM_Office`, which has no page: typed `unknown`.
   */
  offices?: unknown[] | null;
}

/**
 * Telefonnummer
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_CompanyTelephoneNumbers
 */
export interface CompanyTelephoneNumbers {
  /**
   * Telefon växel
   *
   * @minLength 0
   * @maxLength 17
   */
  switch?: string | null;
  /**
   * Övrig telefonnummer
   *
   * @minLength 0
   * @maxLength 17
   */
  other?: string | null;
}

/**
 * Företagskontakt
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_CrmCompanyContact
 */
export interface CrmCompanyContact {
  /** Kontakttyp (Person, företag eller dödsbo) */
  type?: ContactType | null;
  /**
   * Företagsnamn
   *
   * @minLength 0
   * @maxLength 100
   */
  name?: string | null;
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
  /** Telefonnummer */
  telephone?: CompanyTelephoneNumbers | null;
  /** Antal lead score stjärnor */
  leadScore?: number | null;
  /**
   * Kontakt id
   *
   * @minLength 0
   * @maxLength 40
   */
  id?: string | null;
  /**
   * Kund-id
   *
   * @minLength 0
   * @maxLength 40
   */
  customerId: string;
  /** Mäklarens id */
  agentId?: string | null;
  /** Adress */
  address?: CrmContactAddress | null;
  /** Email */
  email?: Email | null;
  /** Reklamutskick tillåts */
  advertisingEnabled?: boolean | null;
  /** Anteckning */
  note?: string | null;
  /** Kategorier */
  categories?: Category[] | null;
  /** Skapad */
  createdAt?: string | null;
  /** Ändrad */
  changedAt?: string | null;
}

/**
 * Addressuppgifter för en kontakt
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_CrmContactAddress
 */
export interface CrmContactAddress {
  /**
   * Gatuadress
   *
   * @minLength 0
   * @maxLength 68
   */
  streetAddress?: string | null;
  /**
   * Postnummer
   *
   * @minLength 0
   * @maxLength 15
   */
  zipCode?: string | null;
  /**
   * Postort
   *
   * @minLength 0
   * @maxLength 25
   */
  city?: string | null;
  /**
   * Landskod
   *
   * @minLength 0
   * @maxLength 2
   */
  countryCode?: string | null;
  /** WGS84-koordinater för adressen */
  wgs84Coordinate?: Wgs84Coordinate | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-contactId-objectLeadType-contactLeadType-logLeadType-outgoingLeadType-Lead */
export interface CrmContactLead {
  /** KontaktId */
  contactId?: string | null;
  /** Lista med info om leads */
  leads?: CrmLead[] | null;
}

/**
 * Lista över matchade kontakter
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_CrmContactList
 */
export interface CrmContactList {
  /** Personer som matchats */
  persons?: CrmContactReference[] | null;
  /** Företag som matchats */
  companies?: CrmContactReference[] | null;
  /** Dödsbon som matchats */
  deceasedEstates?: CrmContactReference[] | null;
}

/**
 * Kontaktreferens
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_CrmContactReference
 */
export interface CrmContactReference {
  /** Kontaktid */
  id?: string | null;
  /** Senast ändrad */
  changedAt?: string | null;
  /** Kund-id */
  customerId?: string | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-Search */
export interface CrmContactSearchList {
  /** Personer som matchats */
  matches?: CrmContactSearchMatch[] | null;
}

/**
 * Matchad kontakt vid sökning
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_CrmContactSearchMatch
 */
export interface CrmContactSearchMatch {
  /** Kontaktid */
  id?: string | null;
  /** Senast ändrad */
  changedAt?: string | null;
  /** Kund-id */
  customerId?: string | null;
  /**
   * Typ av kontakt
   *
   * The documentation links model `Crm_ContactClassType`, which has no page: typed `unknown`.
   */
  type?: unknown | null;
  /** Hur bra matchningen träffade söktermen. Här kan ni behöver experimentera med vilken score som ni kräver */
  score?: number | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-contactId-Searching */
export interface CrmContactSearching {
  shouldBeMatched?: ShouldbeMatched | null;
}

/**
 * Dödsbo kontakt
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_CrmDeceasedEstateContact
 */
export interface CrmDeceasedEstateContact {
  /** Kontakttyp (Person, företag eller dödsbo) */
  type?: ContactType | null;
  /**
   * Namn
   *
   * @minLength 0
   * @maxLength 30
   */
  name?: string | null;
  /**
   * Personnummer
   *
   * @minLength 0
   * @maxLength 20
   */
  socialSecurityNumber?: string | null;
  /** Annat format/utländskt personnummer */
  isForeignIdSocialSecurityNumber?: boolean | null;
  /** Telefonnummer */
  telephone?: PersonTelephoneNumbers | null;
  /**
   * Kontakt id
   *
   * @minLength 0
   * @maxLength 40
   */
  id?: string | null;
  /**
   * Kund-id
   *
   * @minLength 0
   * @maxLength 40
   */
  customerId: string;
  /** Mäklarens id */
  agentId?: string | null;
  /** Adress */
  address?: CrmContactAddress | null;
  /** Email */
  email?: Email | null;
  /** Reklamutskick tillåts */
  advertisingEnabled?: boolean | null;
  /** Anteckning */
  note?: string | null;
  /** Kategorier */
  categories?: Category[] | null;
  /** Skapad */
  createdAt?: string | null;
  /** Ändrad */
  changedAt?: string | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_CrmLead */
export interface CrmLead {
  /** Lead id */
  id?: string | null;
  /** Skapad */
  createdAt?: string | null;
  /**
   * LeadType
   *
   * The documentation links model `Crm_CrmLeadType`, which has no page: typed `unknown`.
   */
  leadType?: unknown | null;
  /** LeadType id */
  leadTypeId?: string | null;
}

/**
 * Personkontakt
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_CrmPersonContact
 */
export interface CrmPersonContact {
  /** Kontakttyp (Person, företag eller dödsbo) */
  type?: ContactType | null;
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
   * @maxLength 20
   */
  socialSecurityNumber?: string | null;
  /** Annat format/utländskt personnummer */
  isForeignSocialSecurityNumber?: boolean | null;
  /** Födelsedatum */
  dateOfBirth?: string | null;
  /** Telefonnummer */
  telephone?: PersonTelephoneNumbers | null;
  /** Antal lead score stjärnor */
  leadScore?: number | null;
  /** Ska matchas/bevakas */
  wantsToBeMatched?: MatchingWatched | null;
  /** Senast uppdaterad angående matchning */
  matchingChangedAt?: string | null;
  /** Avliden */
  isDeceased?: boolean | null;
  /** Är kopplad till företag */
  isCompanyPerson?: boolean | null;
  /** GDPR informerad den */
  gdprApprovalDate?: string | null;
  /**
   * Kontakt id
   *
   * @minLength 0
   * @maxLength 40
   */
  id?: string | null;
  /**
   * Kund-id
   *
   * @minLength 0
   * @maxLength 40
   */
  customerId: string;
  /** Mäklarens id */
  agentId?: string | null;
  /** Adress */
  address?: CrmContactAddress | null;
  /** Email */
  email?: Email | null;
  /** Reklamutskick tillåts */
  advertisingEnabled?: boolean | null;
  /** Anteckning */
  note?: string | null;
  /** Kategorier */
  categories?: Category[] | null;
  /** Skapad */
  createdAt?: string | null;
  /** Ändrad */
  changedAt?: string | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-contactId-NewAddress */
export interface CrmPersonNewAddress {
  /**
   * Gatuadress
   *
   * @minLength 0
   * @maxLength 68
   */
  streetAddress?: string | null;
  /**
   * Postnummer
   *
   * @minLength 0
   * @maxLength 15
   */
  zipCode?: string | null;
  /**
   * Postort
   *
   * @minLength 0
   * @maxLength 25
   */
  city?: string | null;
  /**
   * Landskod
   *
   * @minLength 0
   * @maxLength 2
   */
  countryCode?: string | null;
  newAddressFrom?: string | null;
  /** The documentation links model `Crm_NewAddressType`, which has no page: typed `unknown`. */
  type?: unknown | null;
  estateId?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Contact-customerId-PresentAccomodation-Statistics */
export interface CrmPresentAccomodationStatistics {
  /** The documentation links model `Crm_CrmPresentAccomodationStatisticsOffice`, which has no page: typed `unknown`. */
  office?: unknown[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-contactId-Verify */
export interface CrmVerifyPerson {
  /** Verifieringsmetod */
  verificationMethod?: VerificationMethod | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/PUT-CRM-Contact-customerId-contactId-SearchProfile-External */
export interface ExternalSearchProfileData {
  /** Externt id på sökprofilen */
  externalId: string;
  /** Bostadsid (Obligatoriskt om man skapar en ny sökprofil) */
  estateId?: string | null;
  /** Är sökprofilen aktiv (Obligatoriskt om man uppdaterar en sökprofil) */
  isActive?: boolean | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-MergeContact-customerId-targetContactId-Merge-contactIds */
export interface MergeContact {
  /** Personnummer */
  socialSecurityNumber?: string | null;
  /** Kontaktens förnamn */
  firstName?: string | null;
  /** Kontaktens efternamn */
  lastName?: string | null;
  /**
   * Kontaktens telefonnummer
   *
   * The documentation links model `Crm_Phone`, which has no page: typed `unknown`.
   */
  phone?: unknown | null;
  /**
   * Kontaktens e-postadress
   *
   * The documentation links model `Crm_Email`, which has no page: typed `unknown`.
   */
  email?: unknown | null;
  /**
   * Kontaktens adress
   *
   * The documentation links model `Crm_Address`, which has no page: typed `unknown`.
   */
  address?: unknown | null;
  keepAllSearchProfiles?: boolean | null;
}

/**
 * Telefonnummer
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_PersonTelephoneNumbers
 */
export interface PersonTelephoneNumbers {
  /**
   * Telefon bostad
   *
   * @minLength 0
   * @maxLength 17
   */
  home?: string | null;
  /**
   * Telefon arbete
   *
   * @minLength 0
   * @maxLength 17
   */
  work?: string | null;
  /**
   * Mobiltelefon
   *
   * @minLength 0
   * @maxLength 17
   */
  cell?: string | null;
  /**
   * Övrig telefonnummer
   *
   * @minLength 0
   * @maxLength 17
   */
  other?: string | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Crm_VerificationMethod */
export type VerificationMethod = 'BankId';
/** The members of {@link VerificationMethod}, by name. */
export const VerificationMethod = {
  /** Numeric value: 0. */
  BankId: 'BankId',
} as const;
