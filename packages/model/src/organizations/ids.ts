/**
 * Organizations' id formats, drawn from the world's seeded generator
 * (https://docs.aws.amazon.com/organizations/latest/APIReference/API_Organization.html and the
 * other types' pages): `o-` and 10 characters for the organization, `r-` and 4 for the root,
 * `ou-` + the root's 4 + `-` + 8 for an OU, `p-` and 8 for a policy; lower-case letters and digits.
 */
import { randomString } from '../ids/index.ts'
import type { World } from '../world/types.ts'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** Draws `length` id characters; returns them with the world's new seed. */
export function drawOrgChars(
  world: World,
  length: number,
): { readonly text: string; readonly world: World } {
  const drawn = randomString(world.seed, ALPHABET, length)
  return { text: drawn.value, world: { ...world, seed: drawn.state } }
}
