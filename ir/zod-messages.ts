/**
 * English messages for zod's validation issues. The schemas use the functional `zod/mini` build: classic `zod`
 * bundles every locale and a method for each check (700 KB), and loading it was a visible part of `generate`'s
 * start-up, where `zod/mini` with the checks used and one locale come to 30 KB. Imported for its effect by both
 * schema files, so the messages are the same wherever a schema is parsed.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
