/**
 * Inline Markdown for a terminal: `**bold**`, `*emphasis*`, `` `code` ``, `[text](url)` and
 * `<url>`, backslash escapes. Bold and emphasis become styles (their markers dropped); code keeps
 * its backticks, so it stands out without colour too; a link shows its text and its address.
 */
import type { Style } from './style.ts'

const INLINE =
  /\\([\\`*_{}[\]()#+\-.!<>])|`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|(?<![\w])_([^_\s](?:[^_]*[^_\s])?)_(?![\w])|\[([^\]]+)\]\(([^)\s]+)\)|<((?:https?|mailto):[^>\s]+)>/g

/** `text` with its inline Markdown rendered in `style`. */
export function renderInline(text: string, style: Style): string {
  return text.replace(
    INLINE,
    (
      _match,
      escaped: string | undefined,
      code: string | undefined,
      strong: string | undefined,
      strongUnderscore: string | undefined,
      emphasis: string | undefined,
      emphasisUnderscore: string | undefined,
      linkText: string | undefined,
      linkUrl: string | undefined,
      autolink: string | undefined,
    ) => {
      if (escaped !== undefined) return escaped
      if (code !== undefined) return style.cyan(`\`${code}\``)
      const bold = strong ?? strongUnderscore
      if (bold !== undefined) return style.bold(renderInline(bold, style))
      const italic = emphasis ?? emphasisUnderscore
      if (italic !== undefined) return style.italic(renderInline(italic, style))
      if (linkText !== undefined && linkUrl !== undefined) {
        const shown = renderInline(linkText, style)
        return linkText === linkUrl ? style.cyan(linkUrl) : `${shown} (${style.cyan(linkUrl)})`
      }
      return style.cyan(autolink ?? '')
    },
  )
}

/** The length of `text` as a terminal shows it: escape sequences take no room. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').length
}
