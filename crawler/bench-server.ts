/**
 * Run in its own process by `bench-crawl.ts`: serves a snapshot on 127.0.0.1, so that the server's
 * work (HTTP parsing, answers, its latency timers) is not done on the crawler's event loop and
 * charged to the crawler. Arguments: snapshot folder, latency in ms. Prints one JSON line with the
 * URLs to crawl; each `stats` line on stdin is answered with one JSON line of counters; the end of
 * stdin closes the server.
 */
import { createInterface } from 'node:readline';

import { serveSnapshot } from './serve-snapshot.js';

const [dir, latency] = process.argv.slice(2);
if (dir === undefined || !(Number(latency) >= 0))
  throw new Error(`bench-server: expected <snapshot folder> <latency ms>, got ${process.argv.slice(2).join(' ')}`);
const server = await serveSnapshot(dir, { latencyMs: Number(latency) });
process.stdout.write(`${JSON.stringify({ root: server.root, originAlias: server.originAlias })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'stats') throw new Error(`bench-server: unknown command ${JSON.stringify(line)}`);
  const { requests, maxConcurrent, serviceMs } = server.stats;
  process.stdout.write(`${JSON.stringify({ requests, maxConcurrent, serviceMs })}\n`);
}
await server.close();
