/**
 * Compile-checks every ```ts / ```js code block of README.md and docs/*.md (not the generated
 * api-reference.md) against lib/, with the TypeScript compiler API. `npm test` runs it.
 *
 *   npm run check:snippets
 *
 * Each block is checked twice, as an ES module with top-level await:
 *   - as TypeScript (strict), with `codex-rx`, `codex-rx/types` and `codex-rx/testing` mapped to
 *     lib/, so it type-checks as a user's code would;
 *   - as plain JavaScript (checkJs), so that anything Node 20 cannot run fails: type annotations,
 *     `!`, `as`, and `using` / `await using` declarations.
 * `await using` is allowed in a block only when the next block is its Node 20 form: no `using`,
 * and a `finally` that closes what the first block disposed.
 *
 * Conventions, written as an HTML comment on the line before the fence (invisible on GitHub and
 * npm):
 *   <!-- snippet: codex thread -->   a fragment that continues earlier code: it may use the named
 *                                    variables, which the checker declares (`codex: Codex`,
 *                                    `thread: Thread`, `turn: TurnHandle`). It may use no others.
 *   <!-- snippet: model -->          a complete program that needs a model: a login, or a provider
 *                                    of the reader's. spec/snippets.spec.ts runs it against a fake
 *                                    model; say so in the text around it (log in first).
 *   <!-- snippet: skip (why) -->     not checked; keep it rare and give the reason in the comment
 *                                    (code of another package, for comparison).
 * Every other block must be complete: its imports and variables are its own. A complete block
 * must run offline as written: one that starts a turn runs on `startOfflineCodex()` from
 * `codex-rx/testing`, or is marked `model` (checked here from the code; spec/snippets.spec.ts runs
 * the unmarked ones against no model at all, so one that needs a model fails there).
 *
 * It also checks the links of these files: README.md (the npm page too) links into the repository
 * with absolute https://github.com/codex-rx/codex-rx/… URLs; every link into the repository must
 * reach a file, and its #anchor a heading.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { CONTEXT, extractSnippets, headingAnchors, markdownLinks, NEEDS_MODEL, OFFLINE_KIT, REPO_URL, snippetDocs, STARTS_TURN, type Snippet } from './snippets.js';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');

const problems: string[] = [];
const fail = (message: string) => problems.push(message);

const docs = snippetDocs(root);
const snippets = docs.flatMap((doc) => extractSnippets(root, doc, problems));

// Virtual files next to the sources, so `rxjs` and `@types/node` resolve from node_modules.
const dir = join(root, '.snippets');
const files = new Map<string, { snippet: Snippet; offset: number; js: boolean }>();
const texts = new Map<string, string>();
snippets.forEach((snippet, n) => {
  for (const js of [false, true]) {
    // Context on the first line only, so snippet line k is file line k + 1.
    const context = snippet.uses
      .map((name) => (js ? `const ${name} = /** @type {${CONTEXT[name]}} */ (/** @type {unknown} */ (null));` : `declare const ${name}: ${CONTEXT[name]};`))
      .join(' ');
    const file = join(dir, `${n}-${snippet.doc.replace(/\W/g, '_')}.${js ? 'mjs' : 'mts'}`);
    files.set(file, { snippet, offset: 1, js });
    texts.set(file, `${context}\n${snippet.code}\nexport {};\n`);
  }
});

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.esnext.disposable.d.ts'],
  types: ['node'],
  strict: true,
  allowJs: true,
  checkJs: true,
  noEmit: true,
  skipLibCheck: true,
  esModuleInterop: true,
  baseUrl: root,
  paths: {
    'codex-rx': ['lib/index.ts'],
    'codex-rx/types': ['lib/types.ts'],
    'codex-rx/testing': ['lib/testing/index.ts'],
    'codex-rx/relay': ['lib/relay/index.ts'],
  },
};
const host = ts.createCompilerHost(options);
const { getSourceFile, fileExists, readFile } = host;
host.fileExists = (f) => texts.has(f) || fileExists.call(host, f);
host.readFile = (f) => texts.get(f) ?? readFile.call(host, f);
host.getSourceFile = (f, language, ...rest) => {
  const text = texts.get(f);
  return text !== undefined ? ts.createSourceFile(f, text, language, true) : getSourceFile.call(host, f, language, ...rest);
};
const program = ts.createProgram([...files.keys()], options, host);

const where = (file: string, pos: number) => {
  const { snippet, offset } = files.get(file)!;
  const source = program.getSourceFile(file)!;
  const { line, character } = source.getLineAndCharacterOfPosition(pos);
  return `${snippet.doc}:${snippet.line + line - offset}:${character + 1}`;
};

for (const [file, { js }] of files) {
  const source = program.getSourceFile(file)!;
  const flavour = js ? 'as JavaScript' : 'as TypeScript';
  for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
    fail(`${where(file, d.start ?? 0)} (${flavour}): ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
}

// A complete block runs offline as written, or says that it needs a model; the marker means it.
for (const snippet of snippets) {
  const where = `${snippet.doc}:${snippet.line - 1}`;
  if (snippet.needsModel && snippet.uses.length) fail(`${where}: <!-- snippet: ${NEEDS_MODEL} --> is for complete programs, not fragments (${snippet.uses.join(', ')})`);
  else if (snippet.needsModel && (!STARTS_TURN.test(snippet.code) || OFFLINE_KIT.test(snippet.code))) fail(`${where}: <!-- snippet: ${NEEDS_MODEL} --> but the block starts no turn, or runs on the offline kit`);
  else if (!snippet.needsModel && !snippet.uses.length && STARTS_TURN.test(snippet.code) && !OFFLINE_KIT.test(snippet.code)) {
    fail(`${where}: this complete block starts a turn, which needs a model: run it on startOfflineCodex() from codex-rx/testing, or mark it <!-- snippet: ${NEEDS_MODEL} --> and say so in the text`);
  }
}

// `using` needs its Node 20 form next to it.
const usesUsing = (file: string) => {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Using) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(program.getSourceFile(file)!);
  return found;
};
const tsFiles = [...files].filter(([, f]) => !f.js).map(([file]) => file);
tsFiles.forEach((file, n) => {
  if (!usesUsing(file)) return;
  const { snippet } = files.get(file)!;
  const next = tsFiles[n + 1];
  const pair = next && files.get(next)!.snippet;
  if (!pair || pair.doc !== snippet.doc || usesUsing(next) || !/\bfinally\b/.test(pair.code)) {
    fail(`${snippet.doc}:${snippet.line}: a block with \`using\` must be followed by its Node 20 form (no \`using\`, a try/finally)`);
  }
});

// Context markers that name something the block never uses.
for (const [file, { snippet, js }] of files) {
  if (js) continue;
  const source = program.getSourceFile(file)!;
  for (const name of snippet.uses) {
    const used = source.text.slice(source.getLineEndOfPosition(0)).match(new RegExp(`\\b${name}\\b`));
    if (!used) fail(`${snippet.doc}:${snippet.line - 1}: <!-- snippet: ${name} --> but the block does not use \`${name}\``);
  }
}

// The JavaScript flavour must parse on the Node that runs this (Node 20 in CI): `node --check`.
const scratch = mkdtempSync(join(tmpdir(), 'codex-rx-snippets-'));
try {
  for (const [file, { snippet, js }] of files) {
    if (!js || usesUsing(file.replace(/\.mjs$/, '.mts'))) continue;
    const path = join(scratch, file.slice(dir.length + 1));
    writeFileSync(path, texts.get(file)!);
    try {
      execFileSync(process.execPath, ['--check', path], { stdio: 'pipe' });
    } catch (error) {
      const detail = String((error as { stderr?: Buffer }).stderr ?? error).split('\n').find((l) => /Error/.test(l)) ?? 'does not parse';
      fail(`${snippet.doc}:${snippet.line}: Node ${process.versions.node} cannot parse it: ${detail}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// Links: README.md is also the npm page, so it links into the repository with absolute URLs;
// every link into the repository must reach a file, and its #anchor a heading.
for (const doc of docs) {
  const text = readFileSync(join(root, doc), 'utf8');
  for (const { line, target } of markdownLinks(text)) {
    const own = REPO_URL.exec(target);
    if (/^[a-z]+:/.test(target) && !own) continue; // another site
    if (doc === 'README.md' && !own && !target.startsWith('#')) {
      fail(`${doc}:${line}: ${target}: link with https://github.com/codex-rx/codex-rx/blob/main/… (relative links break on the npm page)`);
      continue;
    }
    const [path = '', anchor] = (own ? own[1]! : target).split('#');
    const file = path ? (own ? join(root, path) : join(root, dirname(doc), path)) : join(root, doc);
    if (!existsSync(file)) fail(`${doc}:${line}: ${target}: no such file`);
    else if (anchor && file.endsWith('.md') && !headingAnchors(readFileSync(file, 'utf8')).has(anchor)) fail(`${doc}:${line}: ${target}: no such heading`);
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in ${snippets.length} snippets. Conventions: ${relative(process.cwd(), join(root, 'scripts', 'check-snippets.ts'))}`);
  process.exitCode = 1;
} else {
  console.log(`${snippets.length} snippets in ${docs.length} files compile as TypeScript and as plain JavaScript; Node ${process.versions.node} parses each without \`using\`; links resolve.`);
}
