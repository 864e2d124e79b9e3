// Runs the bundled parse floor (its path is the first argument) through the bin's code-cache loader; with
// VITEC_CODEGEN_WRITE_CODE_CACHE=1 it writes the cache at exit, as the build's training run does for the stages.
import { loadCommonJs } from '../dist/cli/code-cache.js';

const loaded = loadCommonJs(process.argv[2]);
if (process.env.VITEC_CODEGEN_WRITE_CODE_CACHE === '1') process.once('exit', loaded.saveCache);
