/**
 * How a record's value is shown in a control and read back from it: a number as the
 * text typed in its box, a list as comma-separated text. Reading what cannot be a value
 * throws, in the facilitator's language, and the save says so beside the field.
 */
import i18next from 'i18next'
import { fromClock, toClock } from '@shared/clock-text'
import { formatClock, readClock } from '@shared/when'

export interface Codec<T> {
  show(value: unknown): T
  read(shown: T): unknown
}

export const asIs = <T>(): Codec<T> => ({ show: (v) => v as T, read: (v) => v })

export const wholeNumber = (min = 0): Codec<string> => ({
  show: (v) => String(v),
  read: (text) => {
    const n = Number(text)
    if (text.trim() === '' || !Number.isInteger(n) || n < min) throw new Error(i18next.t('save.wholeNumber', { min }))
    return n
  },
})

const clockCodecs = new Map<string, Codec<string>>()

/** A wall-clock time ("09:00" in the record) shown as the language writes it, read back from any usual form. */
export const clockTime = (language: string): Codec<string> => {
  const known = clockCodecs.get(language)
  if (known) return known
  const codec: Codec<string> = {
    show: (v) => formatClock(fromClock(v as string), language),
    read: (text) => {
      const minutes = readClock(text)
      if (minutes === null)
        throw new Error(i18next.t('save.clockTime', { example: formatClock(9 * 60 + 30, language) }))
      return toClock(minutes)
    },
  }
  clockCodecs.set(language, codec)
  return codec
}

/** Items one per separator (a comma, a line), blanks left out. */
export const listOf = (separator: ',' | '\n'): Codec<string> => ({
  show: (v) => (v as string[]).join(separator === ',' ? ', ' : '\n'),
  read: (text) =>
    text
      .split(separator)
      .map((x) => x.trim())
      .filter(Boolean),
})

/** The value at a dotted path of a record ('context.region'); undefined where a part is missing. */
export const valueAt = (record: object, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], record)

/** Text that may be missing in the record (a translation not yet written). */
export const optionalText: Codec<string> = { show: (v) => (v as string | undefined) ?? '', read: (text) => text }

/** A choice that may be none (a source, a year): `none` stands for null in the control. */
export const orNone = (none: string): Codec<string> => ({
  show: (v) => (v === null || v === undefined ? none : String(v)),
  read: (shown) => (shown === none ? null : shown),
})

/** A whole number that may be left out (no upper limit): an empty box stands for null. */
export const wholeNumberOrNone = (min = 0): Codec<string> => ({
  show: (v) => (v === null || v === undefined ? '' : String(v)),
  read: (text) => (text.trim() === '' ? null : wholeNumber(min).read(text)),
})
