import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** The whole library page accepts dropped PDFs; the overlay says so while files hover over it. */
export function DropZone({ onFiles, children }: { onFiles(files: File[]): void; children: ReactNode }) {
  const { t } = useTranslation()
  const [over, setOver] = useState(false)
  const hasFiles = (e: React.DragEvent) => [...e.dataTransfer.types].includes('Files')
  return (
    <div
      className="drop-zone"
      data-over={over || undefined}
      onDragOver={(e) => {
        if (!hasFiles(e)) return
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (!hasFiles(e)) return
        e.preventDefault()
        setOver(false)
        const files = [...e.dataTransfer.files]
        if (files.length) onFiles(files)
      }}
    >
      {children}
      {over && <div className="drop-overlay">{t('library.import.drop')}</div>}
    </div>
  )
}
