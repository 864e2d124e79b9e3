import type { CrmViewingParticipantReport } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Report
 *
 * Rapporter
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class ReportApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.report` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * `GET CRM/Report/{customerId}/ViewingParticipant`
   *
   * @param customerId
   * @param query - Query parameters: see {@link ReportCrmReportViewingParticipantQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-CRM-Report-customerId-ViewingParticipant
   */
  crmReportViewingParticipant(
    customerId: string,
    query?: ReportCrmReportViewingParticipantQuery,
    options?: RequestOptions,
  ): Promise<CrmViewingParticipantReport> {
    return this.#core.call<CrmViewingParticipantReport>(
      operations['GET-CRM-Report-customerId-ViewingParticipant'],
      { path: [customerId], query },
      options,
    );
  }
}

/** Query parameters of {@link ReportApi.crmReportViewingParticipant}; keys are camelCase, sent as the wire keys noted. */
export interface ReportCrmReportViewingParticipantQuery {
  /**
   * Visningar från och med
   *
   * Query key `ViewingStartDate`.
   */
  viewingStartDate?: string;
  /**
   * Visningar till och med
   *
   * Query key `ViewingEndDate`.
   */
  viewingEndDate?: string;
  /**
   * Kund-id lista separerade med komma
   *
   * Query key `CustomerIds`.
   */
  customerIds?: string;
  /**
   * Max antal rader i varje anrop, Max 300
   *
   * Query key `PageSize`.
   */
  pageSize?: number;
  /**
   * Sidnummer som ska hämtas, 0-indexerat
   *
   * Query key `PageIndex`.
   */
  pageIndex?: number;
}
