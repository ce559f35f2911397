import assert from 'node:assert/strict'

/** The error `run` throws, checked to be an `ErrorClass`: the test fails if it throws another or none. */
export function thrownBy<E extends Error>(ErrorClass: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run()
  } catch (error) {
    assert.ok(error instanceof ErrorClass, String(error))
    return error
  }
  return assert.fail(`expected a ${ErrorClass.name}`)
}
