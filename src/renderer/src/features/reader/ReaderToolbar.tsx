import { useRef, useState } from 'react'
import { Button, Flex, IconButton, Select, Separator, Text, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { zoomPresets, type useViewerState } from './use-viewer-state'
import { useReaderShortcuts } from './use-reader-shortcuts'
import { DarkPagesButton, SidePanelButton, type ViewToggles } from './ReaderViewToggles'

type ViewerState = ReturnType<typeof useViewerState>

function PageBox({ state }: { state: ViewerState }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(String(state.page))
  return (
    <Flex align="center" gap="1">
      <IconButton variant="soft" aria-label={t('reader.previousPage')} onClick={() => state.goTo(state.page - 1)}>
        <span className="flip-in-rtl" aria-hidden="true">
          ‹
        </span>
      </IconButton>
      <TextField.Root
        aria-label={t('reader.pageNumber')}
        value={draft}
        inputMode="numeric"
        style={{ width: 64, textAlign: 'center' }}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') state.goTo(Number(draft))
        }}
        onBlur={() => setDraft(String(state.page))}
      />
      <Text size="2" color="gray">
        {t('reader.ofPages', { count: state.pages })}
      </Text>
      <IconButton variant="soft" aria-label={t('reader.nextPage')} onClick={() => state.goTo(state.page + 1)}>
        <span className="flip-in-rtl" aria-hidden="true">
          ›
        </span>
      </IconButton>
    </Flex>
  )
}

function ZoomControls({ state }: { state: ViewerState }) {
  const { t } = useTranslation()
  const known = (zoomPresets as readonly string[]).includes(state.scale)
  return (
    <Flex align="center" gap="1">
      <IconButton variant="soft" aria-label={t('reader.zoomOut')} onClick={() => state.zoom('out')}>
        −
      </IconButton>
      <Select.Root value={known ? state.scale : 'custom'} onValueChange={(v) => v !== 'custom' && state.zoom(v)}>
        <Select.Trigger aria-label={t('reader.zoom')} variant="soft" />
        <Select.Content>
          {!known && <Select.Item value="custom">{`${Math.round(Number(state.scale) * 100)}%`}</Select.Item>}
          {zoomPresets.map((z) => (
            <Select.Item key={z} value={z}>
              {Number.isNaN(Number(z)) ? t(`reader.zoomPreset.${z}`) : `${Math.round(Number(z) * 100)}%`}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
      <IconButton variant="soft" aria-label={t('reader.zoomIn')} onClick={() => state.zoom('in')}>
        +
      </IconButton>
    </Flex>
  )
}

export function FindBox({ state, onHighlightMatch }: { state: ViewerState; onHighlightMatch(): void }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const input = useRef<HTMLInputElement>(null)
  useReaderShortcuts({
    find: () => {
      input.current?.focus()
      input.current?.select()
    },
  })
  const { find } = state
  return (
    <Flex align="center" gap="1">
      <TextField.Root
        ref={input}
        type="search"
        placeholder={t('reader.find')}
        aria-label={t('reader.find')}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value)
          state.search(e.currentTarget.value, '')
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') state.search(query, 'again', e.shiftKey)
        }}
      />
      <IconButton
        variant="soft"
        aria-label={t('reader.findPrevious')}
        onClick={() => state.search(query, 'again', true)}
      >
        ↑
      </IconButton>
      <IconButton variant="soft" aria-label={t('reader.findNext')} onClick={() => state.search(query, 'again')}>
        ↓
      </IconButton>
      <Text size="2" color="gray" role="status" aria-live="polite" style={{ minWidth: 110 }}>
        {query && find.state === 'not-found' && t('reader.noMatches')}
        {query && find.total > 0 && t('reader.matches', { current: find.current, count: find.total })}
      </Text>
      {query && find.total > 0 && (
        <Button variant="soft" onClick={onHighlightMatch}>
          {t('reader.highlightMatch')}
        </Button>
      )}
    </Flex>
  )
}

interface ToolbarProps {
  state: ViewerState
  toggles: ViewToggles
  onHighlightMatch(): void
}

export function ReaderToolbar({ state, toggles, onHighlightMatch }: ToolbarProps) {
  return (
    <Flex align="center" gap="3" wrap="wrap" className="reader-toolbar" role="toolbar">
      <SidePanelButton toggles={toggles} />
      <PageBox key={state.page} state={state} />
      <Separator orientation="vertical" />
      <ZoomControls state={state} />
      <Separator orientation="vertical" />
      <FindBox state={state} onHighlightMatch={onHighlightMatch} />
      <Separator orientation="vertical" />
      <DarkPagesButton toggles={toggles} />
    </Flex>
  )
}
