import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CodexError } from '../lib/errors.js';

const LIB = join(__dirname, '..', 'lib');

/** Every TypeScript module under lib/, the generated protocol code aside (it declares no class). */
function modules(dir = LIB): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : modules(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('one error root', () => {
  test('every error class any module of lib/ exports (internal modules included, not only the package entries) extends CodexError', async () => {
    const outside: string[] = [];
    let seen = 0;
    for (const path of modules()) {
      const exports = (await import(path)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== 'function' || !(value.prototype instanceof Error)) continue;
        seen++;
        if (!(value.prototype instanceof CodexError) && value !== CodexError) outside.push(`${relative(LIB, path)}: ${name}`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });
});
