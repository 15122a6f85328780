import { createElement, Suspense } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { lazyPart } from './lazy-part'

const Greeting = ({ name }: { name: string }) => createElement('p', null, `Hello ${name}`)
const inSuspense = (node: React.ReactNode) =>
  renderToString(createElement(Suspense, { fallback: createElement('p', null, 'Opening…') }, node))

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
})
