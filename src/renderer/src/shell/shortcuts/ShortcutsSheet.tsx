import { Fragment } from 'react'
import { Flex, Heading, Kbd, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { EditDialog } from '../../ui/EditDialog'
import { namedKeys, type NamedKey, type ShortcutGroup } from './shortcut-list'

const onMac = /Mac|iPhone|iPad/.test(navigator.platform)

function KeyName({ name }: { name: string }) {
  const { t } = useTranslation()
  if (name === 'mod' && onMac) return <Kbd>⌘</Kbd>
  return <Kbd>{(namedKeys as readonly string[]).includes(name) ? t(`shortcuts.keys.${name as NamedKey}`) : name}</Kbd>
}

/** One way to press a shortcut: its keys together ("Ctrl + K"), its alternatives side by side ("↑ or ↓"). */
function Keys({ keys }: { keys: string[][] }) {
  const { t } = useTranslation()
  return (
    <Flex gap="1" align="center" wrap="wrap" dir="ltr">
      {keys.map((chord, i) => (
        <Fragment key={chord.join('+')}>
          {i > 0 && <Text size="1">{t('shortcuts.or')}</Text>}
          {chord.map((name, j) => (
            <Fragment key={name}>
              {j > 0 && <Text size="1">+</Text>}
              <KeyName name={name} />
            </Fragment>
          ))}
        </Fragment>
      ))}
    </Flex>
  )
}

/** Every keyboard shortcut, by group; `groups` is the one list (shortcut-list.ts) and whatever an area adds to it. */
export function ShortcutsSheet({ groups, onClose }: { groups: ShortcutGroup[]; onClose(): void }) {
  const { t } = useTranslation()
  return (
    <EditDialog
      title={t('shortcuts.title')}
      description={t('shortcuts.description')}
      onClose={onClose}
      maxWidth="640px"
    >
      {groups.map((group) => (
        <section key={group.title} aria-label={t(group.title)}>
          <Heading as="h3" size="3" mb="2">
            {t(group.title)}
          </Heading>
          <dl className="shortcut-list">
            {group.shortcuts.map((s) => (
              <Fragment key={s.label}>
                <dt>
                  <Keys keys={s.keys} />
                </dt>
                <dd>
                  <Text size="2">{t(s.label)}</Text>
                </dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
    </EditDialog>
  )
}
