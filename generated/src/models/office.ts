import type { Coordinate } from './models.js';

/** @see https://connect.maklare.vitec.net/Help/Api/GET-Office-GetOffice */
export interface Office {
  /** Arkiverad */
  archived?: boolean | null;
  /** Kundid */
  customerId?: string | null;
  /** Officeid */
  officeId?: string | null;
  /** Kontorets huvudsakliga namn */
  name?: string | null;
  /** Företagsnamn */
  customerName?: string | null;
  /** Juridiskt företagsnamn */
  legalCustomerName?: string | null;
  /** Gatuadress */
  address?: string | null;
  /** Postadress */
  postalAddress?: string | null;
  /** Postnummer */
  zipCode?: string | null;
  /** Ort */
  city?: string | null;
  /** Telefon */
  telephone?: string | null;
  /** Företagets sätte */
  companyPlace?: string | null;
  /** E-postadress */
  emailAddress?: string | null;
  /** Hemsida */
  homePage?: string | null;
  /** Beskrivning Hemsida */
  description?: string | null;
  /** Organisationsnummer */
  corporateNumber?: string | null;
  /** Bankgiro */
  bankgiro?: string | null;
  /** Plusgiro */
  postalgiro?: string | null;
  /** Momsregistreringsnummer */
  vat?: string | null;
  /** F-skattebevis nummer */
  taxCertificate?: string | null;
  /** Kordinater */
  coordinate?: Coordinate | null;
  /** Region */
  region?: number | null;
  /** Internt kontorsnummer */
  officeNumber?: number | null;
  /** Internt kontorsnamn */
  officeName?: string | null;
  /**
   * Kedjetillhörighet
   *
   * The documentation links model `Office_Chain`, which has no page: typed `unknown`.
   */
  chain?: unknown | null;
  /** Ändringsdatum */
  dateChanged?: string | null;
  /** Primär tips/lead mottagare */
  primaryLeadReceiverId?: string | null;
  /** Kontoret är ett underkontor */
  subOffice?: boolean | null;
  /**
   * Grupper företaget ingår.
   *
   * The documentation links model `Office_Group`, which has no page: typed `unknown`.
   */
  groups?: unknown[] | null;
}
