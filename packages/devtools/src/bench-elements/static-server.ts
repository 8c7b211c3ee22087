/**
 * A tiny static file server for the browser benchmarks: the built player's folder, plus a few
 * pages given as text, on 127.0.0.1 and a free port. Read-only; paths cannot leave the folder.
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

/** A running server. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly origin: string
  close(): Promise<void>
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
}

/** Serves `dir`, and `pages` (path → text) before it. */
export async function serveStatic(
  dir: string,
  pages: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const root = normalize(dir + sep)
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const type = TYPES[path.endsWith('/') ? '.html' : extname(path)] ?? 'application/octet-stream'
    const page = pages[path]
    if (page !== undefined) {
      response.writeHead(200, { 'Content-Type': type }).end(page)
      return
    }
    const file = normalize(join(root, path))
    if (!file.startsWith(root)) {
      response.writeHead(404).end()
      return
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': type }).end(body),
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
