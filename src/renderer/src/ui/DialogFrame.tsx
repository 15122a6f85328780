/**
 * The one dialog frame. Escape, Cancel, Done or Save close it, and the focus goes back
 * to what opened it — or, when that is gone (the record was deleted, the list redrawn),
 * to the area's heading — never to the page body, where a keyboard user would start over.
 * A dialog whose choice takes the facilitator elsewhere (the command palette) says so
 * from `afterClose`, and the new page's heading takes the focus instead.
 */
import { useRef, type ReactNode } from 'react'
import { Dialog } from '@radix-ui/themes'

interface Props {
  title: string
  description: ReactNode
  onClose(): void
  children: ReactNode
  maxWidth?: string
  /** runs once the dialog is gone; answering true means the focus goes to the next page, not back to the opener */
  afterClose?(): boolean
  /** classes on the dialog's content (the palette's compact layout) */
  className?: string
}

function returnFocus(opener: Element | null) {
  const target =
    opener instanceof HTMLElement && opener.isConnected && opener !== document.body
      ? opener
      : document.querySelector<HTMLElement>('main h1')
  target?.focus()
}

/** After a jump the old page is drawn over by the new one: its heading takes the focus once it is there, unless the page took it itself (the search box). */
function focusNextPage() {
  let frames = 0
  const look = () => {
    const active = document.activeElement
    // the page placed the focus itself, or a dialog opened meanwhile (focus outside it would close it)
    if ((active && active !== document.body) || document.querySelector('[role="dialog"]')) return
    const heading = frames > 2 ? document.querySelector<HTMLElement>('main h1') : null
    if (heading) heading.focus()
    else if (++frames < 180) requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
}

export function DialogFrame({
  title,
  description,
  onClose,
  children,
  maxWidth = '600px',
  afterClose,
  className,
}: Props) {
  const opener = useRef<Element | null>(document.activeElement)
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content
        maxWidth={maxWidth}
        className={className}
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          if (afterClose?.()) focusNextPage()
          else returnFocus(opener.current)
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
