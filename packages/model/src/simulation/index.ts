/** The world moving through time: operations applied in turn, sessions as actors on a simulated clock. */
export { createSimulation } from './create-simulation.ts'
export type { Simulation } from './create-simulation.ts'
