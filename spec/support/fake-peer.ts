import { PassThrough } from 'node:stream';
import { StreamTransport } from '../../lib/process/stream-transport.js';

/**
 * The server side of an in-memory transport: read what the client wrote, write raw bytes or
 * messages back, and end the stream to simulate the process going away. For faults the real
 * app-server cannot be made to produce.
 */
export class FakePeer {
  readonly toClient = new PassThrough();
  readonly fromClient = new PassThrough();
  readonly stderr = new PassThrough();
  readonly transport: StreamTransport;
  /** Every message the client sent, parsed. */
  readonly received: any[] = [];
  private buffered = '';
  private waiters: { test(m: any): boolean; resolve(m: any): void }[] = [];
  /** Answers requests by method automatically (a function gets the params). */
  readonly auto = new Map<string, unknown | ((params: any, msg: any) => unknown)>();

  constructor(options: ConstructorParameters<typeof StreamTransport>[3] = {}) {
    this.transport = new StreamTransport(this.fromClient, this.toClient, this.stderr, options);
    this.auto.set('initialize', { userAgent: 'fake/0.169.0 (test)', codexHome: '/tmp/fake', platformFamily: 'unix', platformOs: 'linux' });
    // Like the real server: stdin closed means exit.
    this.fromClient.on('end', () => this.exit());
    this.fromClient.on('data', (chunk: Buffer) => {
      this.buffered += chunk.toString('utf8');
      let nl: number;
      while ((nl = this.buffered.indexOf('\n')) !== -1) {
        const line = this.buffered.slice(0, nl);
        this.buffered = this.buffered.slice(nl + 1);
        if (line.trim()) this.onMessage(JSON.parse(line));
      }
    });
  }

  /** Writes raw bytes to the client. */
  raw(text: string | Buffer): void {
    this.toClient.write(text);
  }

  /** Writes one message line. */
  send(message: unknown): void {
    this.raw(JSON.stringify(message) + '\n');
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** Resolves with the next (or an already received) client message matching. */
  next(test: (m: any) => boolean): Promise<any> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  request(method: string): Promise<any> {
    return this.next((m) => m.method === method && m.id !== undefined);
  }

  /** Simulates the process exiting: stdout ends. */
  exit(): void {
    this.toClient.end();
    this.stderr.end();
  }

  private onMessage(msg: any): void {
    this.received.push(msg);
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(msg)) return true;
      w.resolve(msg);
      return false;
    });
    if (msg.method && msg.id !== undefined && this.auto.has(msg.method)) {
      const answer = this.auto.get(msg.method);
      const result = typeof answer === 'function' ? (answer as (p: unknown, m: unknown) => unknown)(msg.params, msg) : answer;
      if (result !== undefined) this.send({ id: msg.id, result });
    }
  }
}
