/**
 * Finds the zod schema that governs a field, so messages can name the field in Chinese
 * (from `.meta({ title })`) and give a fix that fits its format (amount, percent …).
 */
import { z } from 'astro/zod';

export type AnySchema = z.ZodType;
export interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  options?: AnySchema[];
  in?: AnySchema;
  getter?: () => AnySchema;
  valueType?: AnySchema;
  values?: unknown[];
  entries?: Record<string, unknown>;
}

export const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Metadata registered on a schema (title, description, format …). */
export interface FieldMeta {
  title?: string;
  description?: string;
  format?: string;
  examples?: unknown[];
}

/** Strips wrappers (optional, default, lazy …), collecting metadata outermost first. */
export function unwrap(schema: AnySchema, metas: FieldMeta[]): AnySchema {
  let current: AnySchema = schema;
  for (let i = 0; i < 20; i++) {
    const meta = z.globalRegistry.get(current) as FieldMeta | undefined;
    if (meta) metas.push(meta);
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly' || def.type === 'nonoptional' || def.type === 'catch' || def.type === 'prefault') current = def.innerType!;
    else if (def.type === 'lazy') current = def.getter!();
    else if (def.type === 'pipe') current = def.in!;
    else return current;
  }
  return current;
}

/** Picks the union member that matches the data's discriminator (kind). */
function pickOption(options: AnySchema[], data: unknown): AnySchema | undefined {
  const kind = data && typeof data === 'object' ? (data as Record<string, unknown>).kind : undefined;
  for (const option of options) {
    const inner = unwrap(option, []);
    const shape = defOf(inner).shape;
    const literal = shape?.kind ? defOf(unwrap(shape.kind, [])) : undefined;
    if (literal?.values?.includes(kind)) return option;
  }
  return options.length === 1 ? options[0] : undefined;
}

export interface ResolvedField {
  schema: AnySchema;
  meta: FieldMeta;
  /** Keys an object at this path accepts (for "did you mean"). */
  keys?: string[];
  /** Allowed values of an enum or literal at this path. */
  values?: unknown[];
}

/** Resolves the schema at `path` inside `root`, guided by `data` for unions. */
export function resolveField(root: AnySchema, path: readonly PropertyKey[], data: unknown): ResolvedField | undefined {
  let schema: AnySchema | undefined = root;
  let value: unknown = data;
  let metas: FieldMeta[] = [];
  for (let depth = 0; depth <= path.length; depth++) {
    metas = [];
    let inner: AnySchema = unwrap(schema!, metas);
    let def = defOf(inner);
    if (def.type === 'union' && def.options) {
      const picked = pickOption(def.options, value);
      if (!picked) return undefined;
      inner = unwrap(picked, metas);
      def = defOf(inner);
    }
    if (depth === path.length) {
      const meta = Object.assign({}, ...[...metas].reverse()) as FieldMeta;
      return {
        schema: inner,
        meta,
        keys: def.shape ? Object.keys(def.shape) : undefined,
        values: def.type === 'enum' ? Object.values(def.entries ?? {}) : def.values,
      };
    }
    const key = path[depth];
    if (def.type === 'object' && typeof key === 'string') schema = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else return undefined;
    if (!schema) return undefined;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key as never] : undefined;
  }
  return undefined;
}
