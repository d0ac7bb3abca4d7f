/** This package's name and version, sent as the default `clientInfo`. Checked against package.json by a test. */
export const SDK_NAME = 'codex-rx';
export const SDK_VERSION = '0.1.0';
/** The `@openai/codex` version this SDK and its generated types are pinned to. */
export const PINNED_CODEX_VERSION = '0.169.0';
