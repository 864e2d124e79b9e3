/** @see https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Reports_CrmViewingParticipantReport */
export interface CrmViewingParticipantReport {
  /** The documentation links model `Reports_CrmViewingParticipantReportRow`, which has no page: typed `unknown`. */
  rows?: unknown[] | null;
  totalPageCount?: number | null;
}
