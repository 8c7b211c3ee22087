/**
 * `pnpm start`: builds the documentation site (the course, with the player on every page) and
 * serves it on http://localhost:5173, or on the port `PORT` names (`HOST` changes the address it
 * listens on, 127.0.0.1 by default). `pnpm hatrack replay scenarios/02-first-role.yaml` is the
 * terminal alternative.
 */
import { SITE_DIST, buildSite } from './build-site.ts'
import { serveStatic } from './static-server.ts'

const port = Number(process.env.PORT ?? 5173)
const host = process.env.HOST ?? '127.0.0.1'

console.log('hatrack: building the documentation site (vitepress build docs)…')
await buildSite()
const server = await serveStatic(SITE_DIST, { port, host })
const local = host === '127.0.0.1' ? server.url.replace('127.0.0.1', 'localhost') : server.url
console.log(`\nhatrack: the site is at ${local}  (Ctrl+C to stop)`)
console.log('hatrack: in a terminal instead: pnpm hatrack replay scenarios/02-first-role.yaml')

const stop = (): void => {
  void server.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
