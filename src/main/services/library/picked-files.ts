/**
 * The files the facilitator chose on the desktop — in the app's own open dialog, or by
 * dropping them on the window — known to the main side by path and to the renderer only
 * by an opaque id. A page never names a path, so a page that misbehaves cannot import (and
 * then read back) a file the facilitator did not choose, nor learn whether a path exists.
 */
import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'

export interface PickedFile {
  id: string
  name: string
}

const KEPT = 2000

export class PickedFiles {
  private readonly paths = new Map<string, string>()

  remember(path: string): PickedFile {
    const id = randomUUID()
    this.paths.set(id, path)
    if (this.paths.size > KEPT) this.paths.delete(this.paths.keys().next().value!)
    return { id, name: basename(path) }
  }

  /** The path behind an id this process handed out; anything else is refused the same way. */
  pathOf(id: string): string {
    const path = this.paths.get(id)
    if (!path) throw new ServiceError('forbidden', userMessage('pick-unknown'))
    return path
  }
}
