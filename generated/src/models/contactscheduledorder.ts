/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=ContactScheduledOrder_ContactScheduledOrderType */
export type ContactScheduledOrderType = 'EstateValue' | 'FinalPricesInArea' | 'BoneoSearchProfile';
/** The members of {@link ContactScheduledOrderType}, by name. */
export const ContactScheduledOrderType = {
  /**
   * Ditt bostadsvärde
   *
   * Numeric value: 1.
   */
  EstateValue: 'EstateValue',
  /**
   * Slutpriser i området
   *
   * Numeric value: 2.
   */
  FinalPricesInArea: 'FinalPricesInArea',
  /**
   * Boneo bevakning
   *
   * Numeric value: 3.
   */
  BoneoSearchProfile: 'BoneoSearchProfile',
} as const;
