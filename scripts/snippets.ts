/**
 * The code blocks of README.md and docs/*.md that scripts/check-snippets.ts checks and
 * spec/snippets.spec.ts runs. Conventions: see scripts/check-snippets.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a fragment may take from the code before it, with its type. */
export const CONTEXT: Record<string, string> = {
  codex: "import('codex-rx').Codex",
  thread: "import('codex-rx').Thread",
  turn: "import('codex-rx').TurnHandle",
};

const LANGS = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);

export interface Snippet {
  /** The markdown file, relative to the root. */
  doc: string;
  /** 1-based line of the first code line in the markdown file. */
  line: number;
  code: string;
  /** Context names it declared with `<!-- snippet: … -->`: empty for a complete program. */
  uses: string[];
}

/** README.md and docs/*.md, without the generated API reference. */
export function snippetDocs(root: string): string[] {
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md') && f !== 'api-reference.md');
  return ['README.md', ...docs.sort().map((f) => `docs/${f}`)];
}

/** The ts/js blocks of one markdown file, without the skipped ones. `problems` gets marker errors. */
export function extractSnippets(root: string, doc: string, problems: string[] = []): Snippet[] {
  const lines = readFileSync(join(root, doc), 'utf8').split('\n');
  const out: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('```')) continue;
    const lang = /^```(\w+)\s*$/.exec(lines[i]!)?.[1];
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith('```')) end++;
    const marker = /^<!--\s*snippet:\s*(.*?)\s*-->\s*$/.exec(lines[i - 1] ?? '');
    const words = marker ? marker[1]!.split(/[\s,]+/).filter(Boolean) : [];
    if (lang && LANGS.has(lang) && !words.includes('skip')) {
      const unknown = words.filter((w) => !(w in CONTEXT));
      if (unknown.length) problems.push(`${doc}:${i}: unknown snippet context ${unknown.join(', ')} (known: ${Object.keys(CONTEXT).join(', ')}, skip)`);
      out.push({ doc, line: i + 2, code: lines.slice(i + 1, end).join('\n'), uses: words });
    }
    i = end;
  }
  return out;
}

/** `using` / `await using` declarations, which Node 20 cannot parse. */
export const USING = /^\s*(?:await\s+)?using\s+[A-Za-z_$]/m;
