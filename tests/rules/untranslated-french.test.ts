import {readFileSync} from 'node:fs'
import type {Position} from 'unist'
import {describe, expect, it} from 'vitest'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'untranslated-french'

describe('untranslated-french', () => {
  it('finds nothing in the seed article', async () => {
    expect(summary(await ruleFindings(id, readFileSync(seedPath, 'utf8')))).toEqual([])
  })

  it('flags runs of French words, trimmed of English words at their edges, on multi-line input', async () => {
    const text = 'The patients were followed. Le traitement des patients est long.\nThe team noted that les résultats sont encourageants in the trial.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:29', 'Le traitement des patients est long', undefined],
      ['2:21', 'les résultats sont encourageants', undefined]
    ])
    expect(findings[1]!.reason).toBe(
      'Unexpected French `les résultats sont encourageants` left untranslated in English text; translate it'
    )
    const place = findings[1]!.place as Position
    expect([place.start.offset, place.end.offset]).toEqual([85, 117])
    expect(findings[0]!.fatal).toBe(false)
    expect(findings[0]!.category).toBe('Accuracy/Untranslated')
    expect(findings[0]!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#untranslated-french')
  })

  it('counts elisions as French', async () => {
    expect(summary(await ruleFindings(id, 'He was sent to l’hôpital d’instruction des armées in May.'))).toEqual([
      ['1:16', 'l’hôpital d’instruction des armées', undefined]
    ])
  })

  it('flags French abbreviations and ordinals with their English form', async () => {
    const findings = await ruleFindings(
      id,
      'M. Dupont met Mme Durand and Mlle Roux at n° 12, on the 1er floor, in the 3e arrondissement, a XIXe siècle building, on its 2ème attempt.'
    )
    expect(summary(findings)).toEqual([
      ['1:1', 'M.', ['Mr']],
      ['1:15', 'Mme', ['Ms', 'Mrs']],
      ['1:30', 'Mlle', ['Ms', 'Miss']],
      ['1:43', 'n°', ['No.']],
      ['1:57', '1er', ['1st']],
      ['1:75', '3e', ['3rd']],
      ['1:96', 'XIXe', ['19th']],
      ['1:125', '2ème', ['2nd']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected French abbreviation `M.`, expected `Mr`')
    expect(findings[5]!.reason).toBe('Unexpected French ordinal `3e`, expected `3rd`')
  })

  it('leaves loanwords, names, Latin, initials and figure panels alone', async () => {
    const clean = [
      'She felt a sense of déjà vu at the café.',
      'Their raison d’être was a coup d’état.',
      'The policy vis-à-vis Russia was a fait accompli.',
      'We ordered à la carte and the crème brûlée.',
      'Patients with café au lait spots were excluded.',
      'The Quai d’Orsay and the Assemblée nationale issued a statement.',
      'The ministers met at the Élysée on Monday.',
      'According to Le Monde, the vote is close.',
      'Smith et al. showed the effect in vitro and in vivo.',
      'A naïve rôle for the élite was a cliché.',
      'On a table in the hall, a pour-over coffee sat.',
      'The laissez-faire approach and savoir-faire were praised.',
      'The Institut Pasteur de Lille and the Hôpital de la Pitié-Salpêtrière took part.',
      'Figure 3e shows the 2e-5 threshold.',
      'John M. Smith studied M. tuberculosis.',
      'Use cf. Table 2 for details.',
      'Kremlin spokesman Dmitry Peskov refused to comment.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('flags a French noun of public life left alone in an English sentence', async () => {
    const findings = await ruleFindings(id, 'The député for Lyon resigned. Protesters gathered outside the mairie as the pompiers arrived.')
    expect(summary(findings)).toEqual([
      ['1:5', 'député', ['MP']],
      ['1:63', 'mairie', ['town hall']],
      ['1:77', 'pompiers', ['firefighters']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected French `député` left untranslated in English text, expected `MP`')
  })

  it('flags a French word of weather, road, cost-of-living and election news left alone', async () => {
    const text = 'Schools shut in the canicule. A carambolage on the A7 held up the cheminots, and the remaniement came after the législatives.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:21', 'canicule', ['heatwave']],
      ['1:33', 'carambolage', ['pile-up']],
      ['1:67', 'cheminots', ['railway workers']],
      ['1:86', 'remaniement', ['reshuffle']],
      ['1:113', 'législatives', ['parliamentary elections']]
    ])
    expect(findings[1]!.reason).toBe('Unexpected French `carambolage` left untranslated in English text, expected `pile-up`')
    const clean = ['The Canicule festival opened in Lyon.', 'A pile-up on the motorway, or carambolage, held up traffic.']
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('flags a French connective, weekday or month left alone in an English sentence, with its English', async () => {
    const text = [
      'Several ports, notamment Caen and Cherbourg, closed ainsi que the ferry terminal.',
      'The strike continues, selon the unions. Cependant, talks resume on jeudi.',
      'About 400 homes, dont 12 schools, lost power on 3 mars and again in septembre.'
    ].join('\n')
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:16', 'notamment', ['including', 'notably']],
      ['1:53', 'ainsi que', ['as well as']],
      ['2:23', 'selon', ['according to']],
      ['2:41', 'Cependant', ['however']],
      ['2:68', 'jeudi', ['Thursday']],
      ['3:18', 'dont', ['including']],
      ['3:51', 'mars', ['March']],
      ['3:69', 'septembre', ['September']]
    ])
    expect(findings[1]!.reason).toBe('Unexpected French `ainsi que` left untranslated in English text, expected `as well as`')
  })

  it('flags a French "et" between two lowercase words, and leaves its Latin phrases and names alone', async () => {
    const findings = await ruleFindings(id, 'The ferries et the trains stopped. Smith et al. agreed; fees, fines et cetera rose. Moët et Chandon and Pierre et Marie Curie stayed.')
    expect(summary(findings)).toEqual([['1:13', 'et', ['and']]])
    expect(findings[0]!.reason).toBe('Unexpected French `et` left untranslated in English text, expected `and`')
  })

  it('flags more French titles and abbreviations, and nouns of court and protest reporting', async () => {
    const text = 'MM. Roux and Petit heard Pr Lemaire; his lawyer, Me Caron, said the avocat for the manifestants had left, c.-à-d. before 52 av. J.-C. was read.'
    expect(summary(await ruleFindings(id, text))).toEqual([
      ['1:1', 'MM.', ['Messrs']],
      ['1:26', 'Pr', ['Prof.']],
      ['1:50', 'Me', ['lawyer']],
      ['1:69', 'avocat', ['lawyer']],
      ['1:84', 'manifestants', ['protesters']],
      ['1:107', 'c.-à-d.', ['i.e.']],
      ['1:125', 'av. J.-C.', ['BC']]
    ])
  })

  it('flags a French article and an accented or public-life noun as a run of two', async () => {
    const findings = await ruleFindings(id, 'The vote of les députés was put off, and unions marched against la réforme.')
    expect(summary(findings)).toEqual([
      ['1:13', 'les députés', undefined],
      ['1:65', 'la réforme', undefined]
    ])
    const clean = ['She dressed à la Garbo and had the soup du jour.', 'He worked as an au pair near la Scala.', 'The team, les Bleus, won; the film la Haine was shown.']
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('leaves an English "Me" in title case or a slogan alone', async () => {
    const clean = ['Give Me Liberty Or Give Me Death', 'Me Too began in 2017, and he told me Paris was cold.', 'The Gare du Nord and the Palais de Justice were closed.']
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('leaves English words that look like French connectives, dates or names alone', async () => {
    const clean = [
      'The scandal mars his record, and a Mai Tai will not help.',
      'Avril Lavigne sang in Paris during Mardi Gras, and the mardi gras parade went on.',
      'I dont know, he said.',
      'The motto “liberté, égalité, fraternité” was painted; he said “selon moi” twice.',
      'The word notamment means notably.',
      'The 14-Juillet parade and the Rue du Quatre-Septembre were closed.',
      'He was born on 12 May 1990 and left in May 2024.',
      'It was très chic, and she felt a sense of déjà vu.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('leaves such a noun in a name, in a French phrase, or cited on purpose', async () => {
    const clean = [
      'They met at the Hôtel de ville on Monday.',
      'Université Laval and École Polytechnique signed.',
      'The strike, or grève, spread to the ports.',
      'What the French call the « mairie » is the town hall.',
      'The Ville de Montréal filed the notice.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })
})
