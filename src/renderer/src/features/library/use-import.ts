/**
 * Importing from either host: the desktop app sends file paths (from its dialog,
 * or from dropped files via the preload); browser mode uploads the bytes first.
 * Progress comes from the main side's import:progress events. The state lives at
 * the app level (ImportProvider), so leaving the library loses nothing: the shell
 * shows the progress from every area and tells when a batch ends. The file picker is
 * app-level too, so the command palette opens the same one from any area. Attaching a PDF
 * to a record-only entry is the same import (one file, `library:attach`), with the same
 * progress and results.
 */
import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { ImportOutcome, ImportProgress, Input } from '@shared/contract'
import { call, hostKind } from '../../api/api'
import { events } from '../../api/events'
import { uploadFile } from '../../api/upload'

type Source = Input<'library:import'>['sources'][number]

export interface ImportState {
  running: boolean
  progress: ImportProgress | null
  outcomes: ImportOutcome[]
  /** when the last batch ended (its results are kept until dismissed) */
  endedAt: number | null
}

async function sourcesFor(files: File[], maxBytes: number): Promise<{ sources: Source[]; failed: ImportOutcome[] }> {
  const sources: Source[] = []
  const failed: ImportOutcome[] = []
  for (const file of files) {
    const picked = hostKind === 'desktop' ? await window.tcFiles?.register(file) : null
    if (picked) {
      sources.push({ pickedId: picked.id, name: file.name })
      continue
    }
    const uploaded = await uploadFile(file, maxBytes)
    if (uploaded.ok) sources.push({ uploadId: uploaded.value.uploadId, name: file.name })
    else failed.push({ name: file.name, status: 'failed', message: uploaded.error.message, said: uploaded.error.said })
  }
  return { sources, failed }
}

function useImportState() {
  const client = useQueryClient()
  const [state, setState] = useState<ImportState>({ running: false, progress: null, outcomes: [], endedAt: null })

  useEffect(
    () =>
      events.subscribe((event) => {
        if (event.type !== 'import:progress') return
        // the starter library and bundles (their own dialog shows them) are not this import
        const { batchId } = event.payload
        if (batchId === 'starter' || batchId.startsWith('bundle:') || batchId.startsWith('team:')) return
        setState((s) => (s.running ? { ...s, progress: event.payload } : s))
      }),
    [],
  )

  const run = useCallback(
    async (prepare: () => Promise<{ sources: Source[]; failed: ImportOutcome[] }>, attachTo?: string) => {
      setState({ running: true, progress: null, outcomes: [], endedAt: null })
      const { sources, failed } = await prepare()
      let outcomes = failed
      if (sources.length) {
        try {
          const done = attachTo
            ? [(await call('library:attach', { id: attachTo, source: sources[0]! })).outcome]
            : (await call('library:import', { sources })).outcomes
          outcomes = [...failed, ...done]
        } catch (error) {
          outcomes = [...failed, { name: '', status: 'failed', message: (error as Error).message }]
        }
      }
      setState({ running: false, progress: null, outcomes, endedAt: Date.now() })
      await client.invalidateQueries({ queryKey: ['library'] })
      if (attachTo) await client.invalidateQueries({ queryKey: ['resource', attachTo] })
    },
    [client],
  )

  const importFiles = useCallback(
    (files: File[], attachTo?: string) =>
      run(async () => {
        const info = await client.fetchQuery({ queryKey: ['app-info'], queryFn: () => call('app:info') })
        return sourcesFor(attachTo ? files.slice(0, 1) : files, info.maxImportBytes)
      }, attachTo),
    [run, client],
  )
  const importFromDialog = useCallback(
    (attachTo?: string) =>
      run(async () => {
        const picked = (await call('library:pickFiles')).map(({ id, name }) => ({ pickedId: id, name }))
        return { sources: attachTo ? picked.slice(0, 1) : picked, failed: [] }
      }, attachTo),
    [run],
  )
  /** browser mode's file input, rendered once at app level (ImportFilePicker) */
  const picker = useRef<HTMLInputElement | null>(null)
  /** the entry the picker's file goes to, when it was opened by "Attach the PDF" */
  const attachTarget = useRef<string | undefined>(undefined)
  const pickFiles = useCallback(
    (attachTo?: string) => {
      attachTarget.current = attachTo
      if (hostKind === 'desktop') void importFromDialog(attachTo)
      else picker.current?.click()
    },
    [importFromDialog],
  )
  const picked = useCallback(
    (files: File[]) => {
      const attachTo = attachTarget.current
      attachTarget.current = undefined
      return importFiles(files, attachTo)
    },
    [importFiles],
  )
  const dismiss = useCallback(() => setState((s) => ({ ...s, outcomes: [], endedAt: null })), [])
  return { state, importFiles, pickFiles, picker, picked, dismiss }
}

type Importer = ReturnType<typeof useImportState>
const ImportContext = createContext<Importer | null>(null)

export function ImportProvider({ children }: { children: ReactNode }) {
  return createElement(ImportContext.Provider, { value: useImportState() }, children)
}

export function useImport(): Importer {
  const importer = useContext(ImportContext)
  if (!importer) throw new Error('useImport needs an ImportProvider')
  return importer
}
