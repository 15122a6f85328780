/**
 * The one dialog frame. Escape, Cancel, Done or Save close it, and the focus goes back
 * to what opened it — or, when that is gone (the record was deleted, the list redrawn),
 * to the area's heading — never to the page body, where a keyboard user would start over.
 */
import { useRef, type ReactNode } from 'react'
import { Dialog } from '@radix-ui/themes'

interface Props {
  title: string
  description: ReactNode
  onClose(): void
  children: ReactNode
  maxWidth?: string
}

function returnFocus(opener: Element | null) {
  const target =
    opener instanceof HTMLElement && opener.isConnected && opener !== document.body
      ? opener
      : document.querySelector<HTMLElement>('main h1')
  target?.focus()
}

export function DialogFrame({ title, description, onClose, children, maxWidth = '600px' }: Props) {
  const opener = useRef<Element | null>(document.activeElement)
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content
        maxWidth={maxWidth}
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          returnFocus(opener.current)
        }}
      >
        <Dialog.Title>{title}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {description}
        </Dialog.Description>
        {children}
      </Dialog.Content>
    </Dialog.Root>
  )
}
