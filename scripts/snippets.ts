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

/** The marker word of a complete program that needs a model (a login, or a provider you configured). */
export const NEEDS_MODEL = 'model';

export interface Snippet {
  /** The markdown file, relative to the root. */
  doc: string;
  /** 1-based line of the first code line in the markdown file. */
  line: number;
  code: string;
  /** Context names it declared with `<!-- snippet: … -->`: empty for a complete program. */
  uses: string[];
  /** Marked `<!-- snippet: model -->`: a complete program that needs a model to run. */
  needsModel: boolean;
}

/** Whether code starts a turn (and so needs a model, unless it runs on `codex-rx/testing`). */
export const STARTS_TURN = /\.(?:run|turn|sendToolOutput)\(/;
/** Whether code runs on the offline kit, whose fake model answers on 127.0.0.1. */
export const OFFLINE_KIT = /\bstartOfflineCodex\(/;

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
      const unknown = words.filter((w) => !(w in CONTEXT) && w !== NEEDS_MODEL);
      if (unknown.length) problems.push(`${doc}:${i}: unknown snippet context ${unknown.join(', ')} (known: ${Object.keys(CONTEXT).join(', ')}, ${NEEDS_MODEL}, skip)`);
      out.push({ doc, line: i + 2, code: lines.slice(i + 1, end).join('\n'), uses: words.filter((w) => w !== NEEDS_MODEL), needsModel: words.includes(NEEDS_MODEL) });
    }
    i = end;
  }
  return out;
}

/** `using` / `await using` declarations, which Node 20 cannot parse. */
export const USING = /^\s*(?:await\s+)?using\s+[A-Za-z_$]/m;

/** GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, spaces as `-`. */
export function headingSlug(title: string): string {
  return title
    .replace(/<[^>]+>/g, '')
    .replace(/[`*\\]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a markdown text's headings, numbered as GitHub numbers repeats. */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6} (.*)$/.exec(line);
    if (!heading) continue;
    const base = headingSlug(heading[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

/** The repository's own URL prefix: README links use it so they work on the npm page too. */
export const REPO_URL = /^https:\/\/github\.com\/codex-rx\/codex-rx\/(?:blob|tree)\/main\/(.*)$/;

/** Links of a markdown text outside code, with their 1-based line. */
export function markdownLinks(text: string): { line: number; target: string }[] {
  const out: { line: number; target: string }[] = [];
  let fenced = false;
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) return;
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) out.push({ line: i + 1, target: m[1]! });
  });
  return out;
}
