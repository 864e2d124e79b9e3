/** The `mock` command's run: listen, say where, and serve until SIGINT or SIGTERM. */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

import type { ApiIR } from '../ir/schema.js';
import { createMockServer } from './server.js';

export async function serveMock(ir: ApiIR, at: { host: string; port: number }): Promise<void> {
  const server = createMockServer(ir);
  server.listen(at.port, at.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const host = at.host.includes(':') ? `[${at.host}]` : at.host;
  process.stderr.write(
    `mock of ${ir.operations.length} operations at http://${host}:${port} (the help pages' samples); Ctrl-C stops it\n`,
  );
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await once(stop.signal, 'abort');
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    server.closeAllConnections();
    server.close();
  }
}
