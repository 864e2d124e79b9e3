/**
 * Run in its own process by `bench-crawl.ts`: serves a snapshot on 127.0.0.1, so that the server's
 * work (HTTP parsing, answers, its latency timers) is not done on the crawler's event loop and
 * charged to the crawler. Argument: the snapshot folder. Prints one JSON line with the URLs to
 * crawl; then answers each line on stdin with one JSON line: `latency <ms>` sets the latency of the
 * requests to come and zeroes the counters (answer `{}`), `stats` gives the counters since. The end
 * of stdin closes the server.
 */
import { createInterface } from 'node:readline';

import { serveSnapshot } from './serve-snapshot.js';

const [dir] = process.argv.slice(2);
if (dir === undefined) throw new Error('bench-server: expected <snapshot folder>');
const server = await serveSnapshot(dir);
process.stdout.write(`${JSON.stringify({ root: server.root, originAlias: server.originAlias })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  const [command, arg] = line.split(' ');
  if (command === 'latency' && Number(arg) >= 0) {
    server.setLatency(Number(arg));
    server.resetStats();
    process.stdout.write('{}\n');
  } else if (command === 'stats' && arg === undefined) {
    const { requests, maxConcurrent, serviceMs } = server.stats;
    process.stdout.write(`${JSON.stringify({ requests, maxConcurrent, serviceMs })}\n`);
  } else throw new Error(`bench-server: unknown command ${JSON.stringify(line)}`);
}
await server.close();
