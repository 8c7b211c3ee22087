/**
 * A small Vite plugin that publishes the repository's scenario library to the site: in dev it
 * serves `scenarios/NAME.yaml` and `scenarios/FOLDER/NAME.yaml` of the repository at
 * `BASE/scenarios/…`, and in a build it emits the same files into the output, so pages can write
 * `<hatrack-player src="/scenarios/02-first-role.yaml">` without copying the library into
 * `docs/public`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vitepress'

/**
 * The scenario files of `dir` and of its folders one level down (`rules/`, …), by their URL path
 * below `/scenarios/` (`02-first-role.yaml`, `rules/implicit-deny.yaml`).
 */
export function scenarioFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  if (!existsSync(dir)) return files
  const subfolders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[\w-]+$/.test(entry.name))
    .map((entry) => entry.name)
  for (const sub of ['', ...subfolders.sort()]) {
    const folder = join(dir, sub)
    for (const name of readdirSync(folder).sort()) {
      if (/^[\w.-]+\.ya?ml$/.test(name))
        files.set(sub ? `${sub}/${name}` : name, join(folder, name))
    }
  }
  return files
}

/** Serves and emits the scenario library found in `dir` at `BASE/scenarios/`. */
export function scenariosPlugin(dir: string): Plugin {
  let ssr = false
  let base = '/'
  return {
    name: 'hatrack-scenarios',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
      base = config.base
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '')
        const prefix = `${base}scenarios/`
        if (!path.startsWith(prefix)) return next()
        const file = scenarioFiles(dir).get(path.slice(prefix.length))
        if (!file) return next()
        res.setHeader('Content-Type', 'application/yaml; charset=utf-8')
        res.end(readFileSync(file))
      })
    },
    generateBundle() {
      if (ssr) return
      for (const [name, file] of scenarioFiles(dir)) {
        this.emitFile({ type: 'asset', fileName: `scenarios/${name}`, source: readFileSync(file) })
      }
    },
  }
}
