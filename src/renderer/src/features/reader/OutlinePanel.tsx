/**
 * The document's table of contents. Sections start folded: a long manual's
 * outline (pgfmanual has 1,182 entries) would otherwise put thousands of
 * elements on screen before the first page is even painted.
 */
import { useState } from 'react'
import { Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { OutlineItemT } from '@shared/model'

function Item({ item, onGo }: { item: OutlineItemT; onGo(page: number): void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const hasChildren = item.items.length > 0
  return (
    <li>
      <div className="outline-row">
        {hasChildren ? (
          <button
            type="button"
            className="outline-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'reader.foldSection' : 'reader.unfoldSection', { title: item.title })}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : <span className="flip-in-rtl">▸</span>}
          </button>
        ) : (
          <span className="outline-toggle" aria-hidden="true" />
        )}
        {item.page ? (
          <button type="button" className="outline-item" onClick={() => onGo(item.page!)}>
            <span dir="auto">{item.title}</span>
            <span className="outline-page">{item.page}</span>
          </button>
        ) : (
          <span className="outline-item" dir="auto">
            {item.title}
          </span>
        )}
      </div>
      {open && <Items items={item.items} onGo={onGo} />}
    </li>
  )
}

function Items({ items, onGo }: { items: OutlineItemT[]; onGo(page: number): void }) {
  return (
    <ul className="outline-list">
      {items.map((item, i) => (
        <Item key={i} item={item} onGo={onGo} />
      ))}
    </ul>
  )
}

export function OutlinePanel({ outline, onGo }: { outline: OutlineItemT[]; onGo(page: number): void }) {
  const { t } = useTranslation()
  if (!outline.length)
    return (
      <Text size="2" color="gray">
        {t('reader.noOutline')}
      </Text>
    )
  return (
    <nav aria-label={t('reader.outline')}>
      <Items items={outline} onGo={onGo} />
    </nav>
  )
}
