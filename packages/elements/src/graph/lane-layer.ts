/** Draws the account lanes: a band per lane with its label (`main (123456789012)`) in a corner. */
import type { Selection } from 'd3-selection'
import type { LaneBox } from '../core/types.ts'

/** Joins `lanes` to `layer` by lane id: one band and one label each. */
export function drawLanes(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  lanes: readonly LaneBox[],
): void {
  const lane = layer
    .selectAll<SVGGElement, LaneBox>('g.lane')
    .data(lanes, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane').attr('part', 'lane')
      g.append('rect').attr('class', 'lane-band').attr('rx', 8)
      g.append('text').attr('class', 'lane-label')
      return g
    })
  lane.attr('data-id', (d) => d.id)
  lane
    .select<SVGRectElement>('rect')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height)
  lane
    .select<SVGTextElement>('text')
    .attr('x', (d) => d.x + 10)
    .attr('y', (d) => d.y + 18)
    .text((d) => d.label)
}
