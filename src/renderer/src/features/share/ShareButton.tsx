/** The workshop page's way to the share: a button that opens the same panel run mode shows, in a dialog. */
import { useState } from 'react'
import { Badge, Button, Flex } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Workshop } from '@shared/workshop'
import { DialogFrame } from '../../ui/DialogFrame'
import { SharePanel } from './SharePanel'
import { useShare } from './use-share'

export function ShareButton({ w }: { w: Workshop }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const { status } = useShare()
  const sharing = status.data?.session?.workshopId === w.id
  return (
    <>
      <Flex gap="2" align="center">
        {sharing && (
          <Badge color="teal" highContrast>
            {t('share.sharingNow')}
          </Badge>
        )}
        <Button variant="soft" onClick={() => setOpen(true)}>
          {t('share.shareButton')}
        </Button>
      </Flex>
      {open && (
        <DialogFrame
          title={t('share.title')}
          description={t('share.dialogDescription')}
          onClose={() => setOpen(false)}
          maxWidth="720px"
        >
          <SharePanel w={w} />
          <Flex justify="end" mt="3">
            <Button variant="soft" onClick={() => setOpen(false)}>
              {t('app.done')}
            </Button>
          </Flex>
        </DialogFrame>
      )}
    </>
  )
}
