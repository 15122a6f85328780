/**
 * Before the page goes (reload, tab or window closed, another area by shortcut or
 * link), whatever is waiting for a pause in typing is sent at once. In browser mode,
 * text that cannot be saved (the server refused it, or it collided) makes the
 * browser ask before the tab closes; the desktop window has no such question, so
 * there it is only sent.
 */
import { hostKind } from '../api/api'
import { outbox } from './outbox'

export function guardLeaving(): void {
  const flush = () => outbox.flush()
  window.addEventListener('hashchange', flush)
  window.addEventListener('pagehide', flush)
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush())
  window.addEventListener('beforeunload', (event) => {
    flush()
    if (hostKind === 'browser' && outbox.stuck().length > 0) event.preventDefault()
  })
}
