/**
 * Every channel answers with a Result, never a thrown error across the boundary:
 * the renderer always gets a code it can branch on and a message it can show.
 */
export type ErrorCode =
  'invalid-input' | 'unknown-channel' | 'forbidden' | 'not-found' | 'conflict' | 'import-failed' | 'internal'

export interface AppError {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
})

/** Thrown by services for failures the user should read; the dispatcher turns it into a Result. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}
