/** @see https://connect.maklare.vitec.net/Help/Api/POST-Appointment-customerId-id */
export interface Appointment {
  /** Ämne */
  subject?: string | null;
  /** Plats */
  location?: string | null;
  /** Startdatum och tid */
  startsAt?: string | null;
  /** Slutdatum och tid */
  endsAt?: string | null;
  /** Hela dagen */
  allDayEvent?: boolean | null;
  /** Anteckning */
  note?: string | null;
  /** Återkommande */
  recurrence?: boolean | null;
  /** Återkommande per år/månad/vecka/dag */
  recurrencePattern?: RecurrencePattern | null;
  /** Dag/dagar i veckan (används får veckoliga möten) */
  recurrenceDayOfWeeks?: DayOfWeek[] | null;
  /** Interval */
  recurrenceInterval?: number | null;
  /** Månaden (används för månatliga möten) */
  recurrenceMonth?: number | null;
  /** Dag i månaden (använs för årliga och månatliga möten) */
  recurrenceDay?: number | null;
}

/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Appointment_DayOfWeek */
export type DayOfWeek = 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday';
/** The members of {@link DayOfWeek}, by name. */
export const DayOfWeek = {
  /** Numeric value: 0. */
  Sunday: 'Sunday',
  /** Numeric value: 1. */
  Monday: 'Monday',
  /** Numeric value: 2. */
  Tuesday: 'Tuesday',
  /** Numeric value: 3. */
  Wednesday: 'Wednesday',
  /** Numeric value: 4. */
  Thursday: 'Thursday',
  /** Numeric value: 5. */
  Friday: 'Friday',
  /** Numeric value: 6. */
  Saturday: 'Saturday',
} as const;
/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Appointment_RecurrencePattern */
export type RecurrencePattern = 'Daily' | 'Weekly' | 'Monthly' | 'Yearly';
/** The members of {@link RecurrencePattern}, by name. */
export const RecurrencePattern = {
  /** Numeric value: 0. */
  Daily: 'Daily',
  /** Numeric value: 1. */
  Weekly: 'Weekly',
  /** Numeric value: 2. */
  Monthly: 'Monthly',
  /** Numeric value: 3. */
  Yearly: 'Yearly',
} as const;
