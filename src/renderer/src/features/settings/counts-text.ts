import type { TFunction } from 'i18next'
import type { LibraryCounts } from '@shared/backups'

const shown = ['resources', 'workshops', 'notes', 'scenarios', 'glossary', 'annotations', 'timeline'] as const

/** "Resources: 12 · Workshops: 3 · Notes: 40 …" — labels without plurals read the same in every language. */
export function countsText(t: TFunction, counts: LibraryCounts): string {
  return shown.map((kind) => t('backups.count', { kind: t(`backups.kinds.${kind}`), n: counts[kind] })).join(' · ')
}
