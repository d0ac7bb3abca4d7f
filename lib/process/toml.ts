/** A value that can be written as TOML in a `-c key=value` flag. */
export type TomlValue = string | number | boolean | null | undefined | TomlValue[] | { [key: string]: TomlValue };

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

function tomlKey(key: string): string {
  return BARE_KEY.test(key) ? key : JSON.stringify(key);
}

/** Renders a value as an inline TOML value (strings are basic strings, objects inline tables). */
export function toToml(value: TomlValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'nan';
    if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(toToml).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    return `{${entries.map(([k, v]) => `${tomlKey(k)} = ${toToml(v)}`).join(', ')}}`;
  }
  throw new TypeError(`TOML has no null: cannot write ${String(value)}`);
}

/** `-c key=value` arguments for each entry of a config object (null and undefined entries are skipped). */
export function configArgs(config: Record<string, TomlValue> | undefined): string[] {
  const args: string[] = [];
  for (const [key, value] of Object.entries(config ?? {})) {
    if (value === undefined || value === null) continue;
    args.push('-c', `${key}=${toToml(value)}`);
  }
  return args;
}
