import { startOfflineCodex, type OfflineCodex } from '../../lib/testing/index.js';

/**
 * One real app-server with a fake model for a whole `describe` block: started before its first
 * test, disposed after its last, and the fake model's queue and recorded requests reset before
 * each test. Read `codex`, `fake` and `home` inside tests and hooks, once the block has started.
 */
export function offlineCodexForSuite(): Pick<OfflineCodex, 'codex' | 'fake' | 'home'> {
  let env: OfflineCodex | undefined;
  const current = (): OfflineCodex => {
    if (!env) throw new Error('the offline codex starts in beforeAll: use it inside a test or a hook');
    return env;
  };
  beforeAll(async () => {
    env = await startOfflineCodex();
  });
  afterAll(() => env?.dispose());
  beforeEach(() => env?.fake.reset());
  return {
    get codex() {
      return current().codex;
    },
    get fake() {
      return current().fake;
    },
    get home() {
      return current().home;
    },
  };
}
