import { useState } from 'react'
import { Badge, Button, Flex, IconButton, Select, Switch, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@shared/model'
import { annotationColors } from '@shared/model-lists'
import { AutosaveField } from '../../save/AutosaveField'
import { SaveState } from '../../save/SaveState'
import { Choice } from '../../ui/Choice'
import { useAnnotationField } from './use-annotations'

const ANY = '__any__'

interface Props {
  annotations: Annotation[]
  selectedId: string | null
  /** the annotation whose note box should take the focus (asked again with a new `at`) */
  focus: { id: string; at: number } | null
  onSelect(a: Annotation): void
  onDelete(id: string): void
  onExport(includeFacilitatorOnly: boolean): void
}

type EditorProps = { a: Annotation; focusAt: number | null } & Pick<Props, 'onDelete'>

function Editor({ a, focusAt, onDelete }: EditorProps) {
  const { t } = useTranslation()
  const body = useAnnotationField(a, 'body', t('reader.note'))
  const color = useAnnotationField(a, 'color', t('reader.colour'))
  const visibility = useAnnotationField(a, 'visibility', t('reader.shareable'))
  return (
    <Flex direction="column" gap="2" mt="2">
      <AutosaveField
        label={body.label}
        auto={body}
        size="1"
        placeholder={t('reader.notePlaceholder')}
        multiline
        focusAt={focusAt}
      />
      <Flex gap="2" align="center" wrap="wrap">
        <Choice
          label={color.label}
          value={color.value}
          options={annotationColors}
          prefix="reader.colours"
          onChange={color.commit}
        />
        <Text as="label" size="2">
          <Flex gap="1" align="center">
            <Switch
              checked={visibility.value === 'shareable'}
              onCheckedChange={(on) => visibility.commit(on ? 'shareable' : 'facilitator')}
            />
            {t('reader.shareable')}
          </Flex>
        </Text>
        <SaveState prefix={`annotation/${a.id}/`} />
        <Button size="1" color="red" variant="soft" onClick={() => onDelete(a.id)}>
          {t('reader.deleteAnnotation')}
        </Button>
      </Flex>
    </Flex>
  )
}

export function AnnotationsPanel(props: Props) {
  const { t } = useTranslation()
  const [kind, setKind] = useState(ANY)
  const [color, setColor] = useState(ANY)
  const shown = props.annotations.filter(
    (a) => (kind === ANY || a.kind === kind) && (color === ANY || a.color === color),
  )
  return (
    <Flex direction="column" gap="2">
      <Flex gap="2" wrap="wrap">
        <Select.Root value={kind} onValueChange={setKind}>
          <Select.Trigger aria-label={t('reader.filterKind')} variant="soft" />
          <Select.Content>
            <Select.Item value={ANY}>{t('reader.allKinds')}</Select.Item>
            {(['highlight', 'note', 'bookmark'] as const).map((k) => (
              <Select.Item key={k} value={k}>
                {t(`reader.kinds.${k}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
        <Select.Root value={color} onValueChange={setColor}>
          <Select.Trigger aria-label={t('reader.filterColour')} variant="soft" />
          <Select.Content>
            <Select.Item value={ANY}>{t('reader.allColours')}</Select.Item>
            {annotationColors.map((c) => (
              <Select.Item key={c} value={c}>
                {t(`reader.colours.${c}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      </Flex>
      {shown.length === 0 && (
        <Text size="2" color="gray">
          {t('reader.noAnnotations')}
        </Text>
      )}
      <ul className="annotation-list" aria-label={t('reader.annotations')}>
        {shown.map((a) => (
          <li key={a.id} data-selected={a.id === props.selectedId || undefined}>
            <button type="button" className="annotation-item" onClick={() => props.onSelect(a)}>
              <Flex gap="2" align="center">
                <span className="swatch" data-color={a.color} aria-hidden />
                <Text size="1" weight="bold">
                  {t(`reader.kinds.${a.kind}`)}, {t('reader.pageShort', { page: a.page })}
                </Text>
                {a.visibility === 'facilitator' && (
                  <Badge size="1" color="gray">
                    {t('reader.facilitatorOnly')}
                  </Badge>
                )}
              </Flex>
              {a.quote && (
                <Text as="div" size="2" className="clamp-3">
                  “{a.quote}”
                </Text>
              )}
              {a.body && (
                <Text as="div" size="2" color="gray" className="clamp-3">
                  {a.body}
                </Text>
              )}
            </button>
            {a.id === props.selectedId && (
              <Editor a={a} focusAt={props.focus?.id === a.id ? props.focus.at : null} onDelete={props.onDelete} />
            )}
          </li>
        ))}
      </ul>
      <Flex gap="2" wrap="wrap">
        <Button size="1" variant="soft" onClick={() => props.onExport(false)}>
          {t('reader.exportShareable')}
        </Button>
        <IconButton size="1" variant="ghost" aria-label={t('reader.exportAll')} onClick={() => props.onExport(true)}>
          ⇩
        </IconButton>
      </Flex>
    </Flex>
  )
}
