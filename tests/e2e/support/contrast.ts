/**
 * Text contrast computed in the page, for every element that shows text of its own:
 * its colour against the background it is actually drawn on (ancestors' backgrounds
 * composited, alpha included), by the WCAG 2.2 formula. Unlike axe, it measures Arabic
 * text too. Disabled controls, invisible and screen-reader-only text are left out, as
 * WCAG leaves them out.
 */
import type { Page } from '@playwright/test'

export interface LowContrast {
  text: string
  ratio: number
  needed: number
  color: string
  background: string
}

export function lowContrast(page: Page): Promise<LowContrast[]> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!
    const rgba = (css: string): [number, number, number, number] => {
      canvas.clearRect(0, 0, 1, 1)
      canvas.fillStyle = '#000'
      canvas.fillStyle = css
      canvas.fillRect(0, 0, 1, 1)
      const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data
      return [r!, g!, b!, a! / 255]
    }
    const over = (top: number[], bottom: number[]) =>
      top.slice(0, 3).map((c, i) => c * top[3]! + bottom[i]! * (1 - top[3]!))
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const s = v / 255
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    const backgroundOf = (el: Element): number[] | null => {
      const layers: number[][] = []
      for (let at: Element | null = el; at; at = at.parentElement) {
        const style = getComputedStyle(at)
        if (style.backgroundImage !== 'none' && !style.backgroundImage.startsWith('url(')) return null
        const bg = rgba(style.backgroundColor)
        if (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && bg[3] > 0) layers.push(bg)
        if (bg[3] >= 1) break
      }
      let base = [255, 255, 255]
      for (const layer of layers.reverse()) base = over(layer, base)
      return base
    }
    const hidden = (el: Element) => {
      const box = el.getBoundingClientRect()
      if (box.width <= 1 || box.height <= 1) return true
      if (el.closest('[aria-hidden="true"], [disabled], [aria-disabled="true"], [data-disabled], .textLayer, canvas'))
        return true
      const style = getComputedStyle(el)
      return style.visibility !== 'visible' || Number(style.opacity) < 0.1
    }
    const out: { text: string; ratio: number; needed: number; color: string; background: string }[] = []
    const seen = new Set<string>()
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim()
      if (!own || !/\p{L}|\p{N}/u.test(own) || hidden(el)) continue
      const style = getComputedStyle(el)
      const fg = rgba(style.color)
      if (fg[3] === 0) continue
      const bg = backgroundOf(el)
      if (!bg) continue
      const shown = over(fg, bg)
      const [l1, l2] = [luminance(shown), luminance(bg)].sort((a, b) => b - a)
      const ratio = (l1! + 0.05) / (l2! + 0.05)
      const size = parseFloat(style.fontSize)
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
      const needed = large ? 3 : 4.5
      const key = `${style.color}|${bg.join(',')}`
      if (ratio + 0.005 < needed && !seen.has(key)) {
        seen.add(key)
        out.push({
          text: own.slice(0, 50),
          ratio: Math.round(ratio * 100) / 100,
          needed,
          color: style.color,
          background: `rgb(${bg.map(Math.round).join(', ')})`,
        })
      }
    }
    return out
  })
}
