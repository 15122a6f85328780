/**
 * React.lazy for a part whose code may already be here. React.lazy suspends on its first
 * render even when the module has long arrived (its promise settles a tick later), and React
 * then keeps the fallback on screen for at least 300 ms before it shows the part: the reader,
 * whose code the idle warm-up fetched, appeared 300 ms after the click for nothing. A part
 * made here is drawn directly once its code is in; only a part still on its way suspends.
 */
import { lazy, type ComponentType } from 'react'

export interface LazyPart<P> {
  (props: P): React.ReactNode
  /** fetches the code now (a warm-up); the next render draws the part without suspending */
  preload(): Promise<ComponentType<P>>
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let ready: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const preload = () =>
    (pending ??= load().then(
      (component) => (ready = component),
      (error: unknown) => {
        pending = null
        throw error
      },
    ))
  const Suspending = lazy(async () => ({ default: await preload() }))
  function Part(props: P) {
    const Drawn = ready ?? Suspending
    return <Drawn {...props} />
  }
  return Object.assign(Part, { preload })
}
