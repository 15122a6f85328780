import { useCallback, useEffect, useRef, useState } from 'react'
import { Button, Card, Flex, IconButton, Text } from '@radix-ui/themes'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ErrorText } from '../../ui/ErrorText'
import { dismissOffer, useUndoOffer, type Offer } from './undo-offer'
import { offerText } from './undo-text'
import { useRestore } from './use-restore'
import { useFocusWhenLost, useUndoShortcut } from './use-undo-keys'

/** Long enough to read and reach; the clock stops while the pointer or the focus is on the toast. */
export const UNDO_MS = 20_000
const TOLD_MS = 8_000

function useExpiry(offer: Offer | null, paused: boolean) {
  useEffect(() => {
    if (!offer || paused) return
    const undoable = offer.state === 'offered' || offer.displaced
    const timer = setTimeout(() => dismissOffer(offer.at), undoable ? UNDO_MS : TOLD_MS)
    return () => clearTimeout(timer)
  }, [offer, paused])
}

/** The one undo toast: what was deleted, reset or replaced, with Undo; then what came back. */
export function UndoToast() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const offer = useUndoOffer()
  const restore = useRestore()
  const [paused, setPaused] = useState(false)
  const undoRef = useRef<HTMLButtonElement>(null)
  useExpiry(offer, paused)
  const undoable = offer?.state === 'offered' ? offer.ticket : offer?.state === 'restored' ? offer.displaced : null
  const undo = useCallback(() => undoable && restore.mutate(undoable.id), [undoable, restore])
  useUndoShortcut(undoable ? undo : null)
  useFocusWhenLost(undoRef, offer?.state === 'offered' ? offer.at : null)
  const { reset } = restore
  useEffect(() => {
    reset()
    if (offer) void client.invalidateQueries({ queryKey: ['trash'] })
  }, [offer, client, reset])
  return (
    <div
      className="undo-toast"
      role="status"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      {offer && (
        <Card>
          <Flex align="center" gap="3">
            <Text dir="auto">{offerText(t, offer)}</Text>
            {undoable && (
              <Button ref={undoRef} size="2" onClick={undo} disabled={restore.isPending} aria-keyshortcuts="Control+Z">
                {t('undo.undo')}
              </Button>
            )}
            <IconButton size="1" variant="ghost" aria-label={t('app.dismiss')} onClick={() => dismissOffer(offer.at)}>
              ×
            </IconButton>
          </Flex>
          <ErrorText error={restore.error} />
        </Card>
      )}
    </div>
  )
}
