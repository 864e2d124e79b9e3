import type { Wgs84Coordinate } from './models.js';

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Contact-customerId-PresentAccomodation-contactId */
export interface CrmPresentAccomodation {
  /** Bostadstyp */
  estateType?: EstateType | null;
  /** Boarea */
  livingSpace?: number | null;
  /** Antal rum */
  numberOfRooms?: number | null;
  /** Pris */
  price?: number | null;
  /** Månadskostnad (avgift/hyra) bara relevant för hyres- och bostadsrättsbostäder */
  monthlyCost?: number | null;
  /** Övrig information */
  other?: string | null;
  /** Koordinater i koordinatsystemet WGS84 */
  coordinate?: Wgs84Coordinate | null;
  /** När flyttade man in i sitt nuvarande boende */
  movedInDate?: string | null;
}

/**
 * Boendeform
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Request_EstateType
 */
export type EstateType =
  | 'None'
  | 'House'
  | 'RowHouse'
  | 'HousingCooperative'
  | 'Cottage'
  | 'Plot'
  | 'Farm'
  | 'Tenancy'
  | 'OtherHousing';
/** The members of {@link EstateType}, by name. */
export const EstateType = {
  /**
   * Lämnar inget
   *
   * Numeric value: 0.
   */
  None: 'None',
  /**
   * Villa
   *
   * Numeric value: 1.
   */
  House: 'House',
  /**
   * Radhus
   *
   * Numeric value: 2.
   */
  RowHouse: 'RowHouse',
  /**
   * Bostadsrätt
   *
   * Numeric value: 3.
   */
  HousingCooperative: 'HousingCooperative',
  /**
   * Fritidshus
   *
   * Numeric value: 4.
   */
  Cottage: 'Cottage',
  /**
   * Tomt
   *
   * Numeric value: 5.
   */
  Plot: 'Plot',
  /**
   * Gård
   *
   * Numeric value: 6.
   */
  Farm: 'Farm',
  /**
   * Hyresrätt
   *
   * Numeric value: 7.
   */
  Tenancy: 'Tenancy',
  /**
   * Övrig bostad
   *
   * Numeric value: 8.
   */
  OtherHousing: 'OtherHousing',
} as const;
