import { describe, expect, it } from 'vitest'
import { startScale } from './start-scale'

const a4 = { width: (595 * 96) / 72, height: (842 * 96) / 72 }
const landscape = { width: a4.height, height: a4.width }

describe('startScale', () => {
  it('fits the page width inside the viewer, less its scrollbar padding', () => {
    expect(startScale('page-width', a4, { width: 740, height: 600 })).toBeCloseTo(700 / a4.width, 12)
  })

  it('keeps a whole page in view for page-fit', () => {
    const s = startScale('page-fit', a4, { width: 1400, height: 600 })
    expect(s * a4.height).toBeLessThanOrEqual(600)
    expect(s).toBeCloseTo(595 / a4.height, 12)
  })

  it('never enlarges past 125% for auto, and fits a landscape page whole', () => {
    expect(startScale('auto', a4, { width: 3000, height: 3000 })).toBe(1.25)
    const s = startScale('auto', landscape, { width: 1000, height: 400 })
    expect(s * landscape.height).toBeLessThanOrEqual(400)
  })

  it('takes a saved number as it is', () => {
    expect(startScale('1.5', a4, { width: 10, height: 10 })).toBe(1.5)
  })
})
