/** Theming shared by every element. */
export { tokens } from './tokens.ts'
export { pageIsDark, parseTheme, watchTheme } from './theme-watch.ts'
export type { Theme } from './theme-watch.ts'
