/**
 * The most a layout is enlarged to fit its box: its names (11 px) then come to about 14 px, a
 * little under the text around them at 16 px. The layout is shaped for this (`metrics.stage` in
 * `core/layout/layout.ts`); the graph never draws it larger (`GraphView.fit`).
 */
export const FIT_MOST = 1.25
