/** Chromium for the element benchmarks: the project's shared launcher (`../chromium.ts`). */
export { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../chromium.ts'
