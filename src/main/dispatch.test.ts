import { describe, expect, it } from 'vitest'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import { createDispatcher } from './dispatch'
import { createHandlers } from './handlers'
import { memoryHandlerDeps } from './testing/handler-deps'

function setup() {
  const deps = memoryHandlerDeps()
  const handlers = createHandlers(deps)
  return { store: deps.store, handlers, dispatch: createDispatcher(handlers, () => undefined) }
}

describe('the validating dispatcher', () => {
  it('answers a valid call with {ok, value}', async () => {
    const { dispatch } = setup()
    const result = await dispatch('settings:set', { language: 'fr' })
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ language: 'fr', theme: 'system', libraryView: 'list' }),
    })
  })

  it('refuses malformed input with a clear message and changes nothing', async () => {
    const { dispatch, store } = setup()
    const before = structuredClone(store.read())
    const result = await dispatch('settings:set', { language: 'klingon', colour: 'red' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-input')
    expect(result.error.message).toMatch(/^settings:set refused its input/)
    expect(result.error.message).toContain('"language"')
    expect(store.read()).toEqual(before)
  })

  it('refuses input given to a channel that takes none', async () => {
    const { dispatch } = setup()
    const result = await dispatch('library:list', { all: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('refuses unknown channels, including prototype names', async () => {
    const { dispatch } = setup()
    for (const name of ['fs:readFile', '__proto__', 'constructor', 42]) {
      expect(await dispatch(name, undefined)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    }
  })

  it('passes a service error through with its code and what it said, and hides nothing else', async () => {
    const { handlers } = setup()
    const failing = createDispatcher(
      {
        ...handlers,
        'library:list': () => {
          throw new ServiceError('not-found', userMessage('term-exists', { term: 'DDR' }))
        },
        'settings:get': () => {
          throw new Error('disk on fire')
        },
      },
      () => undefined,
    )
    expect(await failing('library:list', undefined)).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: '“DDR” is already in the glossary.',
        said: { id: 'term-exists', values: { term: 'DDR' }, text: '“DDR” is already in the glossary.' },
      },
    })
    expect(await failing('settings:get', undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'settings:get failed: disk on fire' },
    })
  })
})

describe('no path imports from a page', () => {
  it('refuses a source that names a path, and one whose id this process never handed out, saying nothing of the path', async () => {
    const dispatch = createDispatcher(createHandlers(memoryHandlerDeps()), () => undefined)
    const byPath = await dispatch('library:import', { sources: [{ path: '/etc/passwd' }] })
    expect(byPath).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    for (const id of ['00000000-0000-4000-8000-000000000000', '11111111-1111-4111-8111-111111111111']) {
      const unknown = await dispatch('library:import', { sources: [{ pickedId: id }] })
      expect(unknown).toMatchObject({ ok: false, error: { code: 'forbidden', said: { id: 'pick-unknown' } } })
    }
  })

  it('hands out ids, not paths, for the files picked in the desktop dialog', async () => {
    const deps = { ...memoryHandlerDeps(), pickFiles: async () => ['/home/facilitator/Handbook 2024.pdf'] }
    const dispatch = createDispatcher(createHandlers(deps), () => undefined)
    const picked = await dispatch('library:pickFiles', undefined)
    expect(picked).toMatchObject({ ok: true, value: [{ name: 'Handbook 2024.pdf' }] })
    expect(JSON.stringify(picked)).not.toContain('/home/facilitator')
    const [{ id }] = (picked as { value: { id: string }[] }).value as [{ id: string }]
    expect(deps.picked.pathOf(id)).toBe('/home/facilitator/Handbook 2024.pdf')
  })
})
