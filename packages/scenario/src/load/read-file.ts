/**
 * One file of a scenario, read and checked on its own: YAML, plain values, and the format's
 * kinds and keys. A file that `extends` another may leave out required keys (its base gives
 * them) and may remove keys of its base with `null`.
 */
import type { JsonPath } from '@hatrack/policy'
import { isScalar } from 'yaml'
import { scenario } from '../schema/definitions/scenario.ts'
import { validate } from '../schema/validate.ts'
import { issue, type ScenarioIssue } from './issues/index.ts'
import { placeAll } from './place.ts'
import { createLocator, originLeaf } from './source/locator.ts'
import { scalarAt } from './source/locate.ts'
import { readYaml } from './source/parse-yaml.ts'
import type { SourceFile } from './source/source-file.ts'
import { toValue } from './source/to-value.ts'

/** A file read: its parsed form and its checked value, or why not (issues placed in the file). */
export type FileResult =
  | {
      readonly ok: true
      readonly file: SourceFile
      readonly value: Readonly<Record<string, unknown>>
    }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] }

function plainText(file: SourceFile): (path: JsonPath) => string | undefined {
  return (path) => {
    const node = scalarAt(file, path, { anyScalar: true })
    return isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string'
      ? node.source
      : undefined
  }
}

/** Reads and checks one file. */
export function readFile(text: string, name: string | undefined): FileResult {
  const read = readYaml(text, name)
  if (!read.ok) return { ok: false, issues: placeAll(read.issues, undefined, name) }
  const { file } = read
  const locator = createLocator(originLeaf(file))
  const converted = toValue(file)
  if (converted.issues.length > 0)
    return { ok: false, issues: placeAll(converted.issues, locator, name) }
  const value = converted.value
  const extending =
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'extends' in value
  const checked = validate(scenario, value, {
    mode: { required: !extending, nullRemoves: extending },
    plainText: plainText(file),
  })
  const issues = [...checked.issues]
  const steps = extending ? undefined : (value as Record<string, unknown> | null)?.['steps']
  if (typeof steps === 'object' && steps !== null && !Array.isArray(steps)) {
    issues.push(
      issue(
        'scenario.extends.withoutBase',
        ['steps'],
        '`append` and `prepend` add to the steps of a base scenario, and this file has no `extends`',
        { hint: 'write the steps as a list, or add `extends`', anchor: 'key' },
      ),
    )
  }
  if (issues.length > 0) return { ok: false, issues: placeAll(issues, locator, name) }
  return { ok: true, file, value: checked.value as Readonly<Record<string, unknown>> }
}
