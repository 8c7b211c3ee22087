/**
 * One definition drives both the JSON Schema shipped to editors and the validator `load` runs,
 * so the two cannot disagree. A definition is plain data; `Infer<D>` is the TypeScript type of
 * the value it accepts (as valibot does), so the loader reads validated input with types.
 */

/** What every definition says about itself. */
export interface Meta {
  /** One or two sentences for the author: editors show it on hover, the reference prints it. */
  readonly description: string
  /** How a message names the expected value: "a duration such as `1h30m`". */
  readonly expected?: string
  readonly examples?: readonly unknown[]
  /** The value used when the key is absent, for the docs and the schema's `default`. */
  readonly default?: unknown
}

interface Base {
  readonly meta: Meta
  /** Set by {@link opt}: the key may be absent. */
  readonly optional?: boolean
}

/** Text, optionally one of `values` or matching `pattern`. */
export interface StringDef<T extends string = string> extends Base {
  readonly kind: 'string'
  readonly values?: readonly T[]
  readonly pattern?: RegExp
  /** The rule in words, for messages: "12 digits". */
  readonly rule?: string
  readonly minLength?: number
  readonly maxLength?: number
  /**
   * Accept an unquoted YAML number or boolean as its text (`id: 012345678901` keeps its leading
   * zero): for values that are text to AWS but look like numbers to YAML.
   */
  readonly plain?: boolean
}

/** A number; `integer` for whole numbers. */
export interface NumberDef extends Base {
  readonly kind: 'number'
  readonly integer: boolean
  readonly minimum?: number
  readonly maximum?: number
}

/** `true` or `false`. */
export interface BooleanDef extends Base {
  readonly kind: 'boolean'
}

/** Exactly this value. */
export interface ConstDef<
  T extends string | number | boolean = string | number | boolean,
> extends Base {
  readonly kind: 'const'
  readonly value: T
}

/** The properties of an object definition. */
export type Props = Readonly<Record<string, Def>>

/** A map with known keys; unknown keys are refused. */
export interface ObjectDef<P extends Props = Props> extends Base {
  readonly kind: 'object'
  readonly properties: P
  /** Accept `null` (a YAML key with nothing after it) as `{}`. Only for objects without required keys. */
  readonly nullAsEmpty?: boolean
}

/** A map from names the author chooses to values of one definition. */
export interface RecordDef<V extends Def = Def> extends Base {
  readonly kind: 'record'
  readonly values: V
  /** What one entry is, for messages: `role` gives "role `Admin`". */
  readonly entry: string
  readonly keyPattern?: RegExp
  readonly keyRule?: string
  readonly minEntries?: number
}

/** A list. */
export interface ArrayDef<I extends Def = Def> extends Base {
  readonly kind: 'array'
  readonly items: I
  /** What one item is, for messages: `step` gives "step 3". */
  readonly item?: string
  readonly minItems?: number
  readonly maxItems?: number
}

/** One of several definitions, told apart by the JSON kind of the value (text, number, map, …). */
export interface UnionDef<V extends readonly Def[] = readonly Def[]> extends Base {
  readonly kind: 'union'
  readonly variants: V
}

/** A free-form JSON map (a policy document written as a map, token claims, an output). */
export interface AnyDef extends Base {
  readonly kind: 'any'
}

/** A named definition, emitted once under `$defs`; `T` is its type (refs may recurse). */
export interface RefDef<T = unknown> extends Base {
  readonly kind: 'ref'
  readonly name: string
  readonly target: () => Def
  /** Phantom: the type the target accepts. */
  readonly type?: T
}

/**
 * A map with common keys and exactly one key from `variants` (a step and its kind, a change and
 * its operation). With `allowNone`, a map with none of the variant keys is accepted when it has
 * one of those common keys (a step that only narrates).
 */
export interface OneKeyDef<C extends Props = Props, V extends Props = Props> extends Base {
  readonly kind: 'oneKey'
  readonly common: C
  readonly variants: V
  /** What the variant keys are, for messages: "kind", "operation". */
  readonly variantName: string
  readonly allowNone?: readonly string[]
}

/** Any definition. */
export type Def =
  | StringDef<string>
  | NumberDef
  | BooleanDef
  | ConstDef
  | ObjectDef
  | RecordDef
  | ArrayDef
  | UnionDef
  | AnyDef
  | RefDef<unknown>
  | OneKeyDef

type OptionalKeys<P extends Props> = {
  [K in keyof P]: P[K] extends { readonly optional: true } ? K : never
}[keyof P]
type RequiredKeys<P extends Props> = Exclude<keyof P, OptionalKeys<P>>

/** The value an object definition accepts. */
export type InferProps<P extends Props> = {
  readonly [K in RequiredKeys<P>]: Infer<P[K]>
} & { readonly [K in OptionalKeys<P>]?: Infer<P[K]> }

type InferOneKey<C extends Props, V extends Props> = {
  [K in keyof V]: InferProps<C> & { readonly [Q in K]: Infer<V[K]> }
}[keyof V]

/** The TypeScript type of the values a definition accepts. */
export type Infer<D> =
  D extends StringDef<infer T>
    ? T
    : D extends NumberDef
      ? number
      : D extends BooleanDef
        ? boolean
        : D extends ConstDef<infer T>
          ? T
          : D extends ObjectDef<infer P>
            ? InferProps<P>
            : D extends RecordDef<infer V>
              ? Readonly<Record<string, Infer<V>>>
              : D extends ArrayDef<infer I>
                ? readonly Infer<I>[]
                : D extends UnionDef<infer V>
                  ? Infer<V[number]>
                  : D extends RefDef<infer T>
                    ? T
                    : D extends OneKeyDef<infer C, infer V>
                      ? InferOneKey<C, V> | InferProps<C>
                      : D extends AnyDef
                        ? Readonly<Record<string, unknown>>
                        : unknown

/** Marks a property as optional. */
export function opt<D extends Def>(def: D): D & { readonly optional: true } {
  return { ...def, optional: true }
}

/** The definition builders, named after JSON's kinds. */
export const s = {
  string<const T extends string = string>(
    meta: Meta,
    options: Omit<StringDef<T>, 'kind' | 'meta' | 'optional'> = {},
  ): StringDef<T> {
    return { kind: 'string', meta, ...options }
  },
  enum<const T extends string>(values: readonly T[], meta: Meta): StringDef<T> {
    return { kind: 'string', meta, values }
  },
  integer(meta: Meta, options: { minimum?: number; maximum?: number } = {}): NumberDef {
    return { kind: 'number', integer: true, meta, ...options }
  },
  number(meta: Meta, options: { minimum?: number; maximum?: number } = {}): NumberDef {
    return { kind: 'number', integer: false, meta, ...options }
  },
  boolean(meta: Meta): BooleanDef {
    return { kind: 'boolean', meta }
  },
  literal<const T extends string | number | boolean>(value: T, meta: Meta): ConstDef<T> {
    return { kind: 'const', value, meta }
  },
  object<const P extends Props>(
    properties: P,
    meta: Meta,
    options: { nullAsEmpty?: boolean } = {},
  ): ObjectDef<P> {
    return { kind: 'object', properties, meta, ...options }
  },
  record<V extends Def>(
    values: V,
    meta: Meta,
    options: { entry: string; keyPattern?: RegExp; keyRule?: string; minEntries?: number },
  ): RecordDef<V> {
    return { kind: 'record', values, meta, ...options }
  },
  array<I extends Def>(
    items: I,
    meta: Meta,
    options: { item?: string; minItems?: number; maxItems?: number } = {},
  ): ArrayDef<I> {
    return { kind: 'array', items, meta, ...options }
  },
  union<const V extends readonly Def[]>(variants: V, meta: Meta): UnionDef<V> {
    return { kind: 'union', variants, meta }
  },
  any(meta: Meta): AnyDef {
    return { kind: 'any', meta }
  },
  ref<T>(name: string, target: () => Def, meta: Meta): RefDef<T> {
    return { kind: 'ref', name, target, meta }
  },
  oneKey<const C extends Props, const V extends Props>(
    common: C,
    variants: V,
    meta: Meta,
    options: { variantName: string; allowNone?: readonly string[] },
  ): OneKeyDef<C, V> {
    return { kind: 'oneKey', common, variants, meta, ...options }
  },
}
