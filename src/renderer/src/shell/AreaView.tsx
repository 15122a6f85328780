/**
 * The area the route names, drawn from its own chunk (area-parts). While an area's code
 * arrives a status line says so (screen readers announce it); the focus moves to its heading
 * once it is drawn (use-focus-on-page-change).
 */
import { Suspense, useEffect } from 'react'
import type { NavAreaId } from './routes'
import { AreaLoading } from './AreaLoading'
import { warmReaderWhenIdle } from '../features/reader/warm-up'
import { areaParts } from './area-parts'

function Area({ area, params }: { area: NavAreaId; params: string[] }) {
  const Part = areaParts[area]
  return <Part params={params} />
}

/** Rendered beside the area, so its effect runs once the first area is on screen, not before. */
function AfterFirstScreen() {
  useEffect(() => warmReaderWhenIdle(areaParts.reader.preload), [])
  return null
}

export function AreaView({ area, params }: { area: NavAreaId; params: string[] }) {
  return (
    <Suspense fallback={<AreaLoading area={area} />}>
      <Area area={area} params={params} />
      <AfterFirstScreen />
    </Suspense>
  )
}
