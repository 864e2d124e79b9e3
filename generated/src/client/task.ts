import type { PredefinedTask } from '../models/index.js';
import { operations } from '../operations.js';
import type { HttpCore, RequestOptions } from '../runtime/index.js';

/**
 * Task
 *
 * Används för att hämta uppgifter
 *
 * @see https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact
 */
export class TaskApi {
  readonly #core: HttpCore;

  /** Made by `VitecClient`: use `client.task` rather than constructing one. */
  constructor(core: HttpCore) {
    this.#core = core;
  }

  /**
   * Hämtar alla fördefinierade typade uppgifter
   *
   * `GET Task/GetTasks`
   *
   * @param query - Query parameters: see {@link TaskGetTasksQuery}.
   * @param options - Per-call abort signal and timeout.
   * @see https://connect.maklare.vitec.net/Help/Api/GET-Task-GetTasks
   */
  getTasks(query: TaskGetTasksQuery, options?: RequestOptions): Promise<PredefinedTask[]> {
    return this.#core.call<PredefinedTask[]>(operations['GET-Task-GetTasks'], { path: [], query }, options);
  }
}

/** Query parameters of {@link TaskApi.getTasks}; keys are camelCase, sent as the wire keys noted. */
export interface TaskGetTasksQuery {
  /**
   * Kund id
   *
   * Query key `customerId`.
   */
  customerId: string;
}
