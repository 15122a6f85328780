/**
 * Reads records the way the renderer does (a channel call from the page, with its
 * cookie), so a test can compare a record before a delete with the one Undo brings back.
 */
import type { Page } from '@playwright/test'

export async function ask<T>(page: Page, channel: string, input?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: input === undefined ? '' : JSON.stringify(input),
      })
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
    },
    { channel, input },
  )
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`)
  return result.value as T
}

type Named = { id: string; title?: string; term?: string }

/** The record of a list channel whose title (or term) is `name`. */
export async function recordNamed<T extends Named>(page: Page, channel: string, name: string, input?: unknown) {
  const all = await ask<T[]>(page, channel, input)
  return all.find((r) => r.title === name || r.term === name)
}

/** A record's text as the interface sets it inside a sentence: between bidi isolates (i18n/isolate.ts). */
export const isolated = (text: string): string => `\u2068${text}\u2069`
