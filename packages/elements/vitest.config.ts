import { hatrackProject } from '../../vitest.shared.ts'

/** The elements' Node tests: frames, layout, loading (no DOM). Browser tests are `*.browser.test.ts`. */
export default hatrackProject('elements', {
  test: { exclude: ['**/*.browser.test.ts', '**/node_modules/**'] },
})
