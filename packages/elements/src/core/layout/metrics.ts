import { FIT_MOST } from '../../graph/fit-scale.ts'

/**
 * The geometry of the account-lanes layout (`layout.ts`, `lane-cells.ts`), in SVG user units:
 * CSS pixels when the graph is drawn at 1:1.
 */
export const metrics = {
  /** From one row's centre to the next: a node, its name and a session's time to live. */
  rowHeight: 64,
  /** Room above the first row for the lane's label. */
  laneTop: 26,
  /** Room under the last row: the names of its nodes reach 42 units under their centres. */
  laneBottom: 14,
  laneGap: 14,
  /** Between a lane's side and the nearest name or shape. */
  margin: 12,
  /** Between the names of two neighbouring columns. */
  gap: 20,
  /** The least distance between two columns' centres, so an edge between them shows. */
  minPitch: 140,
  /** The most that columns are spread apart to fill the stage's width. */
  spreadPitch: 220,
  /** Rows a principals or resources column keeps before it wraps into two. */
  wrapAfter: 3,
  /** The least width of the layout. */
  minWidth: 240,
  /**
   * The stage the layout is shaped for: a player's picture beside its side panels, about
   * 640 × 300 CSS pixels, where names are drawn at their size or up to a quarter larger.
   */
  stage: { width: 640, height: 300, most: FIT_MOST },
  /** A lane label's font size (`graphStyles`) and advance per character, in ems. */
  laneLabelSize: 12,
  laneLabelEm: 0.66,
  /** Where the lane's label starts, from the lane's left side (`lane-layer.ts`). */
  laneLabelX: 10,
} as const
