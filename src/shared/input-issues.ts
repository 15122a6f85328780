/**
 * Why a channel refused its input, in words a facilitator can act on. The main side says it
 * in English (logs, tests); the renderer parses the same input with the same schema, zod set
 * to the facilitator's language, and says it again in that language. A schema's own rule
 * (an end before a start) names a message of the catalogue instead of holding English text.
 */
import type { z } from 'zod'
import { englishMessages, userMessage, type MessageId, type UserMessage } from './user-message'

export type SayId = (id: MessageId) => string

const isMessageId = (text: string): text is MessageId => Object.hasOwn(englishMessages, text)

export function describeIssues(error: z.ZodError, say: SayId = (id) => englishMessages[id]): string {
  return error.issues
    .map((issue) => {
      if (isMessageId(issue.message)) return say(issue.message)
      const where = issue.path.length ? `"${issue.path.join('.')}"` : 'input'
      return `${where}: ${issue.message}`
    })
    .join('; ')
}

export const inputRefused = (error: z.ZodError, say?: SayId): UserMessage =>
  userMessage('input-refused', { details: describeIssues(error, say) })
