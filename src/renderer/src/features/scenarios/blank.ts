import type { Inject, Phase, Role, ScenarioFields } from '@shared/scenario'

const id = () => crypto.randomUUID()

export const blankRole = (): Role => ({
  id: id(),
  name: '',
  sector: 'civil-society',
  publicBrief: '',
  privateBrief: '',
})
export const blankInject = (atMinute = 0): Inject => ({
  id: id(),
  atMinute,
  type: 'message',
  means: '',
  from: '',
  to: '',
  content: '',
  facilitatorNote: '',
})
export const blankPhase = (n: number): Phase => ({
  id: id(),
  title: `Phase ${n}`,
  gameTime: '',
  minutes: 30,
  situation: '',
  tasks: '',
  debriefQuestions: '',
  injects: [],
})
export const blankScenario = (title: string): ScenarioFields => ({
  title,
  setting: '',
  themes: [],
  learningObjectives: [],
  roles: [],
  phases: [blankPhase(1)],
  links: [],
  derivedFrom: null,
})

export function moveItem<T>(items: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta
  if (target < 0 || target >= items.length) return items
  const copy = [...items]
  ;[copy[index], copy[target]] = [copy[target]!, copy[index]!]
  return copy
}
