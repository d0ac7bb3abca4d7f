import type { CheckNode } from '../generated/checks.js';

/** Says whether a value is accepted: exactly what the zod schema of the same definition says. */
export type Check = (value: unknown) => boolean;

/**
 * How a value fares, where an intersection needs more than yes or no: zod lets an intersection
 * reconcile the unknown keys its sides report (a key fails only when both sides refuse it).
 * `true`: accepted. `false`: refused for something else than unknown keys. An object: refused
 * only for unknown keys, `keys` at the top level (an intersection may reconcile them) and
 * `nested` ones inside (it cannot).
 */
type Outcome = boolean | { keys: string[]; nested: boolean };
type Detail = (value: unknown) => Outcome;

/** A table of definitions (lib/generated/checks.ts) and the mode its plain objects follow. */
export interface CheckTable {
  /** The definitions; a number node refers to one by its index. */
  readonly nodes: readonly CheckNode[];
  /** Unknown keys of plain objects fail (zod's `strictObject`) or pass (`looseObject`). */
  readonly strict: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const PROTO = '__proto__';

const PRIMITIVES: { readonly [kind: string]: Check } = {
  s: (v) => typeof v === 'string',
  n: (v) => typeof v === 'number' && Number.isFinite(v),
  b: (v) => typeof v === 'boolean',
  z: (v) => v === null,
  u: () => true,
  x: () => false,
};

/** Each table's compiler, made once: its closures and its caches of compiled definitions. */
const compilers = new WeakMap<CheckTable, Compiler>();
type Compiler = ReturnType<typeof makeCompiler>;

/**
 * The check of the definition at index `ref`, compiled once per table: `typeof` tests, literal compares and
 * loops, no output copy and no issue objects. It follows zod 4's rules to the letter (a missing
 * required key fails whatever its schema, `key in value` tells present from absent, an optional
 * key may hold `undefined`, a discriminated union parses the option its tag names, `__proto__` is
 * never copied by a loose object), so it accepts exactly what zod accepts; spec/rpc/checks.spec.ts
 * compares the two on every definition, lenient and strict. Null when the table has no definition
 * at that index.
 */
export function checkOf(table: CheckTable, ref: number): Check | null {
  if (!hasDefinition(table, ref)) return null;
  return compiler(table).check(ref);
}

/** Whether `ref` is the index of one of the table's definitions. */
export const hasDefinition = (table: CheckTable, ref: number): boolean => Number.isInteger(ref) && ref >= 0 && ref < table.nodes.length;

/** The check of one node of a table's definitions (for explaining a refusal; compiled on each call). */
export function nodeCheck(table: CheckTable, node: CheckNode): Check {
  return compiler(table).bool(node);
}

function compiler(table: CheckTable): Compiler {
  let made = compilers.get(table);
  if (!made) compilers.set(table, (made = makeCompiler(table)));
  return made;
}

function makeCompiler(table: CheckTable) {
  const checks = new Map<number, Check>();
  const details = new Map<number, Detail>();
  const { nodes, strict } = table;

  /** A reference: compiled on first call, so recursive definitions work. */
  // A definition is compiled once; while it compiles, references to it (recursion) go through a stub.
  const once = <F extends (v: unknown) => unknown>(cache: Map<number, F>, ref: number, build: (node: CheckNode) => F): F => {
    let fn = cache.get(ref);
    if (!fn) {
      let impl: F | null = null;
      cache.set(ref, ((v: unknown) => impl!(v)) as F);
      fn = impl = build(definition(ref));
      cache.set(ref, fn);
    }
    return fn;
  };
  const check = (ref: number): Check => once(checks, ref, bool);
  const detailOf = (ref: number): Detail => once(details, ref, detail);
  const definition = (ref: number): CheckNode => {
    if (!hasDefinition(table, ref)) throw new Error(`check table: no definition ${ref}`);
    return nodes[ref]!;
  };
  const unknownKind = (kind: string): never => {
    throw new Error(`check table: unknown kind ${kind}`);
  };
  const primitive = (kind: string): Check | undefined => (Object.hasOwn(PRIMITIVES, kind) ? PRIMITIVES[kind] : undefined);

  function bool(node: CheckNode): Check {
    if (typeof node === 'number') return check(node);
    if (typeof node === 'string') return primitive(node) ?? unknownKind(node);
    if (!Array.isArray(node)) return objectCheck(node as Fields, null);
    const [op, ...args] = node as unknown as readonly [number, ...unknown[]];
    switch (op) {
      case 0: {
        const only = args[0];
        return (v) => v === only;
      }
      case 10: {
        const values = new Set(args);
        return (v) => values.has(v);
      }
      case 11: {
        const inner = bool(args[0] as CheckNode);
        return (v) => v === null || inner(v);
      }
      case 1: {
        const item = bool(args[0] as CheckNode);
        return (v) => {
          if (!Array.isArray(v)) return false;
          for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
          return true;
        };
      }
      case 2: {
        const items = (args as CheckNode[]).map(bool);
        return (v) => Array.isArray(v) && v.length === items.length && items.every((item, i) => item(v[i]));
      }
      case 3: {
        const value = bool(args[0] as CheckNode);
        return (v) => {
          if (!isObject(v)) return false;
          for (const k of Object.keys(v)) if (k !== PROTO && !value(v[k])) return false;
          return true;
        };
      }
      case 5: {
        const options = (args as CheckNode[]).map(bool);
        return (v) => {
          for (let i = 0; i < options.length; i++) if (options[i]!(v)) return true;
          return false;
        };
      }
      case 6: {
        const byTag = tagMap(args[0] as string, args.slice(1) as CheckNode[], bool);
        const key = args[0] as string;
        return (v) => {
          if (!isObject(v)) return false;
          const option = byTag.get(v[key]);
          return option !== undefined && option(v);
        };
      }
      case 7: {
        const [key, literal, inner] = args as [string, unknown, CheckNode];
        const then = bool(inner);
        return (v) => isObject(v) && key in v && v[key] === literal && then(withoutProto(v));
      }
      case 8:
        return objectCheck(args[0] as Fields, bool(args[1] as CheckNode));
      case 4: {
        const left = detail(args[0] as CheckNode);
        const right = detail(args[1] as CheckNode);
        return (v) => intersect(left(v), right(v)) === true;
      }
      default:
        throw new Error(`check table: unknown node ${JSON.stringify(node)}`);
    }
  }

  function objectCheck(fields: Fields, catchall: Check | null): Check {
    const keys = Object.keys(fields);
    const optional = keys.map((k) => isOptional(fields[k]!));
    const checks = keys.map((k, i) => bool(optional[i] ? (fields[k] as readonly [9, CheckNode])[1] : fields[k]!));
    const known = new Set(keys);
    // Most objects of the hot path (deltas) are required strings and numbers: a `typeof` loop.
    const kinds = keys.map((k) => fields[k]);
    if (!strict && catchall === null && keys.length <= 4 && kinds.every((k) => k === 's')) return requiredStrings(keys);
    if (!strict && catchall === null && kinds.every((k) => k === 's' || k === 'b')) {
      const types = kinds.map((k) => (k === 's' ? 'string' : 'boolean'));
      return (v) => {
        if (!isObject(v)) return false;
        for (let i = 0; i < keys.length; i++) if (typeof v[keys[i]!] !== types[i]) return false;
        return true;
      };
    }
    return (v) => {
      if (!isObject(v)) return false;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const x = v[k];
        if (optional[i]) {
          if (x !== undefined && !checks[i]!(x)) return false;
        } else if (!checks[i]!(x) || (x === undefined && !(k in v))) return false;
      }
      if (catchall !== null) {
        for (const k in v) if (!known.has(k) && k !== PROTO && !catchall(v[k])) return false;
      } else if (strict) {
        for (const k in v) if (!known.has(k)) return false;
      }
      return true;
    };
  }

  function detail(node: CheckNode): Detail {
    if (typeof node === 'number') return detailOf(node);
    if (typeof node === 'string') return primitive(node) ?? unknownKind(node);
    if (!Array.isArray(node)) return objectDetail(node as Fields, null);
    const [op, ...args] = node as unknown as readonly [number, ...unknown[]];
    switch (op) {
      case 11: {
        const inner = detail(args[0] as CheckNode);
        return (v) => v === null || inner(v);
      }
      case 1: {
        const item = detail(args[0] as CheckNode);
        return (v) => (Array.isArray(v) ? nestedOf(v.map(item)) : false);
      }
      case 2: {
        const items = (args as CheckNode[]).map(detail);
        return (v) => (Array.isArray(v) && v.length === items.length ? nestedOf(items.map((item, i) => item(v[i]))) : false);
      }
      case 3: {
        const value = detail(args[0] as CheckNode);
        return (v) => (isObject(v) ? nestedOf(Object.keys(v).filter((k) => k !== PROTO).map((k) => value(v[k]))) : false);
      }
      case 5: {
        // zod: the first option that accepts; else the one option refused for unknown keys only, if one.
        const options = (args as CheckNode[]).map(detail);
        return (v) => {
          const soft: Outcome[] = [];
          for (const option of options) {
            const outcome = option(v);
            if (outcome === true) return true;
            if (outcome !== false) soft.push(outcome);
          }
          return soft.length === 1 ? soft[0]! : false;
        };
      }
      case 6: {
        const key = args[0] as string;
        const byTag = tagMap(key, args.slice(1) as CheckNode[], detail);
        return (v) => {
          if (!isObject(v)) return false;
          const option = byTag.get(v[key]);
          return option === undefined ? false : option(v);
        };
      }
      case 7: {
        const [key, literal, inner] = args as [string, unknown, CheckNode];
        const then = detail(inner);
        return (v) => (isObject(v) && key in v && v[key] === literal ? then(withoutProto(v)) : false);
      }
      case 8:
        return objectDetail(args[0] as Fields, detail(args[1] as CheckNode));
      case 4: {
        const left = detail(args[0] as CheckNode);
        const right = detail(args[1] as CheckNode);
        return (v) => intersect(left(v), right(v));
      }
      default:
        return bool(node);
    }
  }

  function objectDetail(fields: Fields, catchall: Detail | null): Detail {
    const keys = Object.keys(fields);
    const optional = keys.map((k) => isOptional(fields[k]!));
    const details = keys.map((k, i) => detail(optional[i] ? (fields[k] as readonly [9, CheckNode])[1] : fields[k]!));
    const known = new Set(keys);
    return (v) => {
      if (!isObject(v)) return false;
      let nested = false;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const x = v[k];
        if (optional[i] && x === undefined) continue;
        const outcome = details[i]!(x);
        if (outcome === false || (!optional[i] && !(k in v))) return false;
        if (outcome !== true) nested = true;
      }
      const unknown: string[] = [];
      for (const k in v) {
        if (known.has(k)) continue;
        if (catchall !== null) {
          if (k === PROTO) continue;
          const outcome = catchall(v[k]);
          if (outcome === false) return false;
          if (outcome !== true) nested = true;
        } else if (strict) unknown.push(k);
      }
      return unknown.length || nested ? { keys: unknown, nested } : true;
    };
  }

  return { check, bool };
}

type Fields = { readonly [key: string]: CheckNode };

/**
 * A loose object of at most four required strings (a delta's params), unrolled: each key is read
 * at a site of its own, which stays monomorphic (one name, one shape) where a loop over the keys
 * would read every name at one megamorphic site. A missing key reads `undefined`, not a string.
 */
function requiredStrings(keys: string[]): Check {
  const [a, b, c, d] = keys as [string, string?, string?, string?];
  switch (keys.length) {
    case 0:
      return isObject;
    case 1:
      return (v) => isObject(v) && typeof v[a] === 'string';
    case 2:
      return (v) => isObject(v) && typeof v[a] === 'string' && typeof v[b!] === 'string';
    case 3:
      return (v) => isObject(v) && typeof v[a] === 'string' && typeof v[b!] === 'string' && typeof v[c!] === 'string';
    default:
      return (v) => isObject(v) && typeof v[a] === 'string' && typeof v[b!] === 'string' && typeof v[c!] === 'string' && typeof v[d!] === 'string';
  }
}

const isOptional = (node: CheckNode): boolean => Array.isArray(node) && node[0] === 9;

/** The option of a discriminated union for each value of its tag (each option is an object or a pipe naming it). */
function tagMap<F>(key: string, options: CheckNode[], compile: (node: CheckNode) => F): Map<unknown, F> {
  const map = new Map<unknown, F>();
  for (const option of options) {
    const tag = Array.isArray(option) ? (option[0] === 7 ? option[2] : option[0] === 8 ? tagOf((option[1] as Fields)[key]) : undefined) : tagOf((option as Fields)[key]);
    if (tag === undefined || map.has(tag)) throw new Error(`check table: a discriminated union on ${key} with an unclear option`);
    map.set(tag, compile(option));
  }
  return map;
}
const tagOf = (node: CheckNode | undefined): unknown => (Array.isArray(node) && node[0] === 0 ? node[1] : undefined);

/** What a loose object passes on: the value without an own `__proto__` key, which zod never copies. */
function withoutProto(v: Record<string, unknown>): Record<string, unknown> {
  if (!Object.hasOwn(v, PROTO)) return v;
  const copy: Record<string, unknown> = {};
  for (const k in v) if (k !== PROTO) copy[k] = v[k];
  return copy;
}

/** An array's or a record's outcome from its elements': their unknown keys are nested, not its own. */
function nestedOf(outcomes: Outcome[]): Outcome {
  let nested = false;
  for (const o of outcomes) {
    if (o === false) return false;
    if (o !== true) nested = true;
  }
  return nested ? { keys: [], nested } : true;
}

/** zod's intersection: both sides' other issues stand; a top-level unknown key fails only when both refuse it. */
function intersect(left: Outcome, right: Outcome): Outcome {
  if (left === false || right === false) return false;
  if (left === true && right === true) return true;
  const leftKeys = left === true ? [] : left.keys;
  const rightKeys = right === true ? [] : right.keys;
  const keys = leftKeys.filter((k) => rightKeys.includes(k));
  const nested = (left !== true && left.nested) || (right !== true && right.nested);
  return keys.length || nested ? { keys, nested } : true;
}
