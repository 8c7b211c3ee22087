/**
 * `startPlayer`: the web player with a scenario, on `host:port`. It finds (or builds) the
 * standalone player of @hatrack/elements, serves it with a page and the scenario file, and
 * answers with the address and a way to stop. The file is read through the {@link Io} on every
 * request, so an edit shows when the page is reloaded.
 */
import { createServer, type Server } from 'node:http'
import { basename } from 'node:path'
import type { Scenario } from '@hatrack/scenario'
import type { Io } from '../io.ts'
import { playerBundle } from './bundle.ts'
import { cleanupOnExit } from './cleanup.ts'
import { playerHandler } from './server.ts'

/** What to serve, validated by the command. */
export interface ServeRequest {
  /** The scenario file, as given. */
  readonly file: string
  readonly scenario: Scenario
  readonly host: string
  /** 0 for any free port. */
  readonly port: number
}

/** Whether the player started. */
export type PlayerStart =
  | {
      readonly status: 'started'
      /** The page's address, `http://127.0.0.1:4321/`. */
      readonly url: string
      /** Stops serving. */
      close(): Promise<void>
    }
  | { readonly status: 'unavailable'; readonly message: string; readonly hint?: string }

/** `http://HOST:PORT/`, with an IPv6 address in brackets. */
function urlOf(host: string, port: number): string {
  const name = host.includes(':') ? `[${host}]` : host
  return `http://${name}:${port}/`
}

function listen(server: Server, host: string, port: number): Promise<number | Error> {
  return new Promise((resolve) => {
    server.once('error', resolve)
    server.listen(port, host, () => {
      server.off('error', resolve)
      const address = server.address()
      resolve(typeof address === 'object' && address !== null ? address.port : port)
    })
  })
}

/** Starts serving; `unavailable` when the player cannot be found or the port not opened. */
export async function startPlayer(request: ServeRequest, io: Io): Promise<PlayerStart> {
  const bundle = await playerBundle((note) => io.stderr.write(`${note}\n`))
  if (bundle.status === 'missing')
    return { status: 'unavailable', message: bundle.message, hint: bundle.hint }
  const handler = playerHandler({
    title: request.scenario.title,
    scenarioName: basename(request.file),
    dist: bundle.dist,
    readScenario: () => {
      const read = io.readText(request.file)
      return read.ok ? read.text : undefined
    },
  })
  const server = createServer((req, res) => void handler(req, res))
  // A player built for this server lives in a temporary folder: it goes when the server stops
  // or the process ends.
  const dispose = cleanupOnExit(() => bundle.dispose())
  const port = await listen(server, request.host, request.port)
  if (port instanceof Error) {
    dispose()
    const code = (port as NodeJS.ErrnoException).code
    return {
      status: 'unavailable',
      message:
        code === 'EADDRINUSE'
          ? `port ${request.port} is in use`
          : `cannot listen on ${request.host}:${request.port}: ${port.message}`,
      hint:
        code === 'EADDRINUSE' ? 'choose another with `--port`, or `--port 0` for any' : undefined,
    }
  }
  return {
    status: 'started',
    url: urlOf(request.host, port),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          dispose()
          resolve()
        })
      }),
  }
}
