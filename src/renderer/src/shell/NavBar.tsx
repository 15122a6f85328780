import { Flex, Kbd, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { areas, hrefFor, type AreaId } from './routes'

export function NavBar({ current }: { current: AreaId }) {
  const { t } = useTranslation()
  return (
    <Flex asChild direction="column" gap="1">
      <ul className="nav-list">
        {areas.map((area, index) => (
          <li key={area.id}>
            <a
              className="nav-link"
              href={hrefFor(area.id)}
              aria-current={current === area.id ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${index + 1}`}
            >
              <Text size="2">{t(`nav.${area.id}`)}</Text>
              <Kbd size="1" aria-hidden>
                {t('shell.altKey', { n: index + 1 })}
              </Kbd>
            </a>
          </li>
        ))}
      </ul>
    </Flex>
  )
}
