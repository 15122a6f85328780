/**
 * The words of the participant page (the read-only view participants open on their phones),
 * in the facilitator's language. The page is plain HTML and a few lines of script served by
 * the main side, not the React app, so its words come from here, like the printouts'; the
 * type makes a missing word in any language a compile error.
 */
import type { Language } from './model'
import { plural } from './plural'
import { printWords } from './print-words'
import type { injectTypes } from './scenario'

/** What the page's script needs: plain strings, sent with every view. */
export interface PageWords {
  pageTitle: string
  now: string
  next: string
  timeLeft: string
  left: string
  paused: string
  overTime: string
  waiting: string
  ended: string
  scenario: string
  injects: string
  noInjects: string
  handouts: string
  download: string
  live: string
  reconnecting: string
}

export interface ParticipantWords extends PageWords {
  locale: string
  /** the page where a participant types the code (or lands with a wrong one) */
  join: string
  joinHelp: string
  code: string
  joinButton: string
  wrongCode: string
  tooMany: string
  notFound: string
  stopped: string
  pages(n: number): string
  injectType: Record<(typeof injectTypes)[number], string>
}

const en: ParticipantWords = {
  locale: 'en',
  pageTitle: 'Workshop — participants',
  now: 'Now',
  next: 'Next',
  timeLeft: 'Time left',
  left: 'left',
  paused: 'paused',
  overTime: 'over time',
  waiting: 'We will start shortly.',
  ended: 'That is all for now. Thank you!',
  scenario: 'Exercise',
  injects: 'Latest news in the exercise',
  noInjects: 'Nothing yet.',
  handouts: 'Handouts',
  download: 'Download',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  join: 'Join the workshop',
  joinHelp: 'Type the code the facilitator shows.',
  code: 'Code',
  joinButton: 'Join',
  wrongCode: 'That code is not right. Check it and try again.',
  tooMany: 'Too many requests. Wait a moment and try again.',
  notFound: 'There is nothing here.',
  stopped: 'Sharing has stopped.',
  pages: (n) => plural('en', n, { one: `${n} page`, other: `${n} pages` }),
  injectType: { news: 'News', message: 'Message', call: 'Call', report: 'Report', rumour: 'Rumour', event: 'Event' },
}

const fr: ParticipantWords = {
  locale: 'fr',
  pageTitle: 'Atelier — participants',
  now: 'En ce moment',
  next: 'Ensuite',
  timeLeft: 'Temps restant',
  left: 'restant',
  paused: 'en pause',
  overTime: 'temps dépassé',
  waiting: 'Nous commençons bientôt.',
  ended: 'C’est tout pour le moment. Merci !',
  scenario: 'Exercice',
  injects: 'Dernières nouvelles de l’exercice',
  noInjects: 'Rien pour l’instant.',
  handouts: 'Documents',
  download: 'Télécharger',
  live: 'En direct',
  reconnecting: 'Reconnexion…',
  join: 'Rejoindre l’atelier',
  joinHelp: 'Saisissez le code affiché par l’animateur ou l’animatrice.',
  code: 'Code',
  joinButton: 'Rejoindre',
  wrongCode: 'Ce code n’est pas le bon. Vérifiez-le et réessayez.',
  tooMany: 'Trop de demandes. Patientez un instant puis réessayez.',
  notFound: 'Il n’y a rien ici.',
  stopped: 'Le partage est arrêté.',
  pages: (n) => plural('fr', n, { one: `${n} page`, other: `${n} pages` }),
  injectType: {
    news: 'Actualité',
    message: 'Message',
    call: 'Appel',
    report: 'Rapport',
    rumour: 'Rumeur',
    event: 'Événement',
  },
}

const ar: ParticipantWords = {
  locale: 'ar',
  pageTitle: 'ورشة العمل — المشاركون',
  now: 'الآن',
  next: 'التالي',
  timeLeft: 'الوقت المتبقي',
  left: 'متبقٍ',
  paused: 'متوقف مؤقتًا',
  overTime: 'تجاوز الوقت',
  waiting: 'سنبدأ قريبًا.',
  ended: 'هذا كل شيء الآن. شكرًا لكم!',
  scenario: 'التمرين',
  injects: 'آخر المستجدات في التمرين',
  noInjects: 'لا شيء بعد.',
  handouts: 'المواد الموزعة',
  download: 'تنزيل',
  live: 'مباشر',
  reconnecting: 'جارٍ إعادة الاتصال…',
  join: 'الانضمام إلى الورشة',
  joinHelp: 'اكتب الرمز الذي يعرضه الميسّر.',
  code: 'الرمز',
  joinButton: 'انضمام',
  wrongCode: 'هذا الرمز غير صحيح. تحقق منه وحاول مرة أخرى.',
  tooMany: 'طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
  notFound: 'لا يوجد شيء هنا.',
  stopped: 'توقفت المشاركة.',
  pages: (n) =>
    plural('ar', n, {
      zero: `${n} صفحة`,
      one: 'صفحة واحدة',
      two: 'صفحتان',
      few: `${n} صفحات`,
      many: `${n} صفحة`,
      other: `${n} صفحة`,
    }),
  injectType: { news: 'خبر', message: 'رسالة', call: 'اتصال', report: 'تقرير', rumour: 'شائعة', event: 'حدث' },
}

export const participantWords: Record<Language, ParticipantWords> = { en, fr, ar }

/** The block kinds' names, for a block without a title (the printouts' words). */
export const kindName = (language: Language, kind: keyof (typeof printWords)['en']['blockKind']): string =>
  printWords[language].blockKind[kind]

export function pageWords(w: ParticipantWords): PageWords {
  const { pageTitle, now, next, timeLeft, left, paused, overTime, waiting, ended, scenario } = w
  const { injects, noInjects, handouts, download, live, reconnecting } = w
  return {
    pageTitle,
    now,
    next,
    timeLeft,
    left,
    paused,
    overTime,
    waiting,
    ended,
    scenario,
    injects,
    noInjects,
    handouts,
    download,
    live,
    reconnecting,
  }
}
