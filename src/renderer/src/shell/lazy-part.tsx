/**
 * React.lazy for a part whose code may already be here. React.lazy suspends on its first
 * render even when the module has long arrived (its promise settles a tick later), and React
 * then keeps the fallback on screen for at least 300 ms before it shows the part: the reader,
 * whose code the idle warm-up fetched, appeared 300 ms after the click for nothing. A part
 * made here is drawn directly once its code is in; only a part still on its way suspends.
 */
import { lazy, useState, type ComponentType } from 'react'

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
        // React.lazy keeps a failure for good: the next try (the error boundary's Retry) gets a fresh one
        pending = null
        suspending = suspend()
        throw error
      },
    ))
  const suspend = () => lazy(async () => ({ default: await preload() }))
  let suspending = suspend()
  function Part(props: P) {
    // chosen once per mount: switching from the lazy wrapper to the component would remount what it drew
    const [Drawn] = useState(() => ready ?? suspending)
    return <Drawn {...props} />
  }
  return Object.assign(Part, { preload })
}
