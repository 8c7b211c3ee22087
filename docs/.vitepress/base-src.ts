/**
 * A Vue template transform that keeps `<hatrack-… src="/…">` working when the site is served
 * below a `base` path: Vue rewrites asset URLs of `<img>` and friends, but not the attributes of
 * custom elements, so this prefixes a root-relative `src` with the site's base at compile time.
 */

/** The little of Vue's template AST this transform reads (ElementNode and AttributeNode). */
interface TemplateNode {
  type: number
  tag?: string
  props?: readonly { type: number; name: string; value?: { content: string } }[]
}

const ELEMENT = 1
const ATTRIBUTE = 6

/** The transform for a site served at `base` (`/` or `/hatrack/`). */
export function prefixBase(base: string): (node: TemplateNode) => void {
  return (node) => {
    if (base === '/' || node.type !== ELEMENT || !node.tag?.startsWith('hatrack-')) return
    for (const prop of node.props ?? []) {
      if (prop.type !== ATTRIBUTE || prop.name !== 'src' || !prop.value) continue
      const url = prop.value.content
      if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base)) {
        prop.value.content = base + url.slice(1)
      }
    }
  }
}
