import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenLoopback } from '../../lib/testing/loopback.js';

/** A loopback HTTP server whose handler the test writes; records every request it gets. */
export async function startHttpStub(handler: (req: IncomingMessage, res: ServerResponse) => void = () => {}) {
  const requests: { method: string; url: string }[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '' });
    waiters.splice(0).forEach((w) => w());
    handler(req, res);
  });
  const url = await listenLoopback(server);
  return {
    url,
    requests,
    /** Resolves once at least one request arrived. */
    firstRequest: () => (requests.length ? Promise.resolve() : new Promise<void>((r) => waiters.push(r))),
    close: () => closeServer(server),
  };
}
