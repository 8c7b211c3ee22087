/**
 * A port for a test server to listen on: one the system just handed out and nothing holds, so a
 * test can start a server "on port N" and then check it answers on N.
 */
import { createServer } from 'node:net'

/** A port nothing listens on just now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('the probe server has no port')),
      )
    })
  })
}
