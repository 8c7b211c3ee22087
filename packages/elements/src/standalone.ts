/**
 * The one-script-tag entry, built to `dist/hatrack.js`:
 *
 * ```html
 * <script type="module" src="https://…/hatrack.js"></script>
 * <hatrack-player src="first-role.yaml"></hatrack-player>
 * ```
 *
 * It registers every tag and upgrades the page's fenced `hatrack` code blocks once the document
 * is parsed (a module script runs after parsing anyway; the check covers a late import). It also
 * exports the whole API, so a page's own module can import it from the same URL and call
 * `upgradeFences()` again after a single-page application renders new content.
 */
import { defineHatrackElements } from './define.ts'
import { upgradeFences } from './fence.ts'

export * from './index.ts'
export { defineHatrackElements } from './define.ts'

defineHatrackElements()
if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => upgradeFences(), { once: true })
else upgradeFences()
