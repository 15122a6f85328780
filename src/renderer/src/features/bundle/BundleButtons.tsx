/** The library's "Share…" and "Import a bundle…": each opens its dialog (browser mode uploads the .zip first). */
import { useRef, useState } from 'react'
import { Button, Callout } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { hostKind } from '../../api/api'
import { shareEverything } from '@shared/bundle-choices'
import { ExportBundleDialog } from './ExportBundleDialog'
import { ImportBundleDialog } from './ImportBundleDialog'
import { pickBundle, uploadBundle, type BundleSource } from './bundle-source'

export function BundleButtons() {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [sharing, setSharing] = useState(false)
  const [source, setSource] = useState<BundleSource | null>(null)
  const [error, setError] = useState<string | null>(null)
  const open = async (get: () => Promise<BundleSource | null>) => {
    setError(null)
    try {
      setSource(await get())
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <>
      <Button type="button" variant="soft" onClick={() => setSharing(true)}>
        {t('bundle.share')}
      </Button>
      <Button
        type="button"
        variant="soft"
        onClick={() => (hostKind === 'desktop' ? void open(pickBundle) : input.current?.click())}
      >
        {t('bundle.importButton')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        hidden
        aria-label={t('bundle.importButton')}
        data-testid="bundle-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) void open(() => uploadBundle(file))
        }}
      />
      {error && (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{error}</Callout.Text>
        </Callout.Root>
      )}
      {sharing && (
        <ExportBundleDialog
          initial={shareEverything}
          title={t('bundle.export.title')}
          onClose={() => setSharing(false)}
        />
      )}
      {source && <ImportBundleDialog source={source} onClose={() => setSource(null)} />}
    </>
  )
}
