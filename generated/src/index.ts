export { VitecClient } from './client.js';
export * from './client/appointment.js';
export * from './client/bid.js';
export * from './client/buyer-settings.js';
export * from './client/crm-kontakter.js';
export * from './client/crm-merge.js';
export * from './client/crm-newsletter.js';
export * from './client/category.js';
export * from './client/contacts.js';
export * from './client/crm-office.js';
export * from './client/crm-sub-office.js';
export * from './client/custom-field.js';
export * from './client/customer-satisfaction.js';
export * from './client/focus-area.js';
export * from './client/image.js';
export * from './client/increased-requirements.js';
export * from './client/meeting.js';
export * from './client/note.js';
export * from './client/office.js';
export * from './client/officegroups.js';
export * from './client/report.js';
export * from './client/searchprofiles.js';
export * from './client/seller-settings.js';
export * from './client/speculator-settings.js';
export * from './client/task.js';
export * from './client/user.js';
export * from './client/usergroups.js';
export * from './models/index.js';
export {
  VitecError,
  VitecValidationError,
  VitecUnauthorizedError,
  VitecForbiddenError,
  VitecNotFoundError,
  VitecServerError,
  VitecHttpError,
  VitecNetworkError,
  VitecTimeoutError,
  VitecRequestValidationError,
  VitecResponseError,
  VitecResponseTooLargeError,
  XmlFragment,
} from './runtime/index.js';
export type { ClientOptions, RequestOptions, ValidationMessage } from './runtime/index.js';
