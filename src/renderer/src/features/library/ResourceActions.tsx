import { DropdownMenu, IconButton } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Resource } from '@shared/model'
import { hrefFor } from '../../shell/routes'
import { useImport } from './use-import'

export interface ResourceHandlers {
  onEdit(resource: Resource): void
  onDelete(resource: Resource): void
}

export function ResourceActions({ resource, onEdit, onDelete }: { resource: Resource } & ResourceHandlers) {
  const { t } = useTranslation()
  const { state, pickFiles } = useImport()
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger>
        <IconButton variant="ghost" aria-label={t('library.actions.menu', { title: resource.title })}>
          ⋯
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content>
        {resource.file ? (
          <DropdownMenu.Item onSelect={() => (window.location.hash = hrefFor('reader', resource.id))}>
            {t('library.actions.open')}
          </DropdownMenu.Item>
        ) : (
          <DropdownMenu.Item disabled={state.running} onSelect={() => pickFiles(resource.id)}>
            {t('library.actions.attach')}
          </DropdownMenu.Item>
        )}
        <DropdownMenu.Item onSelect={() => onEdit(resource)}>{t('library.actions.edit')}</DropdownMenu.Item>
        <DropdownMenu.Separator />
        <DropdownMenu.Item color="red" onSelect={() => onDelete(resource)}>
          {t('library.actions.delete')}
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  )
}
