/**
 * Uppdragstyp
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Enum_CommissionType
 */
export type CommissionType = 'Sale' | 'Valuation' | 'Writing';
/** The members of {@link CommissionType}, by name. */
export const CommissionType = {
  /**
   * Försäljning
   *
   * Numeric value: 1.
   */
  Sale: 'Sale',
  /**
   * Värdering
   *
   * Numeric value: 2.
   */
  Valuation: 'Valuation',
  /**
   * Skrivning
   *
   * Numeric value: 3.
   */
  Writing: 'Writing',
} as const;
