/**
 * Every channel answers with a Result, never a thrown error across the boundary:
 * the renderer always gets a code it can branch on and a message it can show.
 */
import type { UserMessage } from './user-message'

export type ErrorCode =
  | 'invalid-input'
  | 'unknown-channel'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'import-failed'
  | 'internal'
  /** a change that would not read back: refused by the store's door, nothing written */
  | 'invalid-record'
  | 'disk-full'
  | 'write-failed'
  | 'library-too-new'
  /** a backup, restore or move of the data folder that did not happen (issue #17); nothing was changed */
  | 'backup-failed'
  | 'restore-failed'
  | 'move-failed'
  /** browser mode: the server did not answer (stopped, or the network between went away) */
  | 'unreachable'

export interface AppError {
  code: ErrorCode
  /** English; `said` lets the renderer show it in the facilitator's language */
  message: string
  said?: UserMessage
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, said?: UserMessage): Result<never> => ({
  ok: false,
  error: said ? { code, message, said } : { code, message },
})

/** Thrown by services for failures the user should read; the dispatcher turns it into a Result. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly said: UserMessage,
  ) {
    super(said.text)
    this.name = 'ServiceError'
  }
}
