/**
 * One file of a scenario, read and checked on its own: YAML, plain values, and the format's
 * kinds and keys. A file that `extends` another may leave out required keys (its base gives
 * them) and may remove keys of its base with `null`.
 */
import { scenario } from '../schema/definitions/scenario.ts'
import { validate } from '../schema/validate.ts'
import { issue, type ScenarioIssue } from './issues/index.ts'
import { limits } from './limits.ts'
import { placeAll } from './place.ts'
import { createLocator, originLeaf } from './source/locator.ts'
import { plainSourceAt } from './source/locate.ts'
import { deferredSourceFile, readYaml } from './source/parse-yaml.ts'
import { readJson } from './source/read-json.ts'
import { exceedsBytes } from './source/size.ts'
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

/** The file's plain value: through the JSON fast path when it takes the text, else as YAML. */
function readValue(
  text: string,
  name: string | undefined,
): FileResult | { readonly ok: 'value'; readonly file: SourceFile; readonly value: unknown } {
  if (!exceedsBytes(text, limits.maxBytes)) {
    const json = readJson(text)
    if (json !== undefined)
      return { ok: 'value', file: deferredSourceFile(name, text, json.tree), value: json.value }
  }
  const read = readYaml(text, name)
  if (!read.ok) return { ok: false, issues: placeAll(read.issues, undefined, name) }
  const converted = toValue(read.file)
  if (converted.issues.length > 0) {
    const locator = createLocator(originLeaf(read.file))
    return { ok: false, issues: placeAll(converted.issues, locator, name) }
  }
  return { ok: 'value', file: read.file, value: converted.value }
}

/** Reads and checks one file. */
export function readFile(text: string, name: string | undefined): FileResult {
  const read = readValue(text, name)
  if (read.ok !== 'value') return read
  const { file, value } = read
  const locator = createLocator(originLeaf(file))
  const extending =
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'extends' in value
  const checked = validate(scenario, value, {
    mode: { required: !extending, nullRemoves: extending },
    plainText: (path) => plainSourceAt(file, path),
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
