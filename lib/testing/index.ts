/**
 * `codex-rx/testing`: test your Codex integration in CI without network or credentials. A fake
 * OpenAI Responses server with scripted scenarios, a hermetic `CODEX_HOME`/`HOME`/`TMPDIR`, and
 * the config that points the real app-server at them (plugins off, loopback only).
 * @packageDocumentation
 */
export {
  startFakeResponsesServer,
  FakeResponsesServer,
  SCENARIOS,
  type Scenario,
  type ScenarioName,
  type RecordedRequest,
  type FakeResponsesServerOptions,
} from './fake-responses-server.js';
export { createHermeticHome, mockProviderConfig, writeCodexConfig, type HermeticHome, type MockProviderConfigOptions } from './hermetic.js';
export { startOfflineCodex, type OfflineCodex, type OfflineCodexOptions } from './offline-codex.js';
export {
  startFakeOAuthIssuer,
  followAsBrowser,
  FakeOAuthIssuer,
  type FakeOAuthIssuerOptions,
  type FakeIdentity,
  type IssuerRequest,
} from './fake-oauth-issuer.js';
export { withLoginPortLock, isProcessAlive } from './login-port-lock.js';
