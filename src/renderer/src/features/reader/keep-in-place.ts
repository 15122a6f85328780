/** Keeps what the facilitator is looking at still while the viewer rearranges the pages around it. */
interface Box {
  getBoundingClientRect(): { top: number; left: number }
}

interface Scroller {
  scrollTop: number
  scrollLeft: number
}

/** Runs `change` and scrolls so that `element` sits where it sat on screen before. */
export function keepInPlace(container: Scroller, element: () => Box, change: () => void): void {
  const before = element().getBoundingClientRect()
  change()
  const after = element().getBoundingClientRect()
  container.scrollTop += after.top - before.top
  container.scrollLeft += after.left - before.left
}
