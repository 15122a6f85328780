import { createElement, Suspense } from 'react'
import { renderToString } from 'react-dom/server'
import { prerender } from 'react-dom/static'
import { describe, expect, it } from 'vitest'
import { lazyPart } from './lazy-part'

const Greeting = ({ name }: { name: string }) => createElement('p', null, `Hello ${name}`)
const inSuspenseNode = (node: React.ReactNode) =>
  createElement(Suspense, { fallback: createElement('p', null, 'Opening…') }, node)
const inSuspense = (node: React.ReactNode) => renderToString(inSuspenseNode(node))

/** Renders once every suspended part has settled, as a page would show it in the end. */
async function settled(node: React.ReactNode): Promise<string> {
  const { prelude } = await prerender(node, { onError: () => undefined })
  return new Response(prelude).text()
}

describe('lazyPart', () => {
  it('draws a part whose code was fetched ahead at once, with no loading status in between', async () => {
    const Part = lazyPart(async () => Greeting)
    await Part.preload()
    expect(inSuspense(createElement(Part, { name: 'Amina' }))).toContain('Hello Amina')
  })

  it('shows the loading status while the code of a part is still on its way', () => {
    const Part = lazyPart(() => new Promise<typeof Greeting>(() => {}))
    const html = inSuspense(createElement(Part, { name: 'Amina' }))
    expect(html).toContain('Opening…')
    expect(html).not.toContain('Hello')
  })

  it('fetches the code once however often it is asked for, and again after a failed fetch', async () => {
    let calls = 0
    const Part = lazyPart(async () => {
      calls++
      if (calls === 1) throw new Error('offline')
      return Greeting
    })
    await expect(Part.preload()).rejects.toThrow('offline')
    await Promise.all([Part.preload(), Part.preload()])
    expect(calls).toBe(2)
  })

  it('fetches again when drawn again after a failed fetch (the Retry of an error boundary), and then draws the part', async () => {
    let calls = 0
    const Part = lazyPart(async () => {
      calls++
      if (calls === 1) throw new Error('offline')
      return Greeting
    })
    await expect(settled(createElement(Part, { name: 'Amina' }))).rejects.toThrow('offline')
    expect(await settled(inSuspenseNode(createElement(Part, { name: 'Amina' })))).toContain('Hello Amina')
    expect(calls).toBe(2)
  })
})
