import type { Inject, Phase, Role, ScenarioFields } from '@shared/scenario'

const id = () => crypto.randomUUID()

/** `name`: "Role 2" in the facilitator's language (a role needs a name to be saved). */
export const blankRole = (name: string): Role => ({
  id: id(),
  name,
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
export const blankPhase = (title: string): Phase => ({
  id: id(),
  title,
  gameTime: '',
  minutes: 30,
  situation: '',
  tasks: '',
  debriefQuestions: '',
  injects: [],
})
/** A new scenario has one role and one phase to start from: `names` gives them in the facilitator's language. */
export const blankScenario = (title: string, names: { role: string; phase: string }): ScenarioFields => ({
  title,
  setting: '',
  themes: [],
  learningObjectives: [],
  roles: [blankRole(names.role)],
  phases: [blankPhase(names.phase)],
  links: [],
  derivedFrom: null,
  translations: {},
})
