/** The IR's ordering rule is the project's one ordering rule; it lives in `io/order.ts` so the snapshot format, which precedes the IR, can use it too. */
export { compareCodeUnits } from '../io/order.js';
