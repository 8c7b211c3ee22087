/**
 * Edits of a scenario's text that keep the rest of it as written (comments, key order, quoting):
 * reading and replacing one policy document, and cutting the steps after a given one. Done on
 * the `yaml` package's Document, so only the changed node is written anew.
 */
import { isSeq, parseDocument, type Document } from 'yaml'

type Edited =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }

/** How the edited document is written back: no folding of long lines. */
const OUTPUT = { lineWidth: 0 } as const

function documentOf(text: string): Document | string {
  const doc = parseDocument(text, { prettyErrors: false })
  const error = doc.errors[0]
  return error === undefined ? doc : `the scenario does not parse: ${error.message}`
}

/** The JSON value at `path`, or undefined when nothing is there. */
export function valueAt(text: string, path: readonly string[]): unknown {
  const doc = documentOf(text)
  if (typeof doc === 'string') return undefined
  const node: unknown = doc.getIn(path, true)
  if (node === undefined || node === null) return undefined
  return typeof node === 'object' && 'toJSON' in node && typeof node.toJSON === 'function'
    ? (node.toJSON as () => unknown)()
    : node
}

/** The scenario with `value` at `path` (which must exist already). */
export function replaceAt(text: string, path: readonly string[], value: unknown): Edited {
  const doc = documentOf(text)
  if (typeof doc === 'string') return { ok: false, message: doc }
  if (!doc.hasIn(path))
    return { ok: false, message: `the scenario has nothing at \`${path.join('.')}\`` }
  doc.setIn(path, doc.createNode(value))
  return { ok: true, text: doc.toString(OUTPUT) }
}

/** The scenario with only its steps up to `step` (0-based), and how many remain. */
export function cutSteps(
  text: string,
  step: number,
):
  | { readonly ok: true; readonly text: string; readonly steps: number }
  | { readonly ok: false; readonly message: string } {
  const doc = documentOf(text)
  if (typeof doc === 'string') return { ok: false, message: doc }
  const steps = doc.get('steps', true)
  if (!isSeq(steps)) return { ok: false, message: 'the scenario has no `steps:` list to fork' }
  const keep = Math.max(0, Math.min(steps.items.length, Math.floor(step) + 1))
  steps.items.splice(keep)
  return { ok: true, text: doc.toString(OUTPUT), steps: keep }
}
