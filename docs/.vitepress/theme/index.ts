/**
 * The site's theme: VitePress's default theme, plus the Hatrack web components, registered in the
 * browser only (they are custom elements; the server-side render leaves the tags as they are and
 * the browser upgrades them once `@hatrack/elements/define` has run).
 */
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import './custom.css'

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp() {
    if (!import.meta.env.SSR) void import('@hatrack/elements/define')
  },
}

export default theme
