/**
 * Names that are also everyday English or French words ("Will", "Mark", "Rose",
 * "Pierre", "Saïd" folded to "said", "An", "Mai"…), folded. Alone, such a part is replaced only where
 * it is written with a capital, as a name is; "the police will share" keeps its verb.
 * Beside another part of the name or after a title ("will thompson", "Mr will") it is
 * replaced whatever its case. The cost is a capitalised ordinary word at the start of a
 * sentence ("Will the police…") replaced too: there, privacy wins, and the preview shows it.
 * Arabic script has no capitals, so Arabic names are always replaced, except after the
 * article ال when the name has none ("السلام" is "the peace", not "Salam").
 */
export const commonWords = new Set(
  `will mark rose grace hope faith joy may june april august bill sue pat art frank guy earl rich dawn
  iris ivy lily ruby amber jade hazel summer sky penny sunny carol chance chase miles ray rob jack jean
  sandy gene herb drew rusty honor honour patience prudence charity mercy constance felicity blessing
  gift innocent happy comfort memory precious justice given lucky favour smith baker white black brown
  green young long little king bishop cook hill wood stone field bell ward rice hunt park lane street
  bush fox wolf lamb price short hall church brook love lord sow fall wade yaw said come
  pierre claire blanche marin modeste espoir merveille gloire providence fortune destin bienvenu
  joyeux juste sage parfait clement olive violette marguerite petit blanc roux aime aimee desire
  desiree fidele ange colombe marie noel paix bonheur line reine fleur marine celeste constant victoire
  felicite esperance honore patient joie merci serge pascal roger lance eve mai don bob max rod lee sol rim
  an as at be by he in is it me my no of on or so to up us we ma ho il et en un ne se ce sa ta ou au ai`.split(/\s+/),
)
