/**
 * Adress
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Models_Address
 */
export interface Address {
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
   * ISO 3166-1 alpha-2 landskod (t.ex. ES, NO, FI). Kan utelämnas för Sverige.
   */
  countryCode?: string | null;
}

/**
 * Kontakttyper
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Models_ContactType
 */
export type ContactType = 'Person' | 'Company' | 'DeceasedEstate';
/** The members of {@link ContactType}, by name. */
export const ContactType = {
  /**
   * Person
   *
   * Numeric value: 0.
   */
  Person: 'Person',
  /**
   * Företag
   *
   * Numeric value: 1.
   */
  Company: 'Company',
  /**
   * Dödsbo
   *
   * Numeric value: 2.
   */
  DeceasedEstate: 'DeceasedEstate',
} as const;

/**
 * Kordinater beskrivna med decimal grader
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Models_Coordinate
 */
export interface Coordinate {
  /** Longitud */
  longitud?: number | null;
  /** Latitud */
  latitud?: number | null;
}

/**
 * E-post
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Models_Email
 */
export interface Email {
  /**
   * Epost 1
   *
   * Epostadress, telefonnummer eller mobilnummer måste anges.
   *
   * @minLength 0
   * @maxLength 100
   */
  emailAddress?: string | null;
  /**
   * Epost 2
   *
   * @minLength 0
   * @maxLength 100
   */
  emailAddress2?: string | null;
}

/**
 * Sidhantering
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Models_Paging
 */
export interface Paging {
  /** Sid-storlek */
  pageSize?: number | null;
  /** Sid-index */
  pageIndex?: number | null;
}

/**
 * En polygon.
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Models_Polygon
 */
export interface Polygon {
  /** Koordinater */
  coordinates?: Coordinate[] | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Models_RangeOfInt32 */
export interface RangeOfInt32 {
  maxValue?: number | null;
  minValue?: number | null;
}

/**
 * Koordinater i koordinatsystemet WGS84
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Models_Wgs84Coordinate
 */
export interface Wgs84Coordinate {
  /** Longitud */
  longitude?: number | null;
  /** Latitud */
  latitude?: number | null;
}
