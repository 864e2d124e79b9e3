// Runs the bundled parse floor (its path is the first argument) through the bin's code-cache loader, which writes
// the cache at exit under VITEC_CODEGEN_WRITE_CODE_CACHE=1, as in the build's training run for the stages.
import { loadCommonJs } from '../dist/cli/code-cache.js';

loadCommonJs(process.argv[2]);
