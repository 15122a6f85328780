import { Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { OutlineItemT } from '@shared/model'

function Items({ items, onGo }: { items: OutlineItemT[]; onGo(page: number): void }) {
  return (
    <ul className="outline-list">
      {items.map((item, i) => (
        <li key={i}>
          {item.page ? (
            <button type="button" className="outline-item" onClick={() => onGo(item.page!)}>
              <span>{item.title}</span>
              <span className="outline-page">{item.page}</span>
            </button>
          ) : (
            <span className="outline-item">{item.title}</span>
          )}
          {item.items.length > 0 && <Items items={item.items} onGo={onGo} />}
        </li>
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
