/**
 * The frame's call: a token travels along its edge and the call ends in a glyph (✓, ✗ or !)
 * with its short label ("explicit deny · SCP") at the gate that decided it (`gate-position.ts`),
 * clear of the nodes' names (`glyph-place.ts`).
 * Animated only between adjacent steps; otherwise the glyph is there at once.
 */
import { easeCubicInOut, easeCubicOut } from 'd3-ease'
import type { Selection } from 'd3-selection'
import 'd3-transition'
import type { FrameCall, NodeBox } from '../core/types.ts'
import { callEnd } from './gate-position.ts'
import { glyphPlace, labelSpots } from './glyph-place.ts'
import type { EdgeGeometry } from './geometry.ts'
import { composited, ended } from './motion.ts'
import type { Motion } from './motion.ts'

/** A coordinate rounded to a tenth: shorter strings for the transform written on every frame. */
const r1 = (n: number): number => Math.round(n * 10) / 10

/** The tone class of a call's glyph: allowed, explicit or implicit deny, or an error. */
export function callTone(call: FrameCall): string {
  if (call.glyph === '✓') return 'is-allowed'
  if (call.glyph === '!') return 'is-error'
  return call.decision === 'implicitDeny' ? 'is-implicit-deny' : 'is-explicit-deny'
}

/** The call layer of a `GraphView`. */
export class CallLayer {
  private readonly root: Selection<SVGGElement, unknown, null, undefined>
  private readonly token: Selection<SVGCircleElement, unknown, null, undefined>
  private readonly glyph: Selection<SVGGElement, unknown, null, undefined>
  private readonly mark: Selection<SVGTextElement, unknown, null, undefined>
  private readonly label: Selection<SVGTextElement, unknown, null, undefined>

  constructor(layer: Selection<SVGGElement, unknown, null, undefined>) {
    this.root = layer.attr('class', 'call').attr('part', 'call').style('display', 'none')
    this.token = this.root.append('circle').attr('class', 'call-token').attr('r', 6)
    this.glyph = this.root.append('g').attr('class', 'call-glyph').attr('part', 'call-glyph')
    this.glyph.append('circle').attr('class', 'call-glyph-disc').attr('r', 10)
    this.mark = this.glyph.append('text').attr('class', 'call-glyph-mark')
    this.label = this.glyph.append('text').attr('class', 'call-label')
  }

  /**
   * Shows `call` along `geometry` (or hides the layer when there is none); the glyph and its
   * label keep clear of the `drawn` nodes (`glyph-place.ts`).
   */
  apply(
    call: FrameCall | undefined,
    geometry: EdgeGeometry | undefined,
    motion: Motion,
    drawn: readonly NodeBox[] = [],
  ): Promise<void>[] {
    this.settle()
    if (call === undefined || geometry === undefined) {
      this.root.style('display', 'none')
      return []
    }
    const { end, t: gate } = callEnd(call)
    const { t, spot } = glyphPlace(geometry, gate, call.label, drawn)
    const at = geometry.at(t)
    const spotAt = labelSpots[spot]
    this.root.style('display', null).attr('data-edge', call.edge)
    this.glyph
      .attr('class', `call-glyph ${callTone(call)}`)
      .attr('data-end', end)
      .attr('transform', `translate(${Math.round(at.x)},${Math.round(at.y)})`)
    this.mark.text(call.glyph)
    this.label
      .attr('x', spotAt.x)
      .attr('y', spotAt.y)
      .attr('data-spot', spot)
      .style('text-anchor', spotAt.anchor)
      .text(call.label)
    if (motion === null) {
      this.token.style('opacity', '0')
      this.glyph.style('opacity', '1')
      return []
    }
    const travel = motion.duration * 0.7
    const reveal = motion.duration - travel
    // The token moves by a CSS transform on its own layer (`will-change` in `graphStyles`):
    // the compositor moves it, and the SVG under it is not painted again on every frame.
    const place = (p: { x: number; y: number }) => `translate(${r1(p.x)}px,${r1(p.y)}px)`
    this.token.style('opacity', '1').style('transform', place(geometry.at(0)))
    this.glyph.style('opacity', '0')
    const moving = this.token
      .transition()
      .duration(travel)
      .ease(easeCubicInOut)
      .styleTween('transform', () => (s: number) => place(geometry.at(s * t)))
      .transition()
      .duration(reveal)
      .style('opacity', '0')
    const showing = composited(
      this.glyph.transition().delay(travel).duration(reveal).ease(easeCubicOut),
    ).style('opacity', '1')
    return [ended(moving), ended(showing)]
  }

  /** Stops running animations, leaving the glyph shown and the token hidden. */
  settle(): void {
    this.token.interrupt().style('opacity', '0')
    this.glyph.interrupt().style('opacity', '1')
  }
}
