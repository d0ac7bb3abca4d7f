// Builds dual ESM (.js) and CJS (.cjs) bundles of each entry point, plus bundled .d.ts/.d.cts types.
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { builtinModules } from 'node:module';
import { readFileSync, rmSync } from 'node:fs';

// A fresh dist each build: chunk names carry hashes, and stale chunks would otherwise be packed.
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const entries = { index: 'lib/index.ts', types: 'lib/types.ts', testing: 'lib/testing/index.ts', relay: 'lib/relay/index.ts' };
// The `browser` export condition of the root entry: one self-contained ESM file, no Node built-ins.
const browserEntries = { browser: 'lib/browser.ts' };
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const external = (id) => id.startsWith('node:') || builtinModules.includes(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));
// The ESM build has no __filename; give it one so the pinned binary resolves from this package.
// Only the chunk that resolves the binary gets it: every other file stays free of Node built-ins.
const shim = "import { fileURLToPath as __codexRxFileURLToPath } from 'node:url';\nconst __filename = __codexRxFileURLToPath(import.meta.url);";
const esmIntro = (chunk) => (chunk.moduleIds.some((id) => id.endsWith('resolve-binary.ts')) ? shim : '');
const ts = () => typescript({ tsconfig: './tsconfig.build.json' });

export default [
  {
    input: entries,
    external,
    plugins: [ts()],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', intro: esmIntro, sourcemap: true },
      { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', sourcemap: true, exports: 'named' },
    ],
  },
  {
    input: entries,
    external,
    plugins: [dts({ tsconfig: './tsconfig.build.json' })],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.cts', chunkFileNames: 'chunks/[name]-[hash].d.cts' },
    ],
  },
  {
    input: browserEntries,
    external,
    plugins: [ts()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/browser-[name]-[hash].js', sourcemap: true },
  },
  {
    input: browserEntries,
    external,
    plugins: [dts({ tsconfig: './tsconfig.build.json' })],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/browser-[name]-[hash].d.ts' },
  },
];
