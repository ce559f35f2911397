// Every request and notification handler runs through `guarded`: an exception (a rule
// that throws, a malformed request, a file that vanished) is logged to the output
// channel and answered with a harmless default. The server never goes down with it.

import type {Logger} from './log'

export function guarded<Args extends unknown[], Result>(
  log: Logger,
  name: string,
  fallback: Result,
  handler: (...args: Args) => Result | Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    try {
      return await handler(...args)
    } catch (error) {
      log.error(`${name} failed`, error)
      return fallback
    }
  }
}
