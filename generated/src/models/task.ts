/**
 * En fördefinieraduppgift uppgift
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Task_PredefinedTask
 */
export interface PredefinedTask {
  /** Uppgifts id */
  id?: string | null;
  /** Beskrivning på uppgiften */
  description?: string | null;
}

/**
 * En uppgift som ska läggas till. En uppgift är alltid kopplad till en kontakt.
 *
 * @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Task_Task
 */
export interface Task {
  /** Vilken typ av fördefinierad uppgift är det som ska skapas. */
  predefinedTaskId?: string | null;
  /** Anteckning för uppgiften */
  note?: string | null;
  /** Vilket objekt den nya uppgiften ska gälla. */
  estateId?: string | null;
  /** Utförs av */
  assignedTo?: string | null;
}
