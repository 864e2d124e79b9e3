/** @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Buyer-customerId-contactId-Estate-estateId-Economy */
export interface BuyerEconomy {
  /**
   * Köparens bank
   *
   * The documentation links model `Buyer_Bank`, which has no page: typed `unknown`.
   */
  bank?: unknown | null;
  /**
   * Köparens försäkringsbolag
   *
   * The documentation links model `Buyer_InsuranceCompany`, which has no page: typed `unknown`.
   */
  insuranceCompany?: unknown | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-CRM-Buyer-customerId-contactId-LoanPromise */
export interface LoanPromise {
  /** Namn på bank */
  bank?: string | null;
  /** Giltigt till */
  validUntil?: string | null;
  /**
   * Vilken objekttyp lånelöftet är giltigt för
   *
   * The documentation links model `Buyer_LoanPromiseEstateType`, which has no page: typed `unknown`.
   */
  estateType?: unknown | null;
  /** Objekt id för objekt kopplat till lånelöftet */
  estateId?: string | null;
  /** Lånelöftets status */
  status?: LoanPromiseStatus | null;
  /**
   * Finansieringssätt
   *
   * The documentation links model `Buyer_LoanPromiseFinancing`, which has no page: typed `unknown`.
   */
  financing?: unknown | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Buyer_LoanPromiseStatus */
export type LoanPromiseStatus =
  | 'AutomaticVerification'
  | 'CanNotVerify'
  | 'VerifiedByBank'
  | 'IsBeingProcessed'
  | 'CouldNotBeVerified'
  | 'NoLoanPromiseExists'
  | 'PreApprovalVerifiedByBank';
/** The members of {@link LoanPromiseStatus}, by name. */
export const LoanPromiseStatus = {
  /**
   * Automatisk verifiering
   *
   * Numeric value: 1.
   */
  AutomaticVerification: 'AutomaticVerification',
  /**
   * Kan ej verifieras
   *
   * Numeric value: 2.
   */
  CanNotVerify: 'CanNotVerify',
  /**
   * Verifierad av bank
   *
   * Numeric value: 3.
   */
  VerifiedByBank: 'VerifiedByBank',
  /**
   * Under hantering
   *
   * Numeric value: 4.
   */
  IsBeingProcessed: 'IsBeingProcessed',
  /**
   * Kunde ej verifieras av bank
   *
   * Numeric value: 5.
   */
  CouldNotBeVerified: 'CouldNotBeVerified',
  /**
   * Banken säger att något lånelöfte inte finns
   *
   * Numeric value: 6.
   */
  NoLoanPromiseExists: 'NoLoanPromiseExists',
  /**
   * Förhandsbesked från banken
   *
   * Numeric value: 7.
   */
  PreApprovalVerifiedByBank: 'PreApprovalVerifiedByBank',
} as const;
