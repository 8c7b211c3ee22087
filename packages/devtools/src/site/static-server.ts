/**
 * A tiny static file server for the built documentation site (`pnpm start` and the end-to-end
 * test): files by path, `index.html` for folders, VitePress's clean URLs (`/course/01-why-iam`
 * serves `course/01-why-iam.html`), and the site's `404.html` for anything else. Nothing outside
 * the root is ever served.
 */
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.yaml': 'application/yaml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

/** A running server: its URL (ending in `/`) and how to stop it. */
export interface StaticServer {
  readonly url: string
  close(): Promise<void>
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** The file under `root` that answers `pathname`, or `null`. */
export function resolveFile(root: string, pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const path = normalize(join(root, decoded))
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
    if (isFile(candidate)) return candidate
  }
  return null
}

/** Serves `root` on `host:port` (port 0 picks a free one). */
export function serveStatic(
  root: string,
  options: { readonly port?: number; readonly host?: string } = {},
): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1'
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
    const found = resolveFile(root, pathname)
    const file = found ?? join(root, '404.html')
    const status = found === null ? 404 : 200
    if (!isFile(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      response.end('not found\n')
      return
    }
    response.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(file).pipe(response)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://${host}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}
