/** A workshop's "Workshop pack…": the export dialog preset to this workshop and what its agenda links to. */
import { useState } from 'react'
import { Button } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { workshopPack } from '@shared/bundle-choices'
import type { Workshop } from '@shared/workshop'
import { ExportBundleDialog } from './ExportBundleDialog'

export function WorkshopPackButton({ w }: { w: Workshop }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button type="button" variant="soft" onClick={() => setOpen(true)}>
        {t('bundle.pack')}
      </Button>
      {open && (
        <ExportBundleDialog
          initial={workshopPack(w.id)}
          title={t('bundle.export.packTitle', { title: w.title })}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}
