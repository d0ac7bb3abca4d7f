/**
 * 18 · Models and metadata: what the server is, which models it offers, what config and provider
 * are in force, and what a thread records about itself. All of it is readable without a turn.
 */
import { PINNED_CODEX_VERSION, SDK_VERSION } from '../lib/index.js';
import { section, startExample } from './_setup.js';

await using client = await startExample();
const { codex } = client;

section('server');
// The initialize response: the server's user agent carries its version.
const { userAgent, platformOs, platformFamily, codexHome } = codex.metadata;
const version = /\/(\d+\.\d+\.\d+\S*)/.exec(userAgent)?.[1] ?? 'unknown';
console.log(`codex app-server ${version} (codex-rx ${SDK_VERSION} is built for ${PINNED_CODEX_VERSION}) on ${platformOs}/${platformFamily}`);
console.log(`CODEX_HOME: ${codexHome}`);

section('models');
// model/list pages with a cursor; hidden models only with includeHidden.
const models = [];
for (let cursor: string | null | undefined = null; ; ) {
  const page = await codex.listModels({ limit: 10, cursor });
  models.push(...page.data);
  cursor = page.nextCursor;
  if (!cursor) break;
}
console.log(`models: ${models.length}`);
for (const model of models) {
  const efforts = model.supportedReasoningEfforts.map((e) => e.reasoningEffort).join('/');
  console.log(`${model.isDefault ? '*' : ' '} ${model.id.padEnd(20)} ${model.displayName.padEnd(20)} effort ${model.defaultReasoningEffort} of ${efforts}; input ${(model.inputModalities ?? ['text']).join('+')}`);
}
// `isDefault` marks the catalog's default; the config's `model` (below) is what threads use.
console.log(`catalog default: ${models.find((m) => m.isDefault)?.id ?? 'none'}`);

section('config in force');
// config/read merges every layer (config.toml, -c overrides, profiles) into one effective config.
const { config } = await codex.request('config/read', {});
console.log(`model: ${config.model}, provider: ${config.model_provider}, approval: ${JSON.stringify(config.approval_policy)}, sandbox: ${config.sandbox_mode}`);
const providers = await codex.request('modelProvider/list', {});
console.log(`providers: ${providers.data.map((p) => `${p.id}${p.id === providers.defaultProviderId ? ' (default)' : ''}`).join(', ')}`);

section('thread metadata');
// The config's model answers here (offline: the fake server's `mock-model`); pass `model` to pick another.
const thread = await codex.startThread();
await thread.run('Say hello.');
const info = await codex.readThread(thread.id);
console.log(`thread ${info.id}: model ${info.model} via ${info.modelProvider}, cwd ${info.cwd}`);
console.log(`recorded by codex ${info.cliVersion} for ${info.originator}, preview "${info.preview}"`);
