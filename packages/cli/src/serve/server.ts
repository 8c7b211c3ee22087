/**
 * The HTTP side of `hatrack serve`: a handful of routes, read-only, every answer with the strict
 * content security policy of `page.ts`.
 *
 * - `/`: the page, the player full page;
 * - `/page.css`: its stylesheet;
 * - `/hatrack.js`, `/chunks/NAME.js` (and their `.map`): the standalone player from `dist`;
 * - `/scenario/NAME` and `/scenario.yaml`: the scenario file, read again on every request so an
 *   edit shows on reload.
 */
import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY, PAGE_CSS, playerPage } from './page.ts'

/** What the server serves. */
export interface ServedFiles {
  /** The scenario's title, for the page. */
  readonly title: string
  /** The name the scenario is served under (`02-first-role.yaml`): errors quote it. */
  readonly scenarioName: string
  /** Reads the scenario file now; `undefined` when it cannot be read any more. */
  readScenario(): string | undefined
  /** The elements' `dist` folder. */
  readonly dist: string
}

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

/** A chunk's file name: letters, digits, `-`, `_` and dots, no path. */
const CHUNK = /^\/chunks\/([\w-]+(?:\.[\w-]+)*\.(?:js|map))$/

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  head: boolean,
): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  })
  response.end(head ? undefined : body)
}

function extension(name: string): string {
  return name.slice(name.lastIndexOf('.'))
}

/** The request handler for `node:http`'s `createServer`. */
export function playerHandler(files: ServedFiles) {
  const scenarioUrl = `/scenario/${encodeURIComponent(files.scenarioName)}`
  const page = playerPage({ title: files.title, scenarioUrl })
  const text = 'text/plain; charset=utf-8'
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const head = request.method === 'HEAD'
    if (request.method !== 'GET' && !head) {
      response.setHeader('Allow', 'GET, HEAD')
      return send(response, 405, text, 'method not allowed\n', head)
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    if (path === '/' || path === '/index.html')
      return send(response, 200, 'text/html; charset=utf-8', page, head)
    if (path === '/page.css') return send(response, 200, 'text/css; charset=utf-8', PAGE_CSS, head)
    if (path === scenarioUrl || path === '/scenario.yaml') {
      const scenario = files.readScenario()
      return scenario === undefined
        ? send(response, 404, text, `cannot read ${files.scenarioName} any more\n`, head)
        : send(response, 200, 'text/yaml; charset=utf-8', scenario, head)
    }
    const chunk = CHUNK.exec(path)?.[1]
    const file =
      path === '/hatrack.js' || path === '/hatrack.js.map'
        ? join(files.dist, path.slice(1))
        : chunk === undefined
          ? undefined
          : join(files.dist, 'chunks', chunk)
    if (file === undefined) return send(response, 404, text, 'not found\n', head)
    try {
      const body = await readFile(file)
      return send(response, 200, TYPES[extension(file)] ?? text, body, head)
    } catch {
      return send(response, 404, text, 'not found\n', head)
    }
  }
}
