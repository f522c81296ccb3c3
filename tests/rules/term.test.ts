import {readFileSync} from 'node:fs'
import path from 'node:path'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {terms} from '../../src/rules/data/terms.js'
import {formTokens} from '../../src/rules/support/termbase.js'
import retextTerm from '../../src/rules/term.js'
import {lintText, repoRoot, ruleFindings, scratchDir, seedPath, summary} from '../helpers.js'

const id = 'term'
const fixtures = path.join(repoRoot, 'tests', 'rules', 'fixtures')

describe('term', () => {
  it('flags the seed’s city mistaken for the river, and nothing else there', async () => {
    const findings = await ruleFindings(id, readFileSync(seedPath, 'utf8'))
    expect(summary(findings)).toEqual([['29:177', 'the Dnieper', ['Dnipro']]])
    const [finding] = findings
    expect(finding?.reason).toBe('Unexpected `the Dnieper`, expected `Dnipro`: the city is Dnipro; the Dnieper is the river')
    expect(finding?.place).toEqual({start: {line: 29, column: 177, offset: 3483}, end: {line: 29, column: 188, offset: 3494}})
    expect(finding?.category).toBe('Terminology/Inconsistent with termbase')
    expect(finding?.fatal).toBe(false)
    expect(finding?.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#term')
  })

  const flagged: Array<[string, string, string]> = [
    ['Officials in Kiev denied it.', 'Kiev', 'Kyiv'],
    ['KIEV REJECTS THE PLAN', 'KIEV', 'Kyiv'],
    ['The port of Odessa reopened.', 'Odessa', 'Odesa'],
    ['Shelling hit Kharkov overnight.', 'Kharkov', 'Kharkiv'],
    ['The Zaporijia plant lost power.', 'Zaporijia', 'Zaporizhzhia'],
    ['The Zaporozhye region votes.', 'Zaporozhye', 'Zaporizhzhia'],
    ['A drone struck near Nikolaev.', 'Nikolaev', 'Mykolaiv'],
    ['Troops left Lugansk.', 'Lugansk', 'Luhansk'],
    ['Fighting in the Donbass goes on.', 'Donbass', 'Donbas'],
    ['Strikes on a market in Dnieper left ten dead.', 'Dnieper', 'Dnipro'],
    ['The mayor of the Dnieper spoke.', 'the Dnieper', 'Dnipro'],
    ['The talks in Kishinev ended.', 'Kishinev', 'Chisinau'],
    ['Byelorussia closed the border.', 'Byelorussia', 'Belarus'],
    ['A source at the Elysium said no.', 'the Elysium', 'the Élysée'],
    ['Officers of the Quebec Security searched the car.', 'Quebec Security', 'Sûreté du Québec'],
    ['Radio Canada reported the fire.', 'Radio Canada', 'Radio-Canada'],
    ['The Party Québécois won two seats.', 'Party Québécois', 'Parti Québécois'],
    ['Unsubmissive France tabled a motion.', 'Unsubmissive France', 'France Unbowed'],
    ['He travelled to the Coast of Ivory.', 'the Coast of Ivory', "Côte d'Ivoire"],
    ['Drones hit a depot near Koursk.', 'Koursk', 'Kursk'],
    ['Troops left Cisjordanie last year.', 'Cisjordanie', 'West Bank'],
    ['The mutiny of Prigojine failed.', 'Prigojine', 'Prigozhin'],
    ['Prices rose in the Hexagon last year.', 'the Hexagon', 'France'],
    ['Republican Security Companies cleared the square.', 'Republican Security Companies', 'CRS riot police'],
    ['The summit opens in Bruxelles on Monday.', 'Bruxelles', 'Brussels'],
    ['Talks resumed in Genève.', 'Genève', 'Geneva'],
    ['Flights from Londres were cancelled.', 'Londres', 'London'],
    ['The vote in Nouvelle-Calédonie was postponed.', 'Nouvelle-Calédonie', 'New Caledonia'],
    ['Storms hit La Nouvelle-Orléans again.', 'La Nouvelle-Orléans', 'New Orleans'],
    ['Écosse voted to stay.', 'Écosse', 'Scotland'],
    ['Moldavie applied to join the bloc.', 'Moldavie', 'Moldova'],
    ['The minister flew to Alger for talks.', 'Alger', 'Algiers'],
    ['Ships crossed the Sleeve at night.', 'the Sleeve', 'the Channel'],
    ['Pope François met the president.', 'Pope François', 'Pope Francis'],
    ['Netanyahou rejected the offer.', 'Netanyahou', 'Netanyahu'],
    ['The regime of Bachar al-Assad fell.', 'Bachar', 'Bashar'],
    ['The OTAN summit ended.', 'OTAN', 'NATO'],
    ['A report by the French Press Agency said so.', 'French Press Agency', 'Agence France-Presse'],
    ['The Conseil constitutionnel struck the law down.', 'Conseil constitutionnel', 'Constitutional Council'],
    ['The bill goes to the Sénat next week.', 'Sénat', 'Senate'],
    ['The Minister of the Armies visited the base.', 'Minister of the Armies', 'Armed forces minister'],
    ['Crowds gathered near Our Lady of Paris.', 'Our Lady of Paris', 'Notre-Dame'],
    ['Officers of the Royal Gendarmerie of Canada arrested him.', 'Royal Gendarmerie of Canada', 'Royal Canadian Mounted Police'],
    ['The Liberal Party of Quebec chose a leader.', 'Liberal Party of Quebec', 'Quebec Liberal Party'],
    ['The Desjardins Movement posted a profit.', 'Desjardins Movement', 'Desjardins Group'],
    ['She teaches at Laval University.', 'Laval University', 'Université Laval'],
    ['The ferry to the Madeleine Islands left.', 'Madeleine Islands', 'Magdalen Islands'],
    ['The plant in Three Rivers closed.', 'Three Rivers', 'Trois-Rivières'],
    ['The vice-prime minister resigned.', 'vice-prime minister', 'deputy prime minister'],
    ['Indomitable France walked out of the chamber.', 'Indomitable France', 'France Unbowed'],
    ['The National Grouping led in the polls.', 'National Grouping', 'National Rally'],
    ['Two Rebirth deputies abstained.', 'Rebirth', 'Renaissance'],
    ['The Guard of the Seals defended the reform.', 'Guard of the Seals', 'Justice minister'],
    ['The Court of Accounts faulted the ministry.', 'Court of Accounts', 'Court of Audit'],
    ['Protesters gathered outside the Bourbon Palace.', 'Bourbon Palace', 'Palais Bourbon'],
    ['Heavy rain fell across the Island of France on Tuesday.', 'the Island of France', 'Île-de-France'],
    ['The fires in New Aquitaine spread.', 'New Aquitaine', 'Nouvelle-Aquitaine'],
    ['Hail struck the Mouths of the Rhône.', 'Mouths of the Rhône', 'Bouches-du-Rhône'],
    ['The cyclists rode up the Elysian Fields.', 'Elysian Fields', 'Champs-Élysées'],
    ['The Quebec Alcohol Corporation cut its prices.', 'Quebec Alcohol Corporation', 'Société des alcools du Québec'],
    ['The Democratic Union of the Centre opposed the treaty.', 'Democratic Union of the Centre', 'Swiss People’s Party'],
    ['Fighters of Hayat Tahrir al-Cham entered the town.', 'Hayat Tahrir al-Cham', 'Hayat Tahrir al-Sham'],
    ['Kadhafi ruled Libya for four decades.', 'Kadhafi', 'Gaddafi'],
    ['The summit in Soleure was short.', 'Soleure', 'Solothurn'],
    ['The president of Sénégal flew home.', 'Sénégal', 'Senegal'],
    ['Thousands fled Haut-Karabakh.', 'Haut-Karabakh', 'Nagorno-Karabakh'],
    ['The minister flew to Argentine on Sunday.', 'Argentine', 'Argentina'],
    ['Pekin summoned the ambassador.', 'Pekin', 'Beijing'],
    ['Tankers wait at the entrance to the mer Noire.', 'mer Noire', 'Black Sea'],
    ['Iran threatened to close the Strait of Ormuz.', 'Strait of Ormuz', 'Strait of Hormuz'],
    ['Shelling resumed around Tchassiv Iar.', 'Tchassiv Iar', 'Chasiv Yar'],
    ['Famine spread across Darfour.', 'Darfour', 'Darfur'],
    ['The pilgrims arrived in La Mecque.', 'La Mecque', 'Mecca'],
    ['Marine The Pen called for a dissolution.', 'Marine The Pen', 'Marine Le Pen'],
    ['Finance minister Bruno The Mayor presented the budget.', 'Bruno The Mayor', 'Bruno Le Maire'],
    ['Flights from Charles of Gaulle airport were cancelled.', 'Charles of Gaulle', 'Charles de Gaulle'],
    ['The 24 Hours of the Mans start on Saturday.', 'the Mans', 'Le Mans'],
    ['Guinée équatoriale is not Guinea.', 'Guinée équatoriale', 'Equatorial Guinea'],
    ['The CEDH condemned France.', 'CEDH', 'ECHR'],
    ['Leaders of the CEDEAO met in Abuja.', 'CEDEAO', 'ECOWAS'],
    ['The CICR delivered aid.', 'CICR', 'ICRC'],
    ['The UE will impose tariffs.', 'UE', 'EU'],
    ['The BCE raised its rates again.', 'BCE', 'ECB'],
    ['The CPI prosecutor sought a warrant.', 'CPI', 'ICC'],
    ['The PIB grew by 0.3%.', 'PIB', 'GDP'],
    ['The Commission européenne opened an inquiry.', 'Commission européenne', 'European Commission'],
    ['The Organization of the United Nations voted.', 'Organization of the United Nations', 'United Nations'],
    ['Agents of the General Direction of Internal Security arrested him.', 'General Direction of Internal Security', 'General Directorate for Internal Security'],
    ['A truck drove onto the Promenade of the English.', 'Promenade of the English', 'Promenade des Anglais'],
    ['Protesters gathered on the Place of the Republic.', 'Place of the Republic', 'Place de la République'],
    ['The rocket left from Kourou in French Guyana.', 'French Guyana', 'French Guiana'],
    ['Researchers at the Federal Polytechnic School of Lausanne found it.', 'Federal Polytechnic School of Lausanne', 'EPFL'],
    ['The Montreal Transport Society cut service.', 'Montreal Transport Society', 'Société de transport de Montréal'],
    ['Voters in Irlande du Nord went to the polls.', 'Irlande du Nord', 'Northern Ireland'],
    ['Temperatures in the Arctique rose.', 'Arctique', 'Arctic'],
    ['Drones struck a refinery near Voronej.', 'Voronej', 'Voronezh'],
    ['Islamic State once held Palmyre.', 'Palmyre', 'Palmyra'],
    ['The harvest in Bourgogne was poor.', 'Bourgogne', 'Burgundy'],
    ['Pro-Iranian chiite militias fired rockets.', 'chiite', 'Shiite'],
    ['The djihadistes attacked a convoy.', 'djihadistes', 'jihadists'],
    ['Abou Mazen met the envoy.', 'Abou Mazen', 'Abu Mazen'],
    ['Deputies of the Republic on the March voted.', 'Republic on the March', 'La République en Marche'],
    ['The mayor of Neuilly-on-Seine resigned.', 'Neuilly-on-Seine', 'Neuilly-sur-Seine'],
    ['Tourists crowded the Mount Saint Michael abbey.', 'Mount Saint Michael', 'Mont-Saint-Michel'],
    ['Police in Marseilles arrested two men.', 'Marseilles', 'Marseille'],
    ['A spokesperson for World Affairs Canada declined to comment.', 'World Affairs Canada', 'Global Affairs Canada'],
    ['The Director General of Elections announced the results.', 'Director General of Elections', 'Chief Electoral Officer'],
    ['The case went to the court of great instance in Lyon.', 'court of great instance', 'court of first instance'],
    ['Strikes hit the north of the Gaza band overnight.', 'Gaza band', 'Gaza Strip'],
    ['She flew to New-York on Monday.', 'New-York', 'New York'],
    ['Fighting resumed in Nord-Kivu.', 'Nord-Kivu', 'North Kivu'],
    ['The CGT (General Confederation of Work) called a strike.', 'General Confederation of Work', 'General Confederation of Labour'],
    ['MEPs from the Public Place party voted.', 'Public Place', 'Place Publique'],
    ['Traffic stopped on the peripheral boulevard.', 'peripheral boulevard', 'ring road'],
    ['The summit was held at the Castle of Versailles.', 'Castle of Versailles', 'Palace of Versailles'],
    ['Gang violence fell in Salvador under Bukele.', 'Salvador', 'El Salvador'],
    ['Weather France issued an orange alert.', 'Weather France', 'Météo-France'],
    ['Shelling cut power in Energodar.', 'Energodar', 'Enerhodar'],
    ['Separatists shelled Gorlovka overnight.', 'Gorlovka', 'Horlivka'],
    ['Troops left Simféropol on Monday.', 'Simféropol', 'Simferopol'],
    ['The National Navy sent a frigate to the Red Sea.', 'National Navy', 'French Navy'],
    ['Jets of the Army of the Air flew over the parade.', 'Army of the Air', 'French Air and Space Force'],
    ['The Canadian of Montreal won 4-2 in Toronto.', 'Canadian of Montreal', 'Montreal Canadiens'],
    ['PSG went out of the League of Champions.', 'League of Champions', 'Champions League']
  ]
  it.each(flagged)('flags %j', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, [expected]]])
    const start = text.indexOf(actual)
    expect(findings[0]?.place).toMatchObject({start: {offset: start}, end: {offset: start + actual.length}})
  })

  const clean = [
    'Troops crossed the Dnieper river at dawn.',
    'Fighting went on across the Dnieper.',
    'Two bodies were found in the Dnieper near the bridge.',
    'The Dnieper flows into the Black Sea.',
    'He ordered chicken Kiev.',
    'She grew up in Odessa, Texas.',
    'Quebec security officials met.',
    'Radio Canada International ended its shortwave service.',
    'Sergei Nikolaev, a diplomat, spoke.',
    'The Kishinev pogrom of 1903 shocked Europe.',
    'The Byelorussian SSR was a founding member of the UN.',
    'Ivory Coast beat Nigeria. Kyiv, Odesa and Kharkiv were quiet.',
    'Horatio Alger wrote rags-to-riches novels.',
    'The poet Léon-Gontran Damas was born in Cayenne.',
    'A bowl of chili and a glass of Malbec.',
    'Virginie Efira starred in the film.',
    'Credit Suisse was taken over by UBS.',
    'The magazine Jeune Afrique interviewed him.',
    'Haute-Corse and Corse-du-Sud are departments.',
    'The Council of State, the Constitutional Council and the Senate all ruled.',
    'Pope Francis met King Charles in Rome and Jean Dupont in Brussels.',
    'The firm sells GRC software for governance, risk and compliance.',
    'She grew up in Three Rivers, Michigan.',
    'The rebirth of the old port took a decade. Rebirth is the novel’s theme.',
    'Romania’s Court of Accounts found irregularities in the tender.',
    'In Greek myth the heroes rest in the Elysian Fields.',
    'The Council of Trente met in Trento, and the Council of Trent is its English name.',
    'The striker, of Argentine descent, signed for Lyon.',
    'Saxe-Coburg and Gotha was the royal house; Maurice de Saxe won at Fontenoy.',
    'She studied at the University of Louvain and later taught in Louvain-la-Neuve.',
    'The Pekin duck came to America in 1873. The Pekin Daily Times is printed in Illinois.',
    'The Maine and Loire rivers meet at Angers.',
    'Gary Rohani scored twice. Ismaïl Kadaré wrote novels.',
    'The rapper Médine played Lyon; Côme Dupont and Hugo Plaisance spoke. The Toledo Blade reported it.',
    'The game runs on UE5; the UE sends its uplink report to the base station.',
    'The temple was built around 500 BCE, in the BCE era.',
    'The CPI rose 3.2% in May; the CPI data came out on Tuesday.',
    'The PIB of India issued a press release.',
    'She bought a bottle of Bourgogne and a Burgundy from Bourgogne wine country.',
    'The EU, the ECB and the ICC met in Burgundy.',
    'Mount Saint Michael rises off Marazion in Cornwall. She bought Marseilles soap. Stoke-on-Trent and Southend-on-Sea voted.',
    'The Capitole of Toulouse is its city hall. The Golan plateau is volcanic. A narrow strip of Gaza coast.',
    'The public place was empty; Public Square was renamed.',
    'The Great Palace of Constantinople had mosaics. She took the train from North Station in Boston.',
    'Carnival in Salvador, Bahia, drew crowds. He flew to El Salvador. A portrait of Salvador Dalí sold.',
    'Colombia’s National Navy seized a tonne of cocaine.',
    'She plays League of Champions, a mobile game, every night.'
  ]
  it.each(clean)('leaves %j alone', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('reads the user’s TBX termbases, merged with the built-in one', async () => {
    const settings = {termbases: [path.join(fixtures, 'newsroom.tbx'), path.join(fixtures, 'legacy.tbx')]}
    const findings = (await lintText('In Peking and Burma, as in Swaziland and Kiev, Tbilisi.', settings)).filter((finding) => finding.ruleId === id)
    expect(findings.map((finding) => [finding.column, finding.reason])).toEqual([
      [4, 'Unexpected `Peking`, expected `Beijing`'],
      [15, "Unexpected `Burma`, expected `Myanmar`: the country's name since 1989"],
      [28, 'Unexpected `Swaziland`, expected `Eswatini`'],
      [42, 'Unexpected `Kiev`, expected `Kyiv`: the Ukrainian spelling; Kiev is the Russian one']
    ])
  })

  it('reads a YAML termbase with context conditions', async () => {
    const settings = {termbases: [path.join(fixtures, 'newsroom.yml')]}
    const findings = (await lintText('Flights to Alma-Ata resumed. The Alma-Ata Declaration of 1991 stands.', settings)).filter((finding) => finding.ruleId === id)
    expect(summary(findings)).toEqual([['1:12', 'Alma-Ata', ['Almaty']]])
    expect(findings[0]?.reason).toBe('Unexpected `Alma-Ata`, expected `Almaty`: renamed in 1993')
  })

  it('reads a TBX termbase with context conditions', async () => {
    const settings = {termbases: [path.join(fixtures, 'dnipro.tbx')]}
    // The built-in entry flags "in the Dnieper" too; only the TBX one flags it in a sentence about water, which the built-in one leaves to the river.
    const text = 'A building in the Dnieper burned. The Dnieper river froze. Barges sail along the Dnieper. Homes in Dnieper lost water.'
    const findings = (await lintText(text, settings)).filter((finding) => finding.ruleId === id)
    expect(summary(findings)).toEqual([
      ['1:15', 'the Dnieper', ['Dnipro']],
      ['1:100', 'Dnieper', ['Dnipro']]
    ])
    expect(findings[1]?.reason).toBe('Unexpected `Dnieper`, expected `Dnipro`: the city; the river keeps its English name')
  })

  it('lets a TBX glossary keep a form the built-in termbase forbids with a concept of one preferred term', async () => {
    const tbx = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="k"><langSec xml:lang="en"><termSec><term>Kiev</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
  </body></text>
</tbx>
`
    const dir = scratchDir({'keeps-kiev.tbx': tbx})
    const findings = (await lintText('Kiev and Odessa.', {termbases: [path.join(dir, 'keeps-kiev.tbx')]})).filter((finding) => finding.ruleId === id)
    expect(summary(findings)).toEqual([['1:10', 'Odessa', ['Odesa']]])
    expect(summary((await lintText('Kiev and Odessa.')).filter((finding) => finding.ruleId === id))).toEqual([
      ['1:1', 'Kiev', ['Kyiv']],
      ['1:10', 'Odessa', ['Odesa']]
    ])
  })

  it('lets the user’s termbase keep a form the built-in one forbids', async () => {
    const settings = {termbases: [path.join(fixtures, 'keeps-kiev.yml')]}
    const findings = (await lintText('Kiev and Kyyiv, not Odessa.', settings)).filter((finding) => finding.ruleId === id)
    expect(summary(findings)).toEqual([
      ['1:10', 'Kyyiv', ['Kiev']],
      ['1:21', 'Odessa', ['Odesa']]
    ])
  })
})

describe('the built-in termbase', () => {
  it('gives every entry a preferred form, forbidden forms that parse to words, a note and a source', () => {
    for (const entry of terms) {
      expect(entry.preferred.trim(), entry.preferred).not.toBe('')
      expect(entry.note, entry.preferred).toBeTruthy()
      expect(entry.source, entry.preferred).toBeTruthy()
      for (const form of entry.forbidden) {
        expect(formTokens(form).length, form).toBeGreaterThan(0)
        expect(form, entry.preferred).not.toBe(entry.preferred)
      }
    }
  })

  it('never forbids, without a context, a form another entry prefers or admits', () => {
    const allowed = new Set(terms.flatMap((entry) => [entry.preferred, ...(entry.admitted ?? [])]))
    const everywhere = terms.filter((entry) => !entry.precededBy && !entry.followedBy)
    for (const entry of everywhere) for (const form of entry.forbidden) expect(allowed.has(form), form).toBe(false)
  })

  it('refuses, called as a library, inline entries its config check would refuse', () => {
    expect(() => retextTerm({entries: [{preferred: 'Kyiv', forbidden: ['Kiev'], followedBy: ['^']}]})).toThrow(
      'rule `term`: `entries` entry 1 (`Kyiv`): `followedBy` `^`: `^` is the start of the sentence, which never comes after a term; `$` is its end'
    )
    expect(() => retextTerm({entries: [{preferred: 'Kyiv'} as never]})).toThrow('rule `term`: `entries` entry 1 (`Kyiv`) needs `forbidden`, the forms to flag (a form or a list)')
  })

  it('takes an inline entry that forbids nothing, as a YAML termbase does: it keeps its forms from the built-in one', async () => {
    // Refused inline ("needs `forbidden`") while the same entry in a YAML file was taken.
    const text = 'He lived in Kiev, not Odessa.'
    const inline = (await lintText(text, {rules: {term: ['warning', {entries: [{preferred: 'Kiev', forbidden: []}]}]}})).filter((finding) => finding.ruleId === id)
    const file = scratchDir({'terms.yml': 'terms:\n  - preferred: Kiev\n    forbidden: []\n'})
    const yaml = (await lintText(text, {termbases: [path.join(file, 'terms.yml')]})).filter((finding) => finding.ruleId === id)
    expect(summary(inline)).toEqual([['1:23', 'Odessa', ['Odesa']]])
    expect(summary(yaml)).toEqual(summary(inline))
  })

  it('checks inline entries field by field as a termbase file\'s, and takes a single form as a file does', async () => {
    // A misspelt field was ignored, a number taken as a note, and one form without brackets refused.
    const entry = (more: Record<string, unknown>) => ({entries: [{preferred: 'Paris', forbidden: ['Lutetia'], ...more}]})
    expect(() => retextTerm(entry({notInSentance: ['river']}) as never)).toThrow(
      'rule `term`: `entries` entry 1 (`Paris`): unknown field `notInSentance`, expected one of `forbidden`, `admitted`, `precededBy`, `notPrecededBy`, `followedBy`, `notFollowedBy`, `notInSentence`, `preferred`, `note`, `source`'
    )
    expect(() => retextTerm(entry({note: 3}) as never)).toThrow('rule `term`: `entries` entry 1 (`Paris`): `note` must be a non-empty string')
    expect(() => retextTerm(entry({admitted: ['']}) as never)).toThrow('rule `term`: `entries` entry 1 (`Paris`): `admitted` must be a non-empty string or a list of them')
    const processor = unified().use(retextEnglish).use(retextTerm, {entries: [{preferred: 'Paris', forbidden: 'Lutetia'}]} as never)
    const file = new VFile('He saw Lutetia.')
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => [message.reason, message.place])).toEqual([
      ['Unexpected `Lutetia`, expected `Paris`', {start: {line: 1, column: 8, offset: 7}, end: {line: 1, column: 15, offset: 14}}]
    ])
  })
})
