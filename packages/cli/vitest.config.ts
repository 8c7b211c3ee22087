import { hatrackProject } from '../../vitest.shared.ts'

export default hatrackProject('cli')
