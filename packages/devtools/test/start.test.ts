/**
 * `pnpm start` without its long build: the real command (start.ts through tsx, as package.json
 * runs it) refuses a bad `PORT` in one line and status 1, before building anything; `startSite`
 * serves a built folder on the port it is given, on 127.0.0.1 and as `localhost`, and says so in
 * words when the port is taken. The build and the real site are site.e2e.test.ts's: it starts
 * the site through `startSite` too.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSite } from '../src/site/start-site.ts'
import { freePort } from './free-port.ts'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const start = fileURLToPath(new URL('../src/site/start.ts', import.meta.url))

/** Runs `pnpm start`'s script with `PORT` set to `port`. */
function runStart(port: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@hatrack/source', start], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PORT: port, NO_COLOR: '1' },
    timeout: 60_000,
  })
}

// Starting node with tsx takes seconds on a busy machine: a generous limit, not a speed check.
describe('the start command, with a bad PORT', { timeout: 60_000 }, () => {
  it.each([
    [
      'abc',
      "hatrack: PORT must be a whole number from 1 to 65535 (or 0 for any free port), not 'abc'.\n",
    ],
    [
      '70000',
      "hatrack: PORT must be a whole number from 1 to 65535 (or 0 for any free port), not '70000'.\n",
    ],
    [
      '',
      'hatrack: PORT is set but empty: unset it to serve on 5173, or make it a whole number from 1 to 65535 (or 0 for any free port).\n',
    ],
  ])('PORT=%j: says what is wrong, exits with 1, builds nothing', (port, message) => {
    const result = runStart(port)
    expect(result.stderr).toBe(message)
    expect(result.stdout).toBe('')
    expect(result.status).toBe(1)
  })
})

describe('startSite on a built folder', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hatrack-start-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Hatrack</title><hatrack-player>')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('answers 200 on / at the port it was given, on 127.0.0.1 and localhost', async () => {
    const port = await freePort()
    const lines: string[] = []
    const site = await startSite({ port, dir, build: false, log: (line) => lines.push(line) })
    try {
      expect(site.url).toBe(`http://localhost:${port}/`)
      expect(lines).toEqual([]) // nothing built
      for (const url of [`http://127.0.0.1:${port}/`, site.url]) {
        const response = await fetch(url)
        expect(response.status, url).toBe(200)
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
        expect(await response.text()).toContain('<hatrack-player>')
      }
    } finally {
      await site.close()
    }
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow() // closed
  })

  it('says the port is in use, and what to do, when it is', async () => {
    const first = await startSite({ port: 0, dir, build: false })
    const port = Number(new URL(first.url).port)
    try {
      expect(port).toBeGreaterThan(0)
      await expect(startSite({ port, dir, build: false })).rejects.toThrow(
        `port ${port} on 127.0.0.1 is in use already (another pnpm start?): stop that server, or choose another port, e.g. PORT=5173 pnpm start`,
      )
    } finally {
      await first.close()
    }
  })
})
