import type { TFunction } from 'i18next'
import type { Trashed } from '@shared/trash'
import type { Offer } from './undo-offer'

const named = (t: TFunction, key: 'deleted' | 'restored', ticket: Trashed) =>
  ticket.label
    ? t(`undo.${key}`, { label: ticket.label })
    : t(`undo.${key}Unnamed`, { what: t(`undo.kinds.${ticket.kind}`) })

/** What the toast says: what was taken away, or what came back. */
export function offerText(t: TFunction, offer: Offer): string {
  const { kind, label } = offer.ticket
  if (offer.state === 'offered') {
    if (kind === 'run') return t('undo.restarted', { label })
    if (kind === 'draft') return t('undo.draftReplaced')
    return named(t, 'deleted', offer.ticket)
  }
  if (kind === 'run') return t('undo.runBack', { label })
  if (kind === 'draft') return t('undo.draftBack')
  return named(t, 'restored', offer.ticket)
}
