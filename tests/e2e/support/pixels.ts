/**
 * What a user sees, measured from screenshots decoded in the page: CSS filters and
 * layers drawn over a canvas count, which the canvas's own pixels would not show.
 */
import type { Locator, Page } from '@playwright/test'

/** The part of an element the facilitator can see: inside the viewport and inside `within` (a scrolling box). */
async function visibleClip(page: Page, region: Locator, within?: Locator) {
  const box = (await region.boundingBox())!
  const outer = within ? (await within.boundingBox())! : { x: 0, y: 0, ...page.viewportSize()! }
  const x = Math.max(box.x, outer.x)
  const y = Math.max(box.y, outer.y)
  const width = Math.min(box.x + box.width, outer.x + outer.width) - x
  const height = Math.min(box.y + box.height, outer.y + outer.height) - y
  return { x, y, width, height }
}

/** The mean colour of a region as it appears on screen, as [r, g, b] in 0–255. */
export async function meanColour(page: Page, region: Locator, within?: Locator): Promise<[number, number, number]> {
  const png = (await page.screenshot({ clip: await visibleClip(page, region, within) })).toString('base64')
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(bitmap, 0, 0)
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data
    const sum = [0, 0, 0]
    for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] = sum[c]! + data[i + c]!
    const n = data.length / 4
    return sum.map((s) => Math.round(s / n)) as [number, number, number]
  }, png)
}

/** Mean luminance of a region as it appears on screen: 0 is black, 1 is white. */
export async function meanLuminance(page: Page, region: Locator, within?: Locator): Promise<number> {
  const [r, g, b] = await meanColour(page, region, within)
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
}
