/**
 * Warming the core before a player needs it. JavaScript engines compile a function the first
 * time it runs, so the first scenario a page loads pays for compiling the reader, the model, the
 * analysis and the frames: most of a first frame's time. A lazy player that the reader is
 * scrolling toward (`player/approach.ts`), or an eager one whose file is still coming, has the
 * core imported and, once the page is idle, runs this small scenario through it, so that its own
 * loads with compiled code. Once per page, and never after a scenario was loaded (by a player, a challenge's check
 * or the sandbox): by then the code is compiled. One that runs while a player's file is still
 * being fetched uses that wait.
 */
import { loadedBefore } from './first-load.ts'
import type { Core } from './types.ts'

/**
 * A small scenario that goes where a first frame goes: YAML, a user's inline policy, a role's
 * trust and permissions, an assumed role, a request allowed and one denied.
 */
export const WARM_UP_SCENARIO = `hatrack: 1
title: Warm-up
start: 2026-01-05T09:00:00Z
accounts:
  main: { id: '111122223333' }
users:
  dev:
    account: main
    inline:
      Assume:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Action: sts:AssumeRole, Resource: '*' }
roles:
  Reader:
    account: main
    trust:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: { AWS: arn:aws:iam::111122223333:user/dev }
          Action: sts:AssumeRole
    inline:
      Read:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: [s3:GetObject, s3:ListBucket]
            Resource: [arn:aws:s3:::notes, arn:aws:s3:::notes/*]
resources:
  notes: { type: s3:bucket, account: main }
steps:
  - id: assume
    say: The developer assumes the reader role.
    as: dev
    assumeRole: { roleArn: Reader, roleSessionName: dev }
  - id: read
    as: dev@Reader
    request: { action: s3:ListBucket, resource: notes }
  - id: write
    as: dev@Reader
    request: { action: s3:PutObject, resource: 'arn:aws:s3:::notes/a.txt' }
`

/** The warm-up of one core. */
export interface WarmUp {
  /** Runs the warm-up scenario through `load` unless it ran or a load happened; true if it ran. */
  warm(): boolean
}

/**
 * The warm-up of the core whose `loadScenario` is `load`; `loaded` tells whether the core has
 * loaded a scenario or a trace already (`first-load.ts` by default).
 */
export function createWarmUp(
  load: Core['loadScenario'],
  loaded: () => boolean = loadedBefore,
): WarmUp {
  let done = false
  return {
    warm() {
      if (done || loaded()) return false
      done = true
      try {
        const result = load(WARM_UP_SCENARIO)
        if (!result.ok) return true
        // Frames are made when first read: read each, as a player stepping through does.
        const { frames } = result.loaded.frames
        for (let i = 0; i < frames.length; i++) void frames[i]
      } catch {
        // Only a warm-up: a real load meets and reports whatever went wrong here.
      }
      return true
    },
  }
}
