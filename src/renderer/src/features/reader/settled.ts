/**
 * A promise's value read at once, if it has already settled. The reader's stage draws the
 * picture of its page in its first frame when the answers it needs came in during the
 * reader's render; awaiting them would always cost another render and frame.
 */
const values = new WeakMap<Promise<unknown>, { value: unknown }>()

/** Remembers the value `promise` fulfils with, for `settled`. */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  void promise.then(
    (value) => values.set(promise, { value }),
    () => undefined,
  )
  return promise
}

/** The value of a `tracked` promise that has fulfilled; undefined until then. */
export function settled<T>(promise: Promise<T>): { value: T } | undefined {
  return values.get(promise) as { value: T } | undefined
}
