/**
 * Puts `graphStyles` into the tree scope that holds a node (its shadow root, or the document),
 * once, through adopted style sheets: works under a strict CSP (no `<style>` element).
 */
import { graphStyles } from './styles.ts'

/** Adopts the graph's style sheet where `node` lives, unless it is there already. */
export function adoptGraphStyles(node: Node): void {
  const sheet = graphStyles.styleSheet
  if (sheet === undefined) return
  const root = node.getRootNode()
  if (!(root instanceof ShadowRoot) && !(root instanceof Document)) return
  if (root.adoptedStyleSheets.includes(sheet)) return
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
}
