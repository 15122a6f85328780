/**
 * The words of a composed activity report, in each language the app speaks. The report is
 * a document the facilitator hands on, so it is written in their language, not the
 * interface's English; the type makes a missing word in any language a compile error.
 */
import type { Language } from './model'
import { plural } from './plural'
import type { genders, noteKinds, sectors, strategies } from './workshop'

export interface ReportWords {
  /** the locale Intl writes this document's dates, times and plurals in */
  locale: string
  title(workshop: string): string
  dateRange(from: string, to: string): string
  executiveSummary: string
  summary(participants: number, sectors: number, ran: number, planned: number): string
  contextualised(region: string): string
  background: string
  noObjectives: string
  keyChallenges(text: string): string
  participants: string
  participantCount(n: number): string
  bySector: string
  byGender: string
  noneRecorded: string
  unnamed(n: number): string
  agenda: string
  day(n: number): string
  columns: [planned: string, block: string, plannedTime: string, actualStart: string, actualTime: string, diff: string]
  /** beside a block's actual time: how long run mode stood paused in it */
  paused(duration: string): string
  scenarioOutcomes: string
  noOutcome: string
  /** a scenario block's heading: the block and, when it differs, the exercise it ran */
  scenarioRan(block: string, scenario: string): string
  outcomes: string
  runNotes: string
  debriefQuestions: string
  injectsReleased(released: number, planned: number): string
  checklist: string
  checklistColumns: [strategy: string, done: string, notes: string]
  strategy: Record<(typeof strategies)[number], string>
  yes: string
  no: string
  backgroundNotes: string
  keyPoints: string
  otherNotes: string
  actions: string
  noneRecordedItalic: string
  /** "label: text", with the language's own spacing before the colon */
  labelled(label: string, text: string): string
  sector: Record<(typeof sectors)[number], string>
  gender: Record<(typeof genders)[number], string>
  noteKind: Record<(typeof noteKinds)[number], string>
}

const en: ReportWords = {
  locale: 'en',
  title: (w) => `${w}: activity report`,
  dateRange: (from, to) => `${from} to ${to}`,
  executiveSummary: 'Executive summary',
  summary: (p, s, ran, planned) =>
    `${p} ${plural('en', p, { one: 'participant', other: 'participants' })} from ${s} ` +
    `${plural('en', s, { one: 'sector', other: 'sectors' })} took part. ${ran} of ${planned} planned ` +
    `${plural('en', planned, { one: 'block', other: 'blocks' })} ${plural('en', ran, { one: 'was', other: 'were' })} run.`,
  contextualised: (region) => ` The workshop was contextualised for ${region}.`,
  background: 'Background and objectives',
  noObjectives: '_Objectives not recorded._',
  keyChallenges: (text) => `Key challenges in the region: ${text}`,
  participants: 'Participants',
  participantCount: (n) => `${n} ${plural('en', n, { one: 'participant', other: 'participants' })}.`,
  bySector: 'By sector',
  byGender: 'By gender',
  noneRecorded: 'none recorded',
  unnamed: (n) => `and ${n} more who asked not to be named`,
  agenda: 'Agenda: planned and actual',
  day: (n) => `Day ${n}`,
  columns: ['Planned', 'Block', 'Planned time', 'Actual start', 'Actual time', 'Difference'],
  paused: (d) => `paused ${d}`,
  scenarioOutcomes: 'Scenario outcomes',
  noOutcome: '_No outcome noted._',
  scenarioRan: (block, scenario) => (block === scenario ? block : `${block} (exercise: ${scenario})`),
  outcomes: 'Outcomes',
  runNotes: 'Notes taken during the exercise',
  debriefQuestions: 'Debrief questions',
  injectsReleased: (r, p) => `${r} of ${p} ${plural('en', p, { one: 'inject', other: 'injects' })} released.`,
  checklist: 'Contextualisation checklist',
  checklistColumns: ['Strategy', 'Done', 'Notes'],
  strategy: {
    designGroup: 'A design group from the region and each sector',
    terminology: 'Terminology agreed and stakeholders mapped',
    coFacilitation: 'Co-facilitation by an insider and an outsider',
    regionalCases: 'Regional cases or an adapted scenario',
  },
  yes: 'Yes',
  no: 'No',
  backgroundNotes: 'Background notes',
  keyPoints: 'Key points and quotes',
  otherNotes: 'Other notes',
  actions: 'Actions and recommendations',
  noneRecordedItalic: '_None recorded._',
  labelled: (label, text) => `${label}: ${text}`,
  sector: {
    'civil-society': 'civil society',
    government: 'government',
    military: 'military',
    police: 'police',
    'un-ingo': 'UN/INGO',
    community: 'community',
    media: 'media',
  },
  gender: { female: 'female', male: 'male', other: 'other', undisclosed: 'undisclosed' },
  noteKind: {
    observation: 'observation',
    quote: 'quote',
    action: 'action',
    decision: 'decision',
    'parking-lot': 'parking lot',
  },
}

const fr: ReportWords = {
  locale: 'fr',
  title: (w) => `${w} : rapport d’activité`,
  dateRange: (from, to) => `du ${from} au ${to}`,
  executiveSummary: 'Résumé',
  summary: (p, s, ran, planned) =>
    `${p} ${plural('fr', p, { one: 'participant', other: 'participants' })} de ${s} ` +
    `${plural('fr', s, { one: 'secteur', other: 'secteurs' })} ${plural('fr', p, { one: 'y a', other: 'y ont' })} ` +
    `pris part. Séquences animées : ${ran} sur ${planned} ${plural('fr', planned, { one: 'prévue', other: 'prévues' })}.`,
  contextualised: (region) => ` L’atelier a été adapté au contexte suivant : ${region}.`,
  background: 'Contexte et objectifs',
  noObjectives: '_Objectifs non renseignés._',
  keyChallenges: (text) => `Principaux enjeux dans la région : ${text}`,
  participants: 'Participants',
  participantCount: (n) => `${n} ${plural('fr', n, { one: 'participant', other: 'participants' })}.`,
  bySector: 'Par secteur',
  byGender: 'Par genre',
  noneRecorded: 'non renseigné',
  unnamed: (n) =>
    plural('fr', n, {
      one: `et ${n} autre personne qui a demandé à ne pas être nommée`,
      other: `et ${n} autres personnes qui ont demandé à ne pas être nommées`,
    }),
  agenda: 'Programme : prévu et réalisé',
  day: (n) => `Jour ${n}`,
  columns: ['Prévu', 'Séquence', 'Durée prévue', 'Début réel', 'Durée réelle', 'Écart'],
  paused: (d) => `en pause ${d}`,
  scenarioOutcomes: 'Résultats des scénarios',
  noOutcome: '_Aucun résultat noté._',
  scenarioRan: (block, scenario) => (block === scenario ? block : `${block} (exercice : ${scenario})`),
  outcomes: 'Résultats',
  runNotes: 'Notes prises pendant l’exercice',
  debriefQuestions: 'Questions de débriefing',
  injectsReleased: (r, p) =>
    `${r} ${plural('fr', r, { one: 'incident diffusé', other: 'incidents diffusés' })} sur ${p} ${plural('fr', p, { one: 'prévu', other: 'prévus' })}.`,
  checklist: 'Liste de contextualisation',
  checklistColumns: ['Stratégie', 'Fait', 'Notes'],
  strategy: {
    designGroup: 'Un groupe de conception issu de la région et de chaque secteur',
    terminology: 'Terminologie convenue et parties prenantes cartographiées',
    coFacilitation: 'Co-facilitation par une personne de l’intérieur et une de l’extérieur',
    regionalCases: 'Cas régionaux ou scénario adapté',
  },
  yes: 'Oui',
  no: 'Non',
  backgroundNotes: 'Notes de contexte',
  keyPoints: 'Points clés et citations',
  otherNotes: 'Autres notes',
  actions: 'Actions et recommandations',
  noneRecordedItalic: '_Aucune action notée._',
  labelled: (label, text) => `${label} : ${text}`,
  sector: {
    'civil-society': 'société civile',
    government: 'gouvernement',
    military: 'militaire',
    police: 'police',
    'un-ingo': 'ONU/ONGI',
    community: 'communauté',
    media: 'médias',
  },
  gender: { female: 'femmes', male: 'hommes', other: 'autre', undisclosed: 'non précisé' },
  noteKind: {
    observation: 'observation',
    quote: 'citation',
    action: 'action',
    decision: 'décision',
    'parking-lot': 'en attente',
  },
}

const ar: ReportWords = {
  locale: 'ar',
  title: (w) => `${w}: تقرير النشاط`,
  dateRange: (from, to) => `من ${from} إلى ${to}`,
  executiveSummary: 'الملخص التنفيذي',
  summary: (p, s, ran, planned) =>
    plural('ar', p, {
      zero: 'لم يُسجَّل أي مشارك',
      one: 'شارك مشارك واحد',
      two: 'شارك مشاركان',
      few: `شارك ${p} مشاركين`,
      many: `شارك ${p} مشاركًا`,
      other: `شارك ${p} مشارك`,
    }) +
    plural('ar', s, {
      zero: '',
      one: ' من قطاع واحد',
      two: ' من قطاعين',
      few: ` من ${s} قطاعات`,
      many: ` من ${s} قطاعًا`,
      other: ` من ${s} قطاع`,
    }) +
    `. الفقرات المنفَّذة: ${ran} من أصل ${planned}.`,
  contextualised: (region) => ` كُيّفت ورشة العمل مع سياق: ${region}.`,
  background: 'الخلفية والأهداف',
  noObjectives: '_لم تُسجَّل الأهداف._',
  keyChallenges: (text) => `أبرز التحديات في المنطقة: ${text}`,
  participants: 'المشاركون',
  participantCount: (n) => `عدد المشاركين: ${n}.`,
  bySector: 'حسب القطاع',
  byGender: 'حسب النوع الاجتماعي',
  noneRecorded: 'لم يُسجَّل شيء',
  unnamed: (n) =>
    plural('ar', n, {
      zero: 'ولا أحد طلب عدم ذكر اسمه',
      one: 'وشخص آخر طلب عدم ذكر اسمه',
      two: 'وشخصان آخران طلبا عدم ذكر اسميهما',
      few: `و${n} أشخاص آخرين طلبوا عدم ذكر أسمائهم`,
      many: `و${n} شخصًا آخر طلبوا عدم ذكر أسمائهم`,
      other: `و${n} شخص آخر طلبوا عدم ذكر أسمائهم`,
    }),
  agenda: 'جدول الأعمال: المخطط والفعلي',
  day: (n) => `اليوم ${n}`,
  columns: ['المخطط', 'الفقرة', 'المدة المخططة', 'البدء الفعلي', 'المدة الفعلية', 'الفرق'],
  paused: (d) => `توقف مؤقت ${d}`,
  scenarioOutcomes: 'نتائج السيناريوهات',
  noOutcome: '_لم تُسجَّل نتيجة._',
  scenarioRan: (block, scenario) => (block === scenario ? block : `${block} (التمرين: ${scenario})`),
  outcomes: 'النتائج',
  runNotes: 'ملاحظات دُوّنت أثناء التمرين',
  debriefQuestions: 'أسئلة استخلاص الدروس',
  injectsReleased: (r, p) => `أُطلق ${r} من أصل ${p} من المستجدات المخطط لها.`,
  checklist: 'قائمة التحقق من ملاءمة السياق',
  checklistColumns: ['الاستراتيجية', 'أُنجز', 'ملاحظات'],
  strategy: {
    designGroup: 'فريق تصميم من المنطقة ومن كل قطاع',
    terminology: 'مصطلحات متفق عليها وأصحاب مصلحة محددون',
    coFacilitation: 'تيسير مشترك بين شخص من الداخل وآخر من الخارج',
    regionalCases: 'حالات إقليمية أو سيناريو مكيّف',
  },
  yes: 'نعم',
  no: 'لا',
  backgroundNotes: 'مذكرات خلفية',
  keyPoints: 'النقاط الرئيسية والاقتباسات',
  otherNotes: 'ملاحظات أخرى',
  actions: 'الإجراءات والتوصيات',
  noneRecordedItalic: '_لم يُسجَّل شيء._',
  labelled: (label, text) => `${label}: ${text}`,
  sector: {
    'civil-society': 'المجتمع المدني',
    government: 'الحكومة',
    military: 'الجيش',
    police: 'الشرطة',
    'un-ingo': 'الأمم المتحدة/المنظمات الدولية',
    community: 'المجتمع المحلي',
    media: 'الإعلام',
  },
  gender: { female: 'نساء', male: 'رجال', other: 'آخر', undisclosed: 'غير مُصرَّح' },
  noteKind: {
    observation: 'ملاحظة',
    quote: 'اقتباس',
    action: 'إجراء',
    decision: 'قرار',
    'parking-lot': 'مؤجَّل',
  },
}

export const reportWords: Record<Language, ReportWords> = { en, fr, ar }
