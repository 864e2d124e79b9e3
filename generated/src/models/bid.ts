/**
 * Bud
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Bid_Bid
 */
export interface Bid {
  /** Budets id */
  id?: string | null;
  /** Bostadsid */
  estateId?: string | null;
  /** Kontaktid */
  contactId?: string | null;
  /** Om budet är makulerat */
  isCanceled?: boolean | null;
  /** Identifierad budgivare */
  identifiedBidder?: boolean | null;
  /** Bud alias */
  alias?: string | null;
  /** Budbelopp */
  amount?: string | null;
  /** Datum och tid för budet */
  createdAt?: string | null;
  /** Villkor för budet */
  condition?: string | null;
  /** Anger om budet är dolt */
  isHidden?: boolean | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Bid-customerId-estateId-contactId */
export interface BidData {
  /** Bud alias */
  alias?: string | null;
  /** Budbelopp */
  amount?: string | null;
  /** Datum och tid för budet */
  createdAt?: string | null;
  /** Villkor för budet */
  condition?: string | null;
  /** Anger om budet är dolt */
  isHidden?: boolean | null;
}
