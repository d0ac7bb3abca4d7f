// A scripted app-server on a WebSocket (one JSON-RPC message per text frame) for bench/flood.ts,
// in its own process so that sending costs nothing in the measured one. Answers initialize,
// thread/start and turn/start; the notification `bench/flood` { targets, count } makes it send
// `count` item/agentMessage/delta frames, delta i to targets[i mod targets.length], in agent
// messages of `itemDeltas` deltas numbered from `firstItem` (see flood-messages.mjs).
// Prints its ws:// URL to the parent over IPC.
import { WebSocketServer } from 'ws';
import { serverId } from './ids.mjs';
import { floodMessages } from './flood-messages.mjs';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
wss.on('connection', (socket) => {
  let threads = 0;
  let turns = 0;
  const send = (m) => socket.send(JSON.stringify(m));
  socket.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    if (msg.method === 'bench/flood') {
      const { targets, count, itemDeltas, firstItem } = msg.params;
      for (const m of floodMessages(targets, count, itemDeltas, firstItem ?? 0)) socket.send(JSON.stringify(m));
      return;
    }
    if (msg.id === undefined) return;
    if (msg.method === 'initialize') send({ id: msg.id, result: { userAgent: 'bench/0.169.0', codexHome: '/', platformFamily: 'unix', platformOs: 'linux' } });
    else if (msg.method === 'thread/start') send({ id: msg.id, result: { thread: { id: serverId('thread', threads++) } } });
    else if (msg.method === 'turn/start') send({ id: msg.id, result: { turn: { id: serverId('turn', turns++), items: [], status: 'inProgress', error: null, startedAt: null, completedAt: null, durationMs: null } } });
    else send({ id: msg.id, error: { code: -32601, message: 'no' } });
  });
});
wss.on("listening", () => process.connected && process.send(`ws://127.0.0.1:${wss.address().port}`));
process.on('disconnect', () => process.exit(0));
