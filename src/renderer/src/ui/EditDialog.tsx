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
}

/** A dialog over a record whose fields save as they are typed: nothing to confirm, only "Done" (or Escape). */
export function EditDialog({ children, ...frame }: Props) {
  const { t } = useTranslation()
  return (
    <DialogFrame {...frame}>
      <Flex direction="column" gap="3">
        {children}
        <Flex justify="end">
          <Dialog.Close>
            <Button>{t('app.done')}</Button>
          </Dialog.Close>
        </Flex>
      </Flex>
    </DialogFrame>
  )
}
