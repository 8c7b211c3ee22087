/**
 * An edge in words, for the visually hidden list a screen reader reads instead of the picture:
 * "omkar can assume AWSIAMRoleForRDS (MFA required)".
 */
import type { FrameEdge } from '../core/types.ts'

/** "MFA", "MFA and external id", "MFA, external id and source identity". */
function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** One sentence for `edge`, naming its ends with `labelOf` (node id to label). */
export function edgeSentence(edge: FrameEdge, labelOf: (id: string) => string): string {
  const from = labelOf(edge.from)
  const to = labelOf(edge.to)
  switch (edge.kind) {
    case 'trust': {
      const condition = !edge.conditional
        ? ''
        : edge.requires.length > 0
          ? ` (${listWords(edge.requires)} required)`
          : ' (only when a condition holds)'
      return `${from} can assume ${to}${condition}`
    }
    case 'assume':
      return `${from} assumed ${to}`
    case 'request':
      return `${from} sent a request to ${to}: ${edge.label}`
    case 'denial':
      return `${from} was refused by ${to}: ${edge.label}`
    case 'session':
      return `${from} and ${to}: ${edge.label}`
  }
}
