import { useEffect } from 'react'
import { Button, Callout, Flex, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'

export const UNDO_MS = 15_000

/** "Deleted … Undo" after a delete; it goes away by itself after a while. */
export function UndoBar({ title, onUndo, onExpire }: { title: string; onUndo(): void; onExpire(): void }) {
  const { t } = useTranslation()
  useEffect(() => {
    const timer = setTimeout(onExpire, UNDO_MS)
    return () => clearTimeout(timer)
  }, [title, onExpire])
  return (
    <Callout.Root color="gray" my="3" role="status">
      <Flex align="center" justify="between" gap="3">
        <Text>{t('library.deleted', { title })}</Text>
        <Button size="1" variant="soft" onClick={onUndo}>
          {t('library.undo')}
        </Button>
      </Flex>
    </Callout.Root>
  )
}
