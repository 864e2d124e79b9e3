/**
 * The XML codec over the browser's own `DOMParser`: the SDK's `/xml` entry under the `browser`
 * export condition, so a browser bundle that opts into XML carries no XML parser of its own.
 */
import { xmlCodecOver } from './xml-codec-of.js';
import { platformDom } from './xml-dom-browser.js';

export const xmlCodec = /* @__PURE__ */ xmlCodecOver(platformDom);
