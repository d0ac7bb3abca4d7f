import { InvalidArgumentError } from '../errors.js';
import { z } from 'zod';
import type { Platform } from '../facade/platform.js';
import { ProcessTransport } from '../process/process-transport.js';
import { ListenServer } from './listen-server.js';
import { openNodeWebSocket } from './node-websocket.js';

/**
 * Node's ways to reach an app-server: spawn it (stdio, or listening on ws/unix for other
 * clients) and connect with the `ws` package. Installed by the Node entry points.
 */
export const nodePlatform: Platform = {
  connect: (target, options) => openNodeWebSocket(target, options),
  async start(options) {
    const { listen = 'stdio', redactor } = options;
    if (listen === 'stdio') {
      if (options.detached) throw new InvalidArgumentError("detached: true needs listen: 'ws' or 'unix'. A stdio server has no client but this process, and ends with it.");
      return ProcessTransport.spawn(options);
    }
    const owner = await ListenServer.spawn(listen, options);
    try {
      return await openNodeWebSocket(owner.endpoint, { redactor, owner, ...(options.pingIntervalMs !== undefined ? { pingIntervalMs: options.pingIntervalMs } : {}) });
    } catch (error) {
      await owner.stop();
      throw error;
    }
  },
  warn: (message, code) => process.emitWarning(message, { code }),
  // Loaded on the first experimental request: the experimental set weighs as much as the rest of codex-rx.
  experimentalSchemas: () => import('./experimental-schemas.js').then((m) => m.experimentalSchemas),
  readJsonSchema(schema) {
    try {
      return z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
    } catch {
      return null;
    }
  },
};

