/**
 * The validator `load` runs: it walks a value along a definition, reports every problem as an
 * issue with its JSON path and a message for learners, and returns the value with unquoted
 * YAML numbers turned to text where a definition asks for text (`plain`). It never throws.
 */
import type { JsonPath } from '@hatrack/policy'
import { issue, type PendingIssue } from '../load/issues/index.ts'
import { closestNames } from '../load/text/closest.ts'
import { code, codeList, describeFound } from '../load/text/words.ts'
import { expectedOf, jsonKindOf, jsonKindOfValue } from './kinds.ts'
import { numberProblem, textProblem } from './scalar-rules.ts'
import { MapResult } from './map-result.ts'
import { shapeOf } from './shape.ts'
import type { ArrayDef, Def, ObjectDef, OneKeyDef, RecordDef, StringDef, NumberDef } from './dsl.ts'

/** How strictly to validate. */
export interface ValidationMode {
  /** Report missing required keys and too few entries (off for a file that `extends` another). */
  readonly required: boolean
  /** `null` removes a key of the base scenario (a file that `extends` another). */
  readonly nullRemoves: boolean
}

/** What the validator needs from the loader. */
export interface ValidationContext {
  readonly mode: ValidationMode
  /** The source text of the unquoted YAML scalar at `path`, for `plain` strings. */
  readonly plainText?: (path: JsonPath) => string | undefined
}

/**
 * What a message calls the value being checked, and the nearest named thing around it. Both
 * are worded only when a message needs them: a file without problems has thousands of values
 * and no message.
 */
class Where {
  #label: string | undefined
  #named: string | undefined
  readonly #makeLabel: () => string
  readonly #makeNamed: () => string

  constructor(makeLabel: () => string, makeNamed: () => string = makeLabel) {
    this.#makeLabel = makeLabel
    this.#makeNamed = makeNamed
  }

  /** "`id` of account `main`", "role `Admin`", "step 3". */
  get label(): string {
    return (this.#label ??= this.#makeLabel())
  }

  /** "account `main`", "step `switch`", "the scenario". */
  get named(): string {
    return (this.#named ??= this.#makeNamed())
  }
}

const ROOT = new Where(() => 'the scenario')

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

class Validator {
  readonly issues: PendingIssue[] = []

  constructor(private readonly ctx: ValidationContext) {}

  check(def: Def, value: unknown, path: JsonPath, where: Where): unknown {
    switch (def.kind) {
      case 'string':
        return this.string(def, value, path, where)
      case 'number':
        return this.number(def, value, path, where)
      case 'boolean':
        if (typeof value !== 'boolean') this.wrongType(def, value, path, where)
        return value
      case 'const':
        if (value !== def.value) {
          if (path.length === 1 && path[0] === 'hatrack' && typeof value === 'number') {
            this.issues.push(
              issue(
                'scenario.version.unsupported',
                path,
                `unsupported format version ${code(String(value))}`,
                {
                  hint: `this Hatrack reads \`hatrack: ${String(def.value)}\``,
                },
              ),
            )
          } else this.wrongType(def, value, path, where)
        }
        return value
      case 'any':
        if (!isMap(value)) this.wrongType(def, value, path, where)
        return value
      case 'object':
        return this.object(def, value, path, where)
      case 'record':
        return this.record(def, value, path, where)
      case 'array':
        return this.array(def, value, path, where)
      case 'union': {
        const kind = jsonKindOfValue(value)
        const variant =
          def.variants.find((candidate) => jsonKindOf(candidate) === kind) ??
          (kind === 'null'
            ? def.variants.find((candidate) => candidate.kind === 'object' && candidate.nullAsEmpty)
            : undefined)
        if (variant === undefined) {
          this.wrongType(def, value, path, where)
          return value
        }
        return this.check(variant, value, path, where)
      }
      case 'ref':
        return this.check(def.target(), value, path, where)
      case 'oneKey':
        return this.oneKey(def, value, path, where)
    }
  }

  private wrongType(def: Def, value: unknown, path: JsonPath, where: Where): void {
    const quoted = typeof value === 'number' || typeof value === 'boolean'
    const wantsText =
      def.kind === 'string' ||
      (def.kind === 'union' && def.variants.some((v) => v.kind === 'string'))
    this.issues.push(
      issue(
        'scenario.schema.type',
        path,
        `expected ${expectedOf(def)} for ${where.label}, found ${describeFound(value)}`,
        {
          hint:
            quoted && wantsText
              ? `put it in quotes to make it text: \`"${String(value)}"\``
              : undefined,
        },
      ),
    )
  }

  private string(def: StringDef, value: unknown, path: JsonPath, where: Where): unknown {
    let text = value
    if (def.plain === true && (typeof value === 'number' || typeof value === 'boolean')) {
      text = this.ctx.plainText?.(path) ?? String(value)
    }
    if (typeof text !== 'string') {
      this.wrongType(def, value, path, where)
      return value
    }
    const problem = textProblem(def, text, path, where)
    if (problem !== undefined) this.issues.push(problem)
    return text
  }

  private number(def: NumberDef, value: unknown, path: JsonPath, where: Where): unknown {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.wrongType(def, value, path, where)
      return value
    }
    const problem = numberProblem(def, value, path, where)
    if (problem !== undefined) this.issues.push(problem)
    return value
  }

  private keys(
    value: Record<string, unknown>,
    known: Readonly<Record<string, Def>>,
    path: JsonPath,
    where: Where,
    out: MapResult,
  ): void {
    for (const key of Object.keys(value)) {
      const item = value[key]
      const def = Object.hasOwn(known, key) ? known[key] : undefined
      if (def === undefined) {
        this.unknownKey(key, Object.keys(known), path, where)
        out.skip()
        continue
      }
      if (item === null && this.ctx.mode.nullRemoves && def.optional === true) {
        out.set(key, null)
        continue
      }
      const child = new Where(
        () => `${code(key)} of ${where.named}`,
        () => where.named,
      )
      out.set(key, this.check(def, item, [...path, key], child))
    }
  }

  private unknownKey(key: string, known: readonly string[], path: JsonPath, where: Where): void {
    const near = closestNames(key, known, 1)
    const hint =
      key === '<<'
        ? 'YAML merge keys are not supported: use `extends`, or an anchor and an alias for the whole value'
        : near.length > 0
          ? `did you mean ${code(near[0] ?? '')}?`
          : known.length > 0
            ? `the keys allowed here are ${codeList(known, 20)}`
            : 'nothing goes here: remove the key'
    this.issues.push(
      issue(
        'scenario.schema.unknownKey',
        [...path, key],
        `unknown key ${code(key)} in ${where.named === where.label ? where.named : where.label}`,
        { hint, anchor: 'key' },
      ),
    )
  }

  private missing(
    required: readonly string[],
    present: Record<string, unknown>,
    known: Readonly<Record<string, Def>>,
    path: JsonPath,
    where: Where,
  ): void {
    if (!this.ctx.mode.required) return
    for (const key of required) {
      if (present[key] !== undefined) continue
      const description = Object.hasOwn(known, key) ? known[key]?.meta.description : undefined
      this.issues.push(
        issue('scenario.schema.missingKey', path, `missing key ${code(key)} in ${where.label}`, {
          hint: description === undefined ? undefined : `${code(key)}: ${lowerFirst(description)}`,
          anchor: 'key',
        }),
      )
    }
  }

  private object(def: ObjectDef, value: unknown, path: JsonPath, where: Where): unknown {
    if (value === null && def.nullAsEmpty === true) return {}
    if (!isMap(value)) {
      this.wrongType(def, value, path, where)
      return value
    }
    const out = new MapResult(value)
    const shape = shapeOf(def)
    this.keys(value, def.properties, path, where, out)
    this.missing(shape.required, value, def.properties, path, where)
    return out.result()
  }

  private record(def: RecordDef, value: unknown, path: JsonPath, where: Where): unknown {
    if (!isMap(value)) {
      this.wrongType(def, value, path, where)
      return value
    }
    const out = new MapResult(value)
    const keys = Object.keys(value)
    for (const key of keys) {
      const item = value[key]
      if (def.keyPattern !== undefined && !def.keyPattern.test(key)) {
        this.issues.push(
          issue(
            'scenario.schema.pattern',
            [...path, key],
            `the name ${code(key)} of a ${def.entry} is not allowed`,
            {
              hint: def.keyRule === undefined ? undefined : `use ${def.keyRule}`,
              anchor: 'key',
            },
          ),
        )
      }
      if (item === null && this.ctx.mode.nullRemoves) {
        out.set(key, null)
        continue
      }
      const named = () =>
        where.named === 'the scenario'
          ? `${def.entry} ${code(key)}`
          : `${def.entry} ${code(key)} of ${where.named}`
      out.set(key, this.check(def.values, item, [...path, key], new Where(named)))
    }
    if (this.ctx.mode.required && def.minEntries !== undefined && keys.length < def.minEntries) {
      this.issues.push(
        issue(
          'scenario.schema.tooFew',
          path,
          `${where.label} needs at least ${def.minEntries === 1 ? `one ${def.entry}` : `${def.minEntries} entries`}`,
        ),
      )
    }
    return out.result()
  }

  private array(def: ArrayDef, value: unknown, path: JsonPath, where: Where): unknown {
    if (!Array.isArray(value)) {
      this.wrongType(def, value, path, where)
      return value
    }
    if (this.ctx.mode.required && def.minItems !== undefined && value.length < def.minItems) {
      this.issues.push(
        issue(
          'scenario.schema.tooFew',
          path,
          `${where.label} needs at least ${def.minItems} items`,
        ),
      )
    }
    // The array itself while every item comes back as it was (see `MapResult`).
    let changed = false
    const out = value.map((item: unknown, index) => {
      const named = () => {
        const id =
          def.item === 'step' && isMap(item) && typeof item['id'] === 'string'
            ? code(item['id'])
            : undefined
        return def.item === undefined
          ? `item ${index + 1} of ${where.label}`
          : id !== undefined
            ? `${def.item} ${id}`
            : def.item === 'step'
              ? `${def.item} ${index + 1}`
              : `${def.item} ${index + 1} of ${where.named}`
      }
      const checked = this.check(
        def.items,
        item,
        [...path, index],
        new Where(named, def.item === undefined ? () => where.named : named),
      )
      if (checked !== item) changed = true
      return checked
    })
    return changed ? out : value
  }

  private oneKey(def: OneKeyDef, value: unknown, path: JsonPath, where: Where): unknown {
    if (!isMap(value)) {
      this.wrongType(def, value, path, where)
      return value
    }
    const { known, names, required } = shapeOf(def)
    const out = new MapResult(value)
    this.keys(value, known, path, where, out)
    const present = Object.keys(value).filter((key) => Object.hasOwn(def.variants, key))
    if (present.length > 1) {
      this.issues.push(
        issue(
          'scenario.schema.severalKinds',
          [...path, present[1] ?? ''],
          `${where.named} has both ${code(present[0] ?? '')} and ${code(present[1] ?? '')}`,
          {
            hint:
              def.variantName === 'kind'
                ? 'a step does one thing: split it into two steps'
                : `a change makes one ${def.variantName}: split it`,
            anchor: 'key',
          },
        ),
      )
    } else if (present.length === 0) {
      const unknownKeys = Object.keys(value).filter((key) => !Object.hasOwn(known, key))
      const narrates = def.allowNone?.some((key) => Object.hasOwn(value, key)) === true
      if (!narrates && unknownKeys.length === 0) {
        const message =
          def.variantName === 'kind'
            ? `${where.label} does nothing`
            : `${where.label} has no ${def.variantName}`
        this.issues.push(
          issue('scenario.schema.noKind', path, message, {
            hint: `give it one of ${codeList(names, 16, 'or')}`,
          }),
        )
      }
    }
    this.missing(required, value, known, path, where)
    return out.result()
  }
}

function lowerFirst(text: string): string {
  return text.length > 0 ? (text[0] ?? '').toLowerCase() + text.slice(1) : text
}

/** Validates `value` against `def`; returns the value (with `plain` scalars as text) and the issues. */
export function validate(
  def: Def,
  value: unknown,
  ctx: ValidationContext,
): { readonly value: unknown; readonly issues: readonly PendingIssue[] } {
  const validator = new Validator(ctx)
  const out = validator.check(def, value, [], ROOT)
  return { value: out, issues: validator.issues }
}
