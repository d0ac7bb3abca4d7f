/**
 * Pins the public API: the export list of each entry point and the public members of the main
 * classes, read from the source with the TypeScript compiler. An accidental change fails here; a
 * deliberate one shows up in the snapshot diff (`npx jest -u` after review).
 */
import { join } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..');
const entries = { '.': 'lib/index.ts', './types': 'lib/types.ts', './testing': 'lib/testing/index.ts', './relay': 'lib/relay/index.ts' };
const program = ts.createProgram(
  Object.values(entries).map((f) => join(root, f)),
  { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, skipLibCheck: true, noEmit: true },
);
const checker = program.getTypeChecker();

function exportsOf(file: string): ts.Symbol[] {
  const source = program.getSourceFile(join(root, file))!;
  return checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
}

function publicMembers(file: string, className: string): string[] {
  const symbol = exportsOf(file).find((s) => s.name === className)!;
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const decl = target.declarations!.find(ts.isClassDeclaration)!;
  const instance = checker.getDeclaredTypeOfSymbol(target);
  const names = new Set<string>();
  for (const prop of checker.getPropertiesOfType(instance)) {
    const d = prop.valueDeclaration ?? prop.declarations?.[0];
    const mods = d ? ts.getCombinedModifierFlags(d as ts.Declaration) : 0;
    const internal = d ? ts.getJSDocTags(d).some((t) => t.tagName.text === 'internal') : false;
    if (mods & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || prop.name.startsWith('__') || internal) continue;
    names.add(prop.name === '__@asyncDispose@' ? '[Symbol.asyncDispose]' : prop.name);
  }
  for (const member of decl.members) {
    if (ts.isMethodDeclaration(member) && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) names.add(`static ${member.name.getText()}`);
    if (ts.isMethodDeclaration(member) && ts.isComputedPropertyName(member.name)) names.add(member.name.getText());
  }
  return [...names].filter((n) => !n.startsWith('__@')).sort();
}

describe('public surface', () => {
  test.each(Object.entries(entries))('exports of %s', (_entry, file) => {
    const names = exportsOf(file).map((s) => s.name).sort();
    if (file === 'lib/types.ts') {
      // every generated definition plus the method tables: pinned by count and by a few landmarks
      expect({ count: names.length, landmarks: ['ClientRequestMap', 'ServerNotificationMap', 'schemas', 'Thread', 'TurnStartParams'].filter((n) => names.includes(n)) }).toMatchSnapshot();
    } else {
      expect(names).toMatchSnapshot();
    }
  });

  test.each([
    ['lib/index.ts', 'Codex'],
    ['lib/index.ts', 'Thread'],
    ['lib/index.ts', 'TurnHandle'],
    ['lib/index.ts', 'ChatgptLogin'],
    ['lib/index.ts', 'DeviceCodeLogin'],
    ['lib/index.ts', 'PendingApproval'],
  ])('members of %s %s', (file, name) => {
    expect(publicMembers(file, name)).toMatchSnapshot();
  });
});
