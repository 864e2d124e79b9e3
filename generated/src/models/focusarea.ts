/** @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Focusarea-customerId-latitude-longitude-Owner */
export interface Owner {
  /** Namn på ägaren */
  name?: string | null;
  /** Typ av ägare */
  ownerType?: OwnerType | null;
  /** Id på ägaren */
  id?: string | null;
  /** Kundnummer (huvudkontor för användare) */
  customerId?: string | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=FocusArea_OwnerType */
export type OwnerType = 'Users' | 'Offices';
/** The members of {@link OwnerType}, by name. */
export const OwnerType = {
  /** Numeric value: 0. */
  Users: 'Users',
  /** Numeric value: 1. */
  Offices: 'Offices',
} as const;
