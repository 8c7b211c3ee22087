/**
 * `cleanupOnExit`: something to undo when the process ends, however it ends — on its own, or
 * by Ctrl-C or `kill`. After a signal, the cleanup runs and the signal is raised again, so the
 * process ends exactly as it would have without the handler.
 */

/** Runs `cleanup` once when the process ends; returns the function that runs it now instead. */
export function cleanupOnExit(cleanup: () => void): () => void {
  let done = false
  const run = (): void => {
    if (done) return
    done = true
    process.off('exit', run)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    cleanup()
  }
  const onSignal = (signal: NodeJS.Signals): void => {
    run()
    process.kill(process.pid, signal)
  }
  process.once('exit', run)
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return run
}
