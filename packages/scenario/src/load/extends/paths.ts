/**
 * Paths of `extends`, resolved against the file that extends, with `/` as separator (a `\` of a
 * Windows file name counts as one). URLs and absolute paths are kept as they are. Pure string
 * work: the caller's `resolveFile` reads the result, from disk or over the network.
 */

/** `relative` resolved against the directory of `from`. */
export function resolvePath(from: string | undefined, relative: string): string {
  if (relative.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(relative)) return relative
  const origin = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(\/.*)?$/i.exec(from ?? '')
  if (origin !== null) return `${origin[1] ?? ''}${resolvePath(origin[2] ?? '/', relative)}`
  const base = (from ?? '').replace(/\\/g, '/')
  const directory = base.slice(0, base.lastIndexOf('/') + 1)
  const absolute = directory.startsWith('/')
  const parts: string[] = []
  for (const part of `${directory}${relative.replace(/\\/g, '/')}`.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
    else if (part === '..' && absolute) continue
    else parts.push(part)
  }
  return `${absolute ? '/' : ''}${parts.join('/')}`
}
