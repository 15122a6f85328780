/**
 * Where a change falls in a scenario, in the facilitator's language: the adaptation preview
 * lists its changes with these labels, and a refusal names the field with them.
 */
import type { Language } from './model'
import type { InjectText, PhaseText, RoleText } from './scenario-adapt'

export interface AdaptWords {
  title: string
  setting: string
  theme(n: number): string
  objective(n: number): string
  role(name: string): string
  phase(n: number): string
  inject(phase: number, n: number): string
  roleField: Record<RoleText, string>
  phaseField: Record<PhaseText, string>
  injectField: Record<InjectText, string>
}

export const adaptWords: Record<Language, AdaptWords> = {
  en: {
    title: 'Title',
    setting: 'Setting',
    theme: (n) => `Theme ${n}`,
    objective: (n) => `Learning objective ${n}`,
    role: (name) => `Role “${name}”`,
    phase: (n) => `Phase ${n}`,
    inject: (p, n) => `Inject ${p}.${n}`,
    roleField: { name: 'name', publicBrief: 'public brief', privateBrief: 'private brief' },
    phaseField: {
      title: 'title',
      gameTime: 'game time',
      situation: 'situation update',
      tasks: 'tasks',
      debriefQuestions: 'debrief questions',
    },
    injectField: { means: 'means', from: 'from', to: 'to', content: 'content', facilitatorNote: 'facilitator note' },
  },
  fr: {
    title: 'Titre',
    setting: 'Cadre fictif',
    theme: (n) => `Thème ${n}`,
    objective: (n) => `Objectif pédagogique ${n}`,
    role: (name) => `Rôle « ${name} »`,
    phase: (n) => `Phase ${n}`,
    inject: (p, n) => `Inject ${p}.${n}`,
    roleField: { name: 'nom', publicBrief: 'consigne publique', privateBrief: 'consigne confidentielle' },
    phaseField: {
      title: 'titre',
      gameTime: 'temps du jeu',
      situation: 'point de situation',
      tasks: 'tâches',
      debriefQuestions: 'questions de débriefing',
    },
    injectField: {
      means: 'moyen',
      from: 'de',
      to: 'à',
      content: 'contenu',
      facilitatorNote: 'note du facilitateur',
    },
  },
  ar: {
    title: 'العنوان',
    setting: 'الإطار الخيالي',
    theme: (n) => `الموضوع ${n}`,
    objective: (n) => `هدف التعلم ${n}`,
    role: (name) => `الدور «${name}»`,
    phase: (n) => `المرحلة ${n}`,
    inject: (p, n) => `المستجد ${p}.${n}`,
    roleField: { name: 'الاسم', publicBrief: 'الإحاطة العامة', privateBrief: 'الإحاطة السرية' },
    phaseField: {
      title: 'العنوان',
      gameTime: 'زمن اللعبة',
      situation: 'تحديث الوضع',
      tasks: 'المهام',
      debriefQuestions: 'أسئلة استخلاص الدروس',
    },
    injectField: {
      means: 'الوسيلة',
      from: 'من',
      to: 'إلى',
      content: 'المحتوى',
      facilitatorNote: 'ملاحظة الميسّر',
    },
  },
}
