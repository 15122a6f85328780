/**
 * Where a bundle to import comes from, without a page ever naming a path: the desktop's
 * own open dialog (an opaque picked id), or in browser mode an upload (an upload id).
 */
import type { Input } from '@shared/contract'
import { MAX_BUNDLE_UPLOAD } from '@shared/bundle-choices'
import { call } from '../../api/api'
import { uploadFile } from '../../api/upload'

export type BundleSource = Input<'bundle:preview'>['source']

export async function pickBundle(): Promise<BundleSource | null> {
  const picked = await call('bundle:pick')
  return picked && { pickedId: picked.id, name: picked.name }
}

export async function uploadBundle(file: File): Promise<BundleSource> {
  const uploaded = await uploadFile(file, MAX_BUNDLE_UPLOAD, '/upload?for=bundle')
  if (!uploaded.ok) throw new Error(uploaded.error.message)
  return { uploadId: uploaded.value.uploadId, name: file.name }
}
