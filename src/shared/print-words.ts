/**
 * The words of the printouts a facilitator hands out (agenda, role cards) or runs from (run
 * sheets), in their language; the type makes a missing word in any language a compile error.
 */
import type { Language } from './model'
import { reportWords } from './report-words'
import type { blockKinds } from './workshop'

export interface PrintWords {
  /** the locale Intl writes this printout's dates and times in */
  locale: string
  agenda: string
  runSheet: string
  /** in file names */
  runSheetShort: string
  roleCards: string
  dateRange(from: string, to: string): string
  day(n: number): string
  dayTotal(hours: number, minutes: number): string
  agendaColumns: [time: string, session: string, minutes: string]
  runSheetColumns: [string, string, string, string, string, string, string]
  blockKind: Record<(typeof blockKinds)[number], string>
  sector: (typeof reportWords)['en']['sector']
  sectorLine(sector: string): string
  yourBrief: string
  onlyForYou: string
  learningObjectives: string
  roles: string
  phase(n: number, title: string, gameTime: string, minutes: number): string
  tasks(text: string): string
  injectColumns: [string, string, string, string]
  debrief(text: string): string
}

const en: PrintWords = {
  locale: 'en',
  agenda: 'agenda',
  runSheet: 'facilitator run sheet',
  runSheetShort: 'run sheet',
  roleCards: 'role cards',
  dateRange: reportWords.en.dateRange,
  day: reportWords.en.day,
  dayTotal: (h, m) => `Day total: ${h} h ${m} min.`,
  agendaColumns: ['Time', 'Session', 'Minutes'],
  runSheetColumns: ['Time', 'Block', 'Kind', 'Minutes', 'Facilitators', 'Materials', 'Actual start'],
  blockKind: {
    opening: 'Opening',
    input: 'Input',
    exercise: 'Exercise',
    scenario: 'Scenario',
    plenary: 'Plenary',
    break: 'Break',
    evaluation: 'Evaluation',
    closing: 'Closing',
  },
  sector: reportWords.en.sector,
  sectorLine: (sector) => `Sector: ${sector}`,
  yourBrief: 'Your brief',
  onlyForYou: 'Only for you',
  learningObjectives: 'Learning objectives',
  roles: 'Roles',
  phase: (n, title, time, minutes) => `Phase ${n}: ${title} (${time}, ${minutes} min)`,
  tasks: (text) => `Tasks: ${text}`,
  injectColumns: ['Minute', 'Inject', 'From » To', 'Facilitator note'],
  debrief: (text) => `Debrief: ${text}`,
}

const fr: PrintWords = {
  locale: 'fr',
  agenda: 'programme',
  runSheet: 'feuille de route du facilitateur',
  runSheetShort: 'feuille de route',
  roleCards: 'fiches de rôle',
  dateRange: reportWords.fr.dateRange,
  day: reportWords.fr.day,
  dayTotal: (h, m) => `Total de la journée : ${h} h ${m} min.`,
  agendaColumns: ['Horaire', 'Séquence', 'Minutes'],
  runSheetColumns: ['Horaire', 'Séquence', 'Type', 'Minutes', 'Facilitateurs', 'Supports', 'Début réel'],
  blockKind: {
    opening: 'Ouverture',
    input: 'Apport',
    exercise: 'Exercice',
    scenario: 'Scénario',
    plenary: 'Plénière',
    break: 'Pause',
    evaluation: 'Évaluation',
    closing: 'Clôture',
  },
  sector: reportWords.fr.sector,
  sectorLine: (sector) => `Secteur : ${sector}`,
  yourBrief: 'Vos consignes',
  onlyForYou: 'Pour vous seul',
  learningObjectives: 'Objectifs pédagogiques',
  roles: 'Rôles',
  phase: (n, title, time, minutes) => `Phase ${n} : ${title} (${time}, ${minutes} min)`,
  tasks: (text) => `Tâches : ${text}`,
  injectColumns: ['Minute', 'Inject', 'De » À', 'Note du facilitateur'],
  debrief: (text) => `Débriefing : ${text}`,
}

const ar: PrintWords = {
  locale: 'ar',
  agenda: 'جدول الأعمال',
  runSheet: 'ورقة سير الجلسات للميسّر',
  runSheetShort: 'ورقة سير الجلسات',
  roleCards: 'بطاقات الأدوار',
  dateRange: reportWords.ar.dateRange,
  day: reportWords.ar.day,
  dayTotal: (h, m) => `مجموع اليوم: ${h} س ${m} د.`,
  agendaColumns: ['الوقت', 'الجلسة', 'الدقائق'],
  runSheetColumns: ['الوقت', 'الفقرة', 'النوع', 'الدقائق', 'الميسّرون', 'المواد', 'البدء الفعلي'],
  blockKind: {
    opening: 'الافتتاح',
    input: 'عرض',
    exercise: 'تمرين',
    scenario: 'سيناريو',
    plenary: 'جلسة عامة',
    break: 'استراحة',
    evaluation: 'التقييم',
    closing: 'الختام',
  },
  sector: reportWords.ar.sector,
  sectorLine: (sector) => `القطاع: ${sector}`,
  yourBrief: 'إحاطتك',
  onlyForYou: 'لك وحدك',
  learningObjectives: 'أهداف التعلم',
  roles: 'الأدوار',
  phase: (n, title, time, minutes) => `المرحلة ${n}: ${title} (${time}، ${minutes} دقيقة)`,
  tasks: (text) => `المهام: ${text}`,
  injectColumns: ['الدقيقة', 'المُدخَل', 'من » إلى', 'ملاحظة الميسّر'],
  debrief: (text) => `استخلاص الدروس: ${text}`,
}

export const printWords: Record<Language, PrintWords> = { en, fr, ar }
