import type { z } from 'zod';
import { isObject } from './messages.js';
import { defOf, type ZodDef } from './zod-def.js';

/** Says whether a value is accepted; `false` means "not sure" as well as "no". */
export type Acceptance = (value: unknown) => boolean;

/** A schema kind this compiler does not know: the whole schema is left to zod. */
const UNSUPPORTED = new Error('unsupported schema');

const yes: Acceptance = () => true;
const PRIMITIVE: Record<string, Acceptance> = {
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  null: (v) => v === null,
  unknown: yes,
  any: yes,
  never: () => false,
};

const compiled = new WeakMap<z.ZodType, Acceptance | null>();

/**
 * A check that accepts only values the schema accepts, compiled once from a lenient (loose
 * object) schema: `typeof` tests, literal compares and loops, without zod's output copy or its
 * issue objects for the options of a union that do not match. It may refuse a value the schema
 * accepts (then zod decides, and reports what it rejects); it never accepts one the schema
 * rejects. Null when the schema has a kind it does not know (refinements, transforms, defaults,
 * enums, ...), so zod parses everything for that schema.
 */
export function acceptanceOf(schema: z.ZodType): Acceptance | null {
  let check = compiled.get(schema);
  if (check === undefined) {
    try {
      check = compile(schema, new Map());
    } catch (error) {
      if (error !== UNSUPPORTED) throw error;
      check = null;
    }
    compiled.set(schema, check);
  }
  return check;
}

function compile(schema: z.ZodType, seen: Map<z.ZodType, Acceptance>): Acceptance {
  const done = seen.get(schema);
  if (done) return done;
  // A recursive schema (a JSON value holds JSON values) reaches itself: point there through a ref.
  let impl: Acceptance | null = null;
  seen.set(schema, (v) => impl!(v));
  impl = build(defOf(schema), seen);
  seen.set(schema, impl);
  return impl;
}

function build(def: ZodDef, seen: Map<z.ZodType, Acceptance>): Acceptance {
  if (def.checks?.length || def.coerce) throw UNSUPPORTED;
  const sub = (schema: z.ZodType | undefined) => {
    if (!schema) throw UNSUPPORTED;
    return compile(schema, seen);
  };
  const primitive = Object.hasOwn(PRIMITIVE, def.type) ? PRIMITIVE[def.type] : undefined;
  if (primitive) return primitive;
  switch (def.type) {
    case 'literal': {
      const values = def.values ?? [];
      if (values.length === 1) {
        const only = values[0];
        return (v) => v === only;
      }
      return (v) => values.includes(v);
    }
    case 'optional': {
      const inner = sub(def.innerType);
      return (v) => v === undefined || inner(v);
    }
    case 'nullable': {
      const inner = sub(def.innerType);
      return (v) => v === null || inner(v);
    }
    case 'lazy':
      if (!def.getter) throw UNSUPPORTED;
      return sub(def.getter());
    case 'array': {
      const element = sub(def.element);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'tuple': {
      if (def.rest) throw UNSUPPORTED;
      const items = (def.items ?? []).map(sub);
      return (v) => Array.isArray(v) && v.length === items.length && items.every((item, i) => item(v[i]));
    }
    case 'record': {
      const key = def.keyType && defOf(def.keyType);
      if (!key || key.type !== 'string' || key.checks?.length) throw UNSUPPORTED;
      const value = sub(def.valueType);
      return (v) => {
        if (!isObject(v)) return false;
        for (const k in v) if (Object.hasOwn(v, k) && !value(v[k])) return false;
        return true;
      };
    }
    case 'object':
      return objectCheck(def, sub);
    case 'union': {
      const options = (def.options ?? []).map(sub);
      const byTag = def.discriminator ? tagged(def.discriminator, def.options ?? [], options) : null;
      if (byTag) {
        const key = def.discriminator!;
        return (v) => {
          if (!isObject(v)) return false;
          const option = byTag.get(v[key]);
          return option !== undefined && option(v);
        };
      }
      return (v) => {
        for (let i = 0; i < options.length; i++) if (options[i]!(v)) return true;
        return false;
      };
    }
    case 'intersection': {
      const left = sub(def.left);
      const right = sub(def.right);
      return (v) => left(v) && right(v);
    }
    case 'pipe': {
      // The generator's pipes check a discriminator loosely, then the real schema: no transforms.
      const first = sub(def.in);
      const then = sub(def.out);
      return (v) => first(v) && then(v);
    }
    default:
      throw UNSUPPORTED;
  }
}

/** A loose object: every field of the shape, present unless optional; other keys as the catchall says. */
function objectCheck(def: ZodDef, sub: (schema: z.ZodType | undefined) => Acceptance): Acceptance {
  const shape = def.shape ?? {};
  const catchall = def.catchall ? defOf(def.catchall) : null;
  if (catchall && catchall.type !== 'unknown' && catchall.type !== 'any') throw UNSUPPORTED;
  const keys = Object.keys(shape);
  const kinds = keys.map((k) => defOf(shape[k]!));
  // All fields required strings, numbers or booleans (the deltas that come by the thousand): a
  // plain loop of `typeof`.
  if (kinds.every((d) => (d.type === 'string' || d.type === 'number' || d.type === 'boolean') && !d.checks?.length && !d.coerce)) {
    const types = kinds.map((d) => d.type);
    return (v) => {
      if (!isObject(v)) return false;
      for (let i = 0; i < keys.length; i++) {
        const x = v[keys[i]!];
        const type = types[i];
        if (typeof x !== type || (type === 'number' && !Number.isFinite(x))) return false;
      }
      return true;
    };
  }
  const checks = keys.map((k) => sub(shape[k]));
  const optional = kinds.map((d) => d.type === 'optional');
  return (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < keys.length; i++) {
      const x = v[keys[i]!];
      // A missing required key fails in zod whatever its schema (z.unknown() too).
      if (x === undefined) {
        if (optional[i]) continue;
        return false;
      }
      if (!checks[i]!(x)) return false;
    }
    return true;
  };
}

/** The option of a discriminated union for each literal of its discriminator; null if one is unclear. */
function tagged(key: string, schemas: z.ZodType[], options: Acceptance[]): Map<unknown, Acceptance> | null {
  const map = new Map<unknown, Acceptance>();
  for (let i = 0; i < schemas.length; i++) {
    let def = defOf(schemas[i]!);
    if (def.type === 'pipe' && def.in) def = defOf(def.in);
    const field = def.type === 'object' ? def.shape?.[key] : undefined;
    const values = field ? defOf(field) : null;
    if (!values || values.type !== 'literal' || !values.values) return null;
    for (const value of values.values) {
      if (map.has(value)) return null;
      map.set(value, options[i]!);
    }
  }
  return map;
}
