import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { load } from '@hatrack/scenario'
import { CONTENT_SECURITY_POLICY, escapeHtml, playerPage } from '../src/serve/page.ts'
import { startPlayer } from '../src/serve/player.ts'
import { playerHandler } from '../src/serve/server.ts'
import { FIXTURES, memoryIo } from './support/memory-io.ts'

const SCENARIO = 'hatrack: 1\ntitle: <b>Served</b> & "quoted"\n'

describe('the page', () => {
  it('loads the player from the server only, with no inline script or style', () => {
    const page = playerPage({ title: 'T', scenarioUrl: '/scenario/a.yaml' })
    expect(page).toContain('<script type="module" src="/hatrack.js"></script>')
    expect(page).toContain('<hatrack-player src="/scenario/a.yaml" view="split" deeplink')
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(page).not.toMatch(/<style|style=|\son[a-z]+=/)
  })

  it('escapes the scenario title', () => {
    const page = playerPage({ title: '<img src=x onerror=alert(1)>', scenarioUrl: '/s' })
    expect(page).not.toContain('<img')
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    )
  })

  it('allows no inline script, no eval and only Lit to create HTML', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ')
    expect(directives).toContain("script-src 'self'")
    expect(directives).toContain("style-src 'self'")
    expect(directives).toContain("require-trusted-types-for 'script'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
  })
})

describe('the routes', () => {
  let dist: string
  let server: Server
  let base: string
  let scenario: string | undefined = SCENARIO

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'hatrack-serve-'))
    mkdirSync(join(dist, 'chunks'))
    writeFileSync(join(dist, 'hatrack.js'), 'export const player = 1\n')
    writeFileSync(join(dist, 'chunks', 'core-AbC_1.js'), 'export const core = 1\n')
    writeFileSync(join(dist, 'secret.txt'), 'not served\n')
    const handler = playerHandler({
      title: 'Served',
      scenarioName: 'my scenario.yaml',
      dist,
      readScenario: () => scenario,
    })
    server = createServer((req, res) => void handler(req, res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    rmSync(dist, { recursive: true, force: true })
  })

  it.each([
    ['/', 'text/html; charset=utf-8', 'src="/scenario/my%20scenario.yaml"'],
    ['/page.css', 'text/css; charset=utf-8', 'hatrack-player'],
    ['/hatrack.js', 'text/javascript; charset=utf-8', 'export const player'],
    ['/chunks/core-AbC_1.js', 'text/javascript; charset=utf-8', 'export const core'],
    ['/scenario/my%20scenario.yaml', 'text/yaml; charset=utf-8', '<b>Served</b>'],
    ['/scenario.yaml', 'text/yaml; charset=utf-8', 'hatrack: 1'],
  ])('serves %s as %s, with the policy', async (path, type, content) => {
    const response = await fetch(base + path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain(content)
  })

  it.each([
    '/secret.txt',
    '/chunks/../secret.txt',
    '/chunks/%2e%2e%2fsecret.txt',
    '/chunks/sub/x.js',
    '/..%2fsecret.txt',
  ])('serves nothing else: %s is 404', async (path) => {
    const response = await fetch(base + path)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('not served')
  })

  it('reads the scenario again on every request', async () => {
    scenario = 'hatrack: 1\ntitle: Edited\n'
    expect(await (await fetch(`${base}/scenario.yaml`)).text()).toBe(scenario)
    scenario = undefined
    const gone = await fetch(`${base}/scenario.yaml`)
    expect(gone.status).toBe(404)
    expect(await gone.text()).toBe('cannot read my scenario.yaml any more\n')
    scenario = SCENARIO
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await fetch(`${base}/`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    const post = await fetch(`${base}/`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })
})

// Building the player on a fresh clone takes seconds: a generous limit, not a speed check.
describe('startPlayer', { timeout: 120_000 }, () => {
  it('serves the built player, the page and the file on a free port, then stops', async () => {
    const io = memoryIo({ cwd: FIXTURES })
    const text = io.readText('first-role.yaml')
    if (!text.ok) throw new Error('the fixture is missing')
    const loaded = load(text.text)
    if (!loaded.ok) throw new Error('the fixture does not load')
    const started = await startPlayer(
      { file: 'first-role.yaml', scenario: loaded.scenario, host: '127.0.0.1', port: 0 },
      io,
    )
    if (started.status !== 'started') throw new Error(started.message)
    try {
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      const page = await fetch(started.url)
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      const html = await page.text()
      expect(html).toContain(`<title>${escapeHtml(loaded.scenario.title)} · Hatrack</title>`)
      const module = await fetch(new URL('/hatrack.js', started.url))
      expect(module.status).toBe(200)
      const code = await module.text()
      expect(code).toContain('hatrack-player')
      // The core is a chunk of its own, fetched from beside the module.
      const chunk = /chunks\/core-[\w-]+\.js/.exec(code)?.[0]
      expect(chunk).toBeDefined()
      expect((await fetch(new URL(`/${chunk ?? ''}`, started.url))).status).toBe(200)
      const scenario = await fetch(new URL('/scenario/first-role.yaml', started.url))
      expect(await scenario.text()).toBe(text.text)
    } finally {
      await started.close()
    }
    await expect(fetch(started.url)).rejects.toThrow()
  })

  it('says so when the port is taken', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const address = blocker.address()
    const port = typeof address === 'object' && address !== null ? address.port : 0
    const loaded = load('hatrack: 1\ntitle: T\naccounts: { main: { id: "123456789012" } }\n')
    if (!loaded.ok) throw new Error('does not load')
    const started = await startPlayer(
      { file: 'x.yaml', scenario: loaded.scenario, host: '127.0.0.1', port },
      memoryIo(),
    )
    await new Promise((resolve) => blocker.close(resolve))
    expect(started).toMatchObject({ status: 'unavailable', message: `port ${port} is in use` })
  })
})
