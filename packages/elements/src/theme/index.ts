/** Theming shared by every element. */
export { tokens } from './tokens.ts'
export { pageIsDark, parseTheme, watchTheme } from './theme-watch.ts'
export type { Theme } from './theme-watch.ts'
export { ThemeController } from './theme-controller.ts'
export type { ThemedHost } from './theme-controller.ts'
