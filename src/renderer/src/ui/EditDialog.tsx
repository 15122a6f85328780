import type { ReactNode } from 'react'
import { Button, Dialog, Flex } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { DialogFrame } from './DialogFrame'

interface Props {
  title: string
  description: string
  onClose(): void
  children: ReactNode
  maxWidth?: string
  /** the closing button's word, where "Done" is not it (a dialog that writes only on its own button) */
  closeLabel?: string
  /** buttons beside the closing one (a dialog's own action) */
  actions?: ReactNode
}

/** A dialog over a record whose fields save as they are typed: nothing to confirm, only "Done" (or Escape). */
export function EditDialog({ children, closeLabel, actions, ...frame }: Props) {
  const { t } = useTranslation()
  return (
    <DialogFrame {...frame}>
      <Flex direction="column" gap="3">
        {children}
        <Flex justify="end" align="center" gap="3">
          <Dialog.Close>
            <Button variant={closeLabel ? 'soft' : 'solid'} color={closeLabel ? 'gray' : undefined}>
              {closeLabel ?? t('app.done')}
            </Button>
          </Dialog.Close>
          {actions}
        </Flex>
      </Flex>
    </DialogFrame>
  )
}
