import { Flex, IconButton } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'

/** Move an item of a list up or down, or remove it; each button names the item. */
export function ItemOrder({ what, onStep, onRemove }: { what: string; onStep(by: -1 | 1): void; onRemove(): void }) {
  const { t } = useTranslation()
  return (
    <Flex gap="1">
      <IconButton size="1" variant="ghost" aria-label={t('scenarios.edit.up', { what })} onClick={() => onStep(-1)}>
        ↑
      </IconButton>
      <IconButton size="1" variant="ghost" aria-label={t('scenarios.edit.down', { what })} onClick={() => onStep(1)}>
        ↓
      </IconButton>
      <IconButton
        size="1"
        variant="ghost"
        color="red"
        aria-label={t('scenarios.edit.remove', { what })}
        onClick={onRemove}
      >
        ×
      </IconButton>
    </Flex>
  )
}
