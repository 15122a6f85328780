/**
 * Issue #18 item 2: in the Arabic interface, what the facilitator wrote in English keeps
 * its own direction — "Course in Gao, 2026." must not read ".Course in Gao, 2026" — on
 * every page, in text and in fields. A text's direction is the computed `direction` of
 * the element holding it (dir="auto" resolves to ltr for English); inside a translated
 * sentence it sits between bidi isolates (FSI…PDI); a field may instead let each
 * paragraph choose (`unicode-bidi: plaintext`).
 */
import type { Page } from '@playwright/test'
import { test, expect, snap } from './support/fixtures'
import { ask } from './support/records'

interface Seeded {
  markers: string[]
  pages: string[]
}

async function seed(page: Page): Promise<Seeded> {
  const workshop = await ask<{ id: string }>(page, 'workshops:create', { title: 'Course in Gao, 2026.' })
  const block = {
    ...{ id: 'b1', day: 1, kind: 'input', title: 'Mandates of the police.', minutes: 30 },
    ...{ facilitators: [], links: [], actualStart: null, actualEnd: null, extendedBy: 0, scenarioId: null },
  }
  await ask(page, 'workshops:editList', { id: workshop.id, list: 'agenda', ops: [{ op: 'add', item: block }] })
  const participant = { id: 'p1', name: 'Amina Diallo.', organisation: 'UNPOL, Gao.', sector: 'police' }
  await ask(page, 'workshops:editList', {
    id: workshop.id,
    list: 'participants',
    ops: [{ op: 'add', item: { ...participant, gender: 'female', consent: true } }],
  })
  await ask(page, 'workshops:addNote', { id: workshop.id, kind: 'observation', text: 'Groups chose option B.' })
  await ask(page, 'timeline:create', {
    ...{ kind: 'event', start: '2014-03-02', end: '2014-03-02', precision: 'day' },
    ...{ title: 'Talks in Algiers, round 2.', place: 'Algiers.', organiser: 'AU.', summary: '', source: '' },
  })
  const [scenario] = await ask<{ id: string; title: string }[]>(page, 'scenarios:list')
  const resource = (await ask<{ id: string; title: string }[]>(page, 'library:list')).find(
    (r) => r.title === "Facilitator's quick guide",
  )
  return {
    markers: [
      ...['Course in Gao, 2026.', 'Mandates of the police.', 'Amina Diallo.', 'UNPOL, Gao.'],
      ...['Groups chose option B.', 'Talks in Algiers, round 2.', 'Algiers.', 'AU.'],
      ...["Facilitator's quick guide", scenario!.title],
    ],
    pages: [
      ...['library', 'reader', 'glossary', 'scenarios', 'workshops', 'timeline', 'settings'].map((a) => `#/${a}`),
      '#/search/guide',
      ...['details', 'participants', 'agenda', 'run', 'report'].map((tab) => `#/workshops/${workshop.id}/${tab}`),
      ...['overview', 'edit', 'run'].map((tab) => `#/scenarios/${scenario!.id}/${tab}`),
      `#/reader/${resource!.id}`,
    ],
  }
}

/** Every place a marker is shown whose own direction is not left to right. */
const wrongWay = (page: Page, markers: string[]) =>
  page.evaluate((markers) => {
    const found: string[] = []
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''}`
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      const marker = markers.find((m) => text.includes(m) && !text.includes(`\u2068${m}\u2069`))
      const holder = node.parentElement
      if (!marker || !holder || holder.closest('[aria-hidden="true"], title, script, style')) continue
      if (getComputedStyle(holder).direction !== 'ltr') found.push(`“${marker}” in ${describe(holder)}`)
    }
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      const marker = markers.find((m) => field.value.includes(m))
      const style = getComputedStyle(field)
      if (marker && style.direction !== 'ltr' && style.unicodeBidi !== 'plaintext')
        found.push(`“${marker}” in the field ${field.getAttribute('aria-label') ?? field.name}`)
    }
    return found
  }, markers)

test('English content keeps its direction on every page of the Arabic interface', async ({ page, app }) => {
  test.setTimeout(240_000)
  await page.goto(app.url)
  const { markers, pages } = await seed(page)
  await ask(page, 'settings:set', { language: 'ar' })
  await page.reload()
  const found: string[] = []
  let seen = 0
  for (const hash of pages) {
    await page.evaluate((h) => (window.location.hash = h), hash)
    await expect(page.locator('main h1').first()).toBeVisible()
    await page.waitForTimeout(300)
    for (const wrong of await wrongWay(page, markers)) found.push(`${hash}: ${wrong}`)
    seen += await page.evaluate((m) => m.filter((x) => document.body.innerText.includes(x)).length, markers)
    await snap(page, `rtl-${hash.replace(/[0-9a-f-]{36}/, 'record').replace(/[^a-z]+/gi, '-')}`)
  }
  expect(found).toEqual([])
  expect(seen, 'the seeded English texts are on the pages at all').toBeGreaterThan(15)
})

test('arrows that point along the line are mirrored in Arabic', async ({ page, app }) => {
  await page.goto(app.url)
  await ask(page, 'settings:set', { language: 'ar' })
  const big = (await ask<{ id: string; file: { pages: number } | null }[]>(page, 'library:list')).find(
    (r) => (r.file?.pages ?? 0) > 1,
  )
  await page.evaluate((id) => (window.location.hash = `#/reader/${id}`), big!.id)
  await page.reload()
  const mirrored = (name: string) =>
    page
      .getByRole('button', { name })
      .first()
      .evaluate((button) => {
        const glyph = button.querySelector('.flip-in-rtl')
        return glyph ? getComputedStyle(glyph).transform : 'no glyph'
      })
  await expect.poll(() => mirrored('الصفحة السابقة')).toBe('matrix(-1, 0, 0, 1, 0, 0)')
  expect(await mirrored('الصفحة التالية')).toBe('matrix(-1, 0, 0, 1, 0, 0)')
  // the quick guide's outline is flat; a nested one's fold arrows (▸) are drawn the same way
  for (const unfold of await page.locator('.outline-toggle[aria-expanded="false"] .flip-in-rtl').all())
    expect(await unfold.evaluate((glyph) => getComputedStyle(glyph).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)')
})
