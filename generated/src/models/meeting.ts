import type { Status } from './common.js';
import type { CommissionType } from './enum.js';
import type { Address } from './models.js';

/** @see https://connect.maklare.vitec.net/Help/Api/POST-Meeting-Assignment-customerId-estateId */
export interface AssignmentMeeting {
  startsAt?: string | null;
  endsAt?: string | null;
  location?: string | null;
  note?: string | null;
  contactId?: string | null;
}

/**
 * Intagskälla
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Meeting_AssignmentSource
 */
export interface AssignmentSource {
  /** Intagskälla id */
  id?: number | null;
  /** Namn på intagskällan */
  name?: string | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-Meeting-Comeback-customerId-contactId */
export interface Comeback {
  /** Tid och datum för återkomsten */
  date?: string | null;
  /** Id på ursprungligt kundmötee */
  meetingId?: string | null;
  /** Id på bostad */
  estateId?: string | null;
  /**
   * Deltagare
   *
   * The documentation links model `Meeting_Participant`, which has no page: typed `unknown`.
   */
  participant?: unknown | null;
  /** Anteckning */
  note?: string | null;
}

/**
 * Möte
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Meeting_Meeting
 */
export interface Meeting {
  /** Mötesid */
  id?: string | null;
  /** Kontakt id */
  contactId?: string | null;
  /** Kontaktnamn */
  contactName?: string | null;
  /** Adress */
  address?: Address | null;
  /** Telefonnummer bostad */
  telePhone?: string | null;
  /** Telefonnummer */
  cellPhone?: string | null;
  /** Mötesdatum */
  meetingDate?: string | null;
  /** Mötestyp */
  type?: MeetingType | null;
  /** Status på mötet */
  state?: MeetingState | null;
  /** Mäklarens id */
  brokerId?: string | null;
  /** Mäklarens namn */
  brokerName?: string | null;
  /** Bokarens id */
  bookedById?: string | null;
  /** Bokarens name */
  bookedByName?: string | null;
  /** Bokningsdatum */
  bookedDate?: string | null;
  /** Uppdragsdatum */
  signatureDate?: string | null;
  /** Objektets status */
  estateStatus?: Status | null;
  /** Provision ex.moms */
  commissionWithoutTaxes?: number | null;
  /** Intagskälla (Kontakttyp) Ska inte användas längre. Använd AssignmentSource istället */
  commissionSource?: string | null;
  /** Intagskälla (Kontakttyp) */
  assignmentSource?: AssignmentSource | null;
  /** Avbokad av (Mäklare, Kund) */
  cancelledBy?: string | null;
  /** Försäljning = Kontraktsdatum, Värdering = Värderingsdag, Skrivning = Datum för skrivuppdrag */
  agreementDate?: string | null;
  /** Uppdragstyp */
  commissionType?: CommissionType | null;
  /** Tillträdesdatum */
  accessDate?: string | null;
  /** Objektets id */
  estateId?: string | null;
}

/** @see https://connect.maklare.vitec.net/Help/Api/POST-Meeting-GetMeetings */
export interface MeetingCreateria {
  /**
   * Kund id
   *
   * Kund id måste anges
   */
  customerId?: string | null;
  /**
   * Datum från
   *
   * Datum från måste anges
   */
  dateFrom?: string | null;
  /**
   * Datum till
   *
   * Datum till måste anges
   */
  dateTo?: string | null;
  /** Typ av mötesfiltrering. True resulterar i att filtrering blir på bokningsdatum. False resulterar i en filtrering på mötesdatum. */
  search?: boolean | null;
  /**
   * Typ av möten. Om inget anges så hämtas endast intagsmöten (Assignment).
   *
   * The documentation links model `Meeting_MeetingTypeCriteria`, which has no page: typed `unknown`.
   */
  type?: unknown | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Meeting_MeetingState */
export type MeetingState =
  'Booked' | 'FollowedUp' | 'NotRelevant' | 'CancelledByAgent' | 'CancelledByCustomer';
/** The members of {@link MeetingState}, by name. */
export const MeetingState = {
  /**
   * Bokad
   *
   * Numeric value: 0.
   */
  Booked: 'Booked',
  /**
   * Uppföljd
   *
   * Numeric value: 1.
   */
  FollowedUp: 'FollowedUp',
  /**
   * Ej aktuellt
   *
   * Numeric value: 2.
   */
  NotRelevant: 'NotRelevant',
  /**
   * Avbokat av mäklaren
   *
   * Numeric value: 3.
   */
  CancelledByAgent: 'CancelledByAgent',
  /**
   * Avbokat av kunden
   *
   * Numeric value: 4.
   */
  CancelledByCustomer: 'CancelledByCustomer',
} as const;
/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Meeting_MeetingType */
export type MeetingType = 'Assignment' | 'Viewing';
/** The members of {@link MeetingType}, by name. */
export const MeetingType = {
  /** Numeric value: 0. */
  Assignment: 'Assignment',
  /** Numeric value: 1. */
  Viewing: 'Viewing',
} as const;
