import type { z } from 'zod';
import { checks, type CheckNode } from '../generated/checks.js';
import { checkOf, nodeCheck, type CheckTable } from './checks.js';
import { isObject } from './messages.js';

/** Why a value does not match a protocol definition: zod's issues (or issues of the same shape), and their text. */
export interface Explanation {
  message: string;
  issues: z.core.$ZodIssue[];
  /** The definition's name, where the build knows it (the Node build; the browser build carries no names). */
  schema?: string;
}

/**
 * Explains a value that the checks refused (`strict`: unknown keys fail); null if the definition
 * accepts it after all. The Node build explains with zod (its issues and messages, see
 * lib/node/zod-explainer.ts); the browser build, which carries no zod, with {@link explainFromTable}.
 */
export type Explainer = (ref: number, value: unknown, strict: boolean) => Explanation | null;

/** The stable set's check table, lenient and strict, parsed when a check is first compiled. */
export const LENIENT_TABLE: CheckTable = {
  get nodes() {
    return checks();
  },
  strict: false,
};
export const STRICT_TABLE: CheckTable = {
  get nodes() {
    return checks();
  },
  strict: true,
};

let explainer: Explainer = (ref, value, strict) => explainFromTable(strict ? STRICT_TABLE : LENIENT_TABLE, ref, value);

/** Explains with the installed explainer (see {@link Explainer}); `ref`: the definition's index in the check table. */
export function explain(ref: number, value: unknown, strict: boolean): Explanation | null {
  return explainer(ref, value, strict);
}

let prepare: () => void = () => {};

/**
 * @internal Called once by the Node entry points, which explain with zod; `prepareNext` readies it
 * (loads what it needs in the background), see {@link prepareExplainer}.
 */
export function useExplainer(next: Explainer, prepareNext: () => void = () => {}): void {
  explainer = next;
  prepare = prepareNext;
}

/** Readies the installed explainer for a connection that validates, so a refusal is worded by it. */
export function prepareExplainer(): void {
  prepare();
}

type Issue = z.core.$ZodIssue;
const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Issues in zod's shape from the check table alone: the first place where the value goes wrong,
 * per field (an object's fields, an array's items, the option a discriminated union names),
 * without zod's wording for every case.
 */
export function explainFromTable(table: CheckTable, ref: number, value: unknown): Explanation | null {
  const accepts = (node: CheckNode, v: unknown): boolean => nodeCheck(table, node)(v);
  const loose: CheckTable = table.strict ? { nodes: table.nodes, strict: false } : table;
  const issues: Issue[] = [];
  const add = (issue: Record<string, unknown>) => issues.push(issue as unknown as Issue);
  /** `side`: a side of an intersection, whose unknown keys at this level are the intersection's to report. */
  const walk = (node: CheckNode, v: unknown, path: PropertyKey[], side = false): void => {
    if (side ? nodeCheck(loose, node)(v) : accepts(node, v)) return;
    if (typeof node === 'number') return walk(table.nodes[node]!, v, path, side);
    if (typeof node === 'string') {
      const expected = ({ s: 'string', n: 'number', b: 'boolean', z: 'null', x: 'never' } as Record<string, string>)[node] ?? 'unknown';
      return void add({ code: 'invalid_type', expected, path, message: `Invalid input: expected ${expected}, received ${kindOf(v)}` });
    }
    if (!Array.isArray(node)) return walkObject(node as Fields, null, v, path, side);
    const [op, ...args] = node as unknown as [number, ...any[]];
    switch (op) {
      case 0:
      case 10: {
        const values = op === 0 ? [args[0]] : args;
        return void add({ code: 'invalid_value', values, path, message: `Invalid input: expected ${values.map((x) => JSON.stringify(x)).join(' | ')}` });
      }
      case 11:
        return walk(args[0], v, path);
      case 1:
      case 2:
        if (!Array.isArray(v)) return void add({ code: 'invalid_type', expected: op === 1 ? 'array' : 'tuple', path, message: `Invalid input: expected array, received ${kindOf(v)}` });
        if (op === 2 && v.length !== args.length) return void add({ code: v.length < args.length ? 'too_small' : 'too_big', origin: 'array', path, message: `Invalid input: expected ${args.length} items` });
        return v.forEach((item, i) => walk(op === 1 ? args[0] : args[i], item, [...path, i]));
      case 3:
        if (!isObject(v)) return void add({ code: 'invalid_type', expected: 'record', path, message: `Invalid input: expected record, received ${kindOf(v)}` });
        return Object.keys(v).forEach((k) => walk(args[0], v[k], [...path, k]));
      case 6: {
        const key = args[0] as string;
        const options = args.slice(1) as CheckNode[];
        const tags = options.map((o) => tagOf(o, key));
        const at = isObject(v) ? tags.indexOf(v[key]) : -1;
        if (at >= 0) return walk(options[at]!, v, path, side);
        if (!isObject(v)) return void add({ code: 'invalid_type', expected: 'object', path, message: `Invalid input: expected object, received ${kindOf(v)}` });
        return void add({ code: 'invalid_union', errors: [], note: 'No matching discriminator', discriminator: key, options: tags, path: [...path, key], message: 'Invalid input' });
      }
      case 7:
        return walk(args[2], v, path);
      case 8:
        return walkObject(args[0], args[1], v, path);
      case 4: {
        // Each side's own complaints; unknown keys only where both sides refuse them (what zod reports).
        const before = issues.length;
        walk(args[0], v, path, true);
        walk(args[1], v, path, true);
        if (issues.length === before) add({ code: 'unrecognized_keys', keys: [], path, message: 'Unrecognized keys: none of the intersected types has them' });
        return;
      }
      default:
        return void add({ code: 'invalid_union', errors: [], path, message: 'Invalid input: no option of the union matches' });
    }
  };
  const walkObject = (fields: Fields, catchall: CheckNode | null, v: unknown, path: PropertyKey[], side = false): void => {
    if (!isObject(v)) return void add({ code: 'invalid_type', expected: 'object', path, message: `Invalid input: expected object, received ${kindOf(v)}` });
    for (const [k, field] of Object.entries(fields)) {
      const optional = Array.isArray(field) && field[0] === 9;
      const x = v[k];
      if (optional && x === undefined) continue;
      if (!optional && !(k in v)) add({ code: 'invalid_type', expected: 'nonoptional', path: [...path, k], message: 'Invalid input: expected nonoptional, received undefined' });
      else walk(optional ? (field as [9, CheckNode])[1] : field, x, [...path, k]);
    }
    const unknown = Object.keys(v).filter((k) => !Object.hasOwn(fields, k));
    if (catchall !== null) for (const k of unknown) walk(catchall, v[k], [...path, k]);
    else if (table.strict && !side && unknown.length) add({ code: 'unrecognized_keys', keys: unknown, path, message: `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map((k) => `"${k}"`).join(', ')}` });
  };
  if (checkOf(table, ref)?.(value) !== false) return null;
  walk(ref, value, []);
  // The checks refused the value, so something must be said even where the walk found no one place.
  if (!issues.length) add({ code: 'custom', path: [], message: 'Invalid input: does not match its definition' });
  return { message: JSON.stringify(issues, null, 2), issues };
}

type Fields = { readonly [key: string]: CheckNode };

const tagOf = (option: CheckNode, key: string): unknown => {
  if (Array.isArray(option)) {
    if (option[0] === 7) return option[2];
    if (option[0] === 8) return literal((option[1] as Fields)[key]);
    return undefined;
  }
  return literal((option as Fields)[key]);
};
const literal = (node: CheckNode | undefined): unknown => (Array.isArray(node) && node[0] === 0 ? node[1] : undefined);
