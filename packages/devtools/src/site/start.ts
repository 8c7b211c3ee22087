/**
 * `pnpm start`: builds the documentation site (the course, with the player on every page) and
 * serves it on http://localhost:5173, or on the port `PORT` names (a whole number from 1 to
 * 65535, or 0 for any free port; `HOST` changes the address it listens on, 127.0.0.1 by
 * default). A bad `PORT`, a port in use or a failed build is reported in one message and exits
 * with status 1. `pnpm hatrack replay scenarios/02-first-role.yaml` is the terminal alternative.
 * The work itself is `startSite` (start-site.ts); this file is only the command.
 */
import { sitePort } from './site-port.ts'
import { startSite } from './start-site.ts'

/** Prints `message` as the command's error and exits with status 1. */
function fail(message: string): never {
  console.error(`hatrack: ${message}`)
  process.exit(1)
}

const port = sitePort(process.env)
if (!port.ok) fail(port.message)
const host = process.env['HOST'] || '127.0.0.1'

let site
try {
  site = await startSite({ port: port.port, host, log: (line) => console.log(line) })
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}
console.log(`\nhatrack: the site is at ${site.url}  (Ctrl+C to stop)`)
console.log('hatrack: in a terminal instead: pnpm hatrack replay scenarios/02-first-role.yaml')

const stop = (): void => {
  void site.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
