/**
 * What a bundle's dialogs start from (the presets, the conflict choices, the upload limit),
 * without the bundle's schemas: the library's first screen has the Share button.
 */
import type { BundleSelection } from './bundle'

/** Browser mode uploads a bundle with this limit (a PDF alone has the import's smaller one). */
export const MAX_BUNDLE_UPLOAD = 8 * 1024 * 1024 * 1024

/** The library's "Share…" starts here: everything but workshops and what is private. */
export const shareEverything: BundleSelection = {
  resources: 'all',
  glossary: true,
  scenarios: 'all',
  templates: true,
  workshops: [],
  linked: true,
  annotations: true,
  facilitatorOnly: false,
  names: false,
}

/** The "workshop pack" preset: one workshop with everything its agenda links to. */
export const workshopPack = (workshopId: string): BundleSelection => ({
  resources: [],
  glossary: false,
  scenarios: [],
  templates: false,
  workshops: [workshopId],
  linked: true,
  annotations: false,
  facilitatorOnly: false,
  names: false,
})

export const conflictChoices = ['both', 'theirs', 'mine'] as const
