/**
 * Words that stand before a name (titles, ranks, honorifics) and words that join its
 * parts (particles), compared folded (see fold-map.ts). A title is replaced together with the name it precedes ("Col. Diallo" becomes
 * one "[participant]"): a rank beside a placeholder can be enough to tell who it was in a
 * room of twenty. A title alone ("the colonel agreed") is left as written.
 */
import { foldWord } from './fold-map'

const english = `mr mrs ms miss mx sir madam dame dr doctor prof professor hon honourable honorable rev
  reverend father sister brother imam sheikh chief col colonel lt lieutenant maj major capt cpt captain
  sgt sergeant cpl corporal pte private gen general brig brigadier cmdr commander cdr admiral adm marshal
  comm commissioner insp inspector supt superintendent det detective constable officer sheriff deputy
  ambassador amb minister judge justice governor president senator mayor warrant`

const french = `m mm mme mmes mlle mlles me pr monsieur messieurs madame mesdames mademoiselle maitre
  docteur professeur colonel lieutenant-colonel commandant capitaine lieutenant sous-lieutenant
  adjudant adjudant-chef aspirant major sergent sergent-chef caporal caporal-chef general generale
  brigadier brigadier-chef commissaire divisionnaire inspecteur inspectrice gardien prefet prefete
  sous-prefet gouverneur ministre juge abbe pere soeur cheikh ambassadeur ambassadrice chef
  officier directeur directrice maire depute deputee senateur`

const arabic = `السيد السيده الانسه الدكتور الدكتوره الاستاذ الاستاذه الشيخ الحاج الحاجه العقيد
  الرائد النقيب اللواء العميد المقدم الملازم الرقيب العريف الفريق المشير المفوض المفتش القاضي
  الوزير الوزيره السفير السفيره المهندس المهندسه النائب المحافظ الامام`

/** Titles that are one letter are only titles with their full stop ("M. Diallo", "د. أمينة"). */
export const dottedTitles = ['m', 'د']

const words = (list: string) => list.split(/\s+/).filter(Boolean).map(foldWord)

export const titles = new Set([english, french, arabic].flatMap(words))

/**
 * Parts that join a name and are ordinary words on their own (de, al, ben…): never
 * replaced alone, only with the part that follows. `abd` and its forms also bind the
 * part after them: in "Abd al-Rahman" the second part is a name of God, not of a person.
 */
export const particles = new Set(
  words(`de du des da das do dos di del della van von der den ter le la les y e al el ad ag ben bin bint ibn
  ould abd abdel abdul abdoul بن بنت ابن ولد عبد`),
)
export const binding = new Set(['abd', 'abdel', 'abdul', 'abdoul', 'عبد'])
