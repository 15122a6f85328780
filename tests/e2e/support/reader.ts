import type { Page } from '@playwright/test'

/** Selects the text of the first non-empty text-layer span on a rendered page, as a user's drag would. */
export async function selectTextOnPage(page: Page, pageNumber: number, minLength = 8): Promise<string> {
  const selector = `.page[data-page-number="${pageNumber}"] .textLayer span`
  await page.waitForFunction(
    ({ selector, minLength }) =>
      [...document.querySelectorAll(selector)].some((s) => (s.textContent ?? '').trim().length >= minLength),
    { selector, minLength },
  )
  return page.evaluate(
    ({ selector, minLength }) => {
      const span = [...document.querySelectorAll(selector)].find(
        (s) => (s.textContent ?? '').trim().length >= minLength,
      )!
      const range = document.createRange()
      range.selectNodeContents(span)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return selection.toString()
    },
    { selector, minLength },
  )
}

/** Selects exactly `phrase` inside a text-layer span on a rendered page, as a double-click and drag would. */
export async function selectPhraseOnPage(page: Page, pageNumber: number, phrase: string): Promise<void> {
  const selector = `.page[data-page-number="${pageNumber}"] .textLayer span`
  await page.waitForFunction(
    ({ selector, phrase }) =>
      [...document.querySelectorAll(selector)].some((s) => (s.textContent ?? '').includes(phrase)),
    { selector, phrase },
  )
  await page.evaluate(
    ({ selector, phrase }) => {
      const span = [...document.querySelectorAll(selector)].find((s) => (s.textContent ?? '').includes(phrase))!
      const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT)
      let node = walker.nextNode()
      while (node && !(node.textContent ?? '').includes(phrase)) node = walker.nextNode()
      const start = node!.textContent!.indexOf(phrase)
      const range = document.createRange()
      range.setStart(node!, start)
      range.setEnd(node!, start + phrase.length)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
    },
    { selector, phrase },
  )
}
