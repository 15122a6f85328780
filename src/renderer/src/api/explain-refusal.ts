/**
 * Input the main side refused, parsed again here where zod speaks the facilitator's language.
 * Loaded only when a refusal comes back: the contract's schemas and zod are not part of the
 * first screen.
 */
import { config as zodConfig } from 'zod'
import { ar as zodAr, en as zodEn, fr as zodFr } from 'zod/locales'
import { contract, type Channel } from '@shared/contract'
import { inputRefused } from '@shared/input-issues'
import type { AppError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import i18next, { say } from '../i18n/i18n'

const zodLocales: Record<string, () => Parameters<typeof zodConfig>[0]> = { en: zodEn, fr: zodFr, ar: zodAr }

export function explainRefusal(channel: Channel, input: unknown, error: AppError): AppError {
  zodConfig((zodLocales[i18next.language] ?? zodEn)())
  const parsed = contract[channel].input.safeParse(input)
  return parsed.success ? error : { ...error, said: inputRefused(parsed.error, (id) => say(userMessage(id))) }
}
