import { Codex, ParamsCheckError, type ExperimentalCodex } from '../lib/index.js';
import { experimentalMethods } from '../lib/types.js';
import { startOfflineCodex, type OfflineCodex } from '../lib/testing/index.js';

/** Compile-time only: the overloads type what Codex.start resolves. Never called. */
export async function typesOnly(): Promise<void> {
  const stable = await Codex.start();
  // @ts-expect-error a stable client has no experimental surface
  void stable.experimental;
  // @ts-expect-error experimental methods are not in the stable request map
  void stable.request('collaborationMode/list', {});
  // @ts-expect-error nor are experimental fields of stable methods
  void stable.request('thread/start', { mockExperimentalField: 'x' });
  const experimental: ExperimentalCodex = await Codex.start({ experimentalApi: true });
  const modes = await experimental.experimental.request('collaborationMode/list', {});
  void modes.data;
  void experimental.experimental.request('thread/start', { mockExperimentalField: 'x' });
  void experimental.startThread(); // still the whole stable facade
}

describe('the experimental surface, typed behind experimentalApi: true (real app-server)', () => {
  let env: OfflineCodex<ExperimentalCodex>;
  let codex: ExperimentalCodex;
  beforeAll(async () => {
    env = await startOfflineCodex({ experimentalApi: true });
    codex = env.codex; // typed ExperimentalCodex by the overload
  });
  afterAll(() => env.dispose());

  test('the experimental set is generated: 184 client requests, 11 server requests', () => {
    expect(experimentalMethods.CLIENT_REQUEST_METHODS).toHaveLength(184);
    expect(experimentalMethods.SERVER_REQUEST_METHODS).toHaveLength(11);
    expect(experimentalMethods.SERVER_NOTIFICATION_METHODS).toHaveLength(86);
    expect(experimentalMethods.CLIENT_REQUEST_METHODS).toContain('collaborationMode/list');
  });

  test('an experimental method answers, typed from the experimental set', async () => {
    const modes = await codex.experimental.request('collaborationMode/list', {});
    expect(modes.data.map((m) => m.mode).sort()).toEqual(['default', 'plan']);
  });

  test('experimental fields of stable methods pass the experimental check, not the stable one', async () => {
    const started = await codex.experimental.request('thread/start', { mockExperimentalField: 'probe' });
    expect(typeof started.thread.id).toBe('string');
    await expect(codex.request('thread/start', { mockExperimentalField: 'probe' } as never)).rejects.toBeInstanceOf(ParamsCheckError);
    await expect(codex.experimental.request('thread/start', { mockExperimentalFeild: 'x' } as never)).rejects.toThrow(/did you mean "mockExperimentalField"/);
  });

  test('a client without experimentalApi has no experimental member at runtime either', async () => {
    await using stable = await startOfflineCodex();
    expect('experimental' in stable.codex).toBe(false);
    expect(Object.keys(codex)).not.toContain('experimental');
  });
});
