/**
 * What `pnpm start` does, as a function the end-to-end test runs too: builds the documentation
 * site with VitePress (unless told the site is built already), then serves the built folder on
 * `host:port`. It resolves to the address to open (`localhost` for 127.0.0.1) and a `close`. A
 * port that is taken or not allowed is reported in words, with what to do about it.
 */
import { buildSite, SITE_DIST } from './build-site.ts'
import { DEFAULT_SITE_PORT } from './site-port.ts'
import { serveStatic, type StaticServer } from './static-server.ts'

/** Options for {@link startSite}. */
export interface StartSiteOptions {
  /** The port (default 5173; 0 picks a free one). */
  readonly port?: number
  /** The address to listen on (default 127.0.0.1). */
  readonly host?: string
  /** The built site's folder: VitePress builds into it, then it is served (default its `dist`). */
  readonly dir?: string
  /** Build first (default `true`); `false` serves `dir` as it is. */
  readonly build?: boolean
  /** Keep VitePress's output unless the build fails (default `false`). */
  readonly quiet?: boolean
  /** Where progress lines go (default nowhere). */
  readonly log?: (line: string) => void
}

/** The served site: the address to open (ending in `/`) and how to stop serving it. */
export interface StartedSite {
  readonly url: string
  close(): Promise<void>
}

/** Builds the site (unless `build: false`) and serves it. */
export async function startSite(options: StartSiteOptions = {}): Promise<StartedSite> {
  const port = options.port ?? DEFAULT_SITE_PORT
  const host = options.host ?? '127.0.0.1'
  const dir = options.dir ?? SITE_DIST
  const log = options.log ?? (() => undefined)
  if (options.build ?? true) {
    log('hatrack: building the documentation site (vitepress build docs)…')
    await buildSite({
      ...(dir === SITE_DIST ? {} : { outDir: dir }),
      quiet: options.quiet ?? false,
    })
  }
  let server: StaticServer
  try {
    server = await serveStatic(dir, { port, host })
  } catch (error) {
    throw new Error(listenFailure(error, port, host), { cause: error })
  }
  const url = host === '127.0.0.1' ? server.url.replace('127.0.0.1', 'localhost') : server.url
  return { url, close: () => server.close() }
}

/** Why the server could not listen, and what would fix it. */
function listenFailure(error: unknown, port: number, host: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const other = port === DEFAULT_SITE_PORT ? port + 1 : DEFAULT_SITE_PORT
  if (code === 'EADDRINUSE')
    return `port ${port} on ${host} is in use already (another pnpm start?): stop that server, or choose another port, e.g. PORT=${other} pnpm start`
  if (code === 'EACCES')
    return `port ${port} on ${host} needs privileges this user does not have: choose a port above 1023, e.g. PORT=${other} pnpm start`
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return `cannot listen on ${host}: it is not an address of this machine; leave HOST unset for 127.0.0.1, or use 0.0.0.0 for every interface`
  return `cannot serve the site on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`
}
