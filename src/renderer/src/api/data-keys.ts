/** Which cached queries show a kind of record: what a `data:changed` event makes the page fetch again. */
import type { DataChanged } from '@shared/contract'

export function queriesShowing({ kind, id }: DataChanged): unknown[][] {
  switch (kind) {
    case 'workshops':
      return [['workshops'], ['workshop', id], ['workshop-screen', id]]
    case 'scenarios':
      return [['scenarios'], ['scenario', id]]
    case 'resources':
    case 'trash':
      return [['library'], ['resource', id], ['search']]
    case 'annotations':
      return [['annotations'], ['search']]
    case 'glossary':
      return [['glossary'], ['search']]
    case 'methods':
      return [['methods'], ['search']]
    case 'timeline':
      return [['timeline']]
    case 'blockTemplates':
      return [['block-templates']]
    case 'settings':
      return [['settings']]
  }
}
