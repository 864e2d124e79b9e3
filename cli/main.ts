#!/usr/bin/env node
/** Entry point of the `vitec-codegen` command (and of `npm run codegen`). */
import { main } from './program.js';

process.exitCode = await main(process.argv.slice(2));
