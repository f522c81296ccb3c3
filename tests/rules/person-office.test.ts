import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {Finding} from '../../src/lint/postedit.js'
import {createProcessor} from '../../src/lint/processor.js'
import {seedPath} from '../helpers.js'

async function findings(text: string, documentDate?: string): Promise<Finding[]> {
  const file = new VFile({path: 'input.txt', value: text, data: documentDate ? {documentDate} : {}})
  await createProcessor().process(file)
  return (file.messages as Finding[]).filter((message) => message.ruleId === 'person-office')
}

/** `[actual, expected]` of each finding. */
async function flagged(text: string, documentDate?: string): Promise<Array<[string, string[] | null]>> {
  return (await findings(text, documentDate)).map((finding) => [String(finding.actual), (finding.expected as string[] | undefined) ?? null])
}

const lavrovToday = 'Sergey Lavrov was Minister of Foreign Affairs of Russia (since 2004-03-09); Wikidata Q58217'

describe('person-office on the seed article', () => {
  const seed = readFileSync(seedPath, 'utf8')

  it('flags the Lavrov office, with the office he held on the date', async () => {
    const found = await findings(seed, '2023-01-20')
    expect(found.map((finding) => finding.reason)).toEqual([
      `Unexpected \`Minister of Defense of Russia\` for Sergey Lavrov, expected \`Minister of Foreign Affairs of Russia\`: on 2023-01-20, ${lavrovToday}`
    ])
    const [finding] = found
    expect(finding!.place).toEqual({start: {line: 41, column: 139, offset: 4648}, end: {line: 41, column: 168, offset: 4677}})
    expect(finding!.expected).toEqual(['Minister of Foreign Affairs of Russia'])
    expect(finding!.fatal).toBe(true)
    expect(finding!.category).toBe('Accuracy/Mistranslation')
    expect(finding!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#person-office')
  })

  it('says when it had no date and assumed the latest office', async () => {
    expect((await findings(seed)).map((finding) => finding.reason)).toEqual([
      'Unexpected `Minister of Defense of Russia` for Sergey Lavrov, expected `Minister of Foreign Affairs of Russia`: ' +
        "Sergey Lavrov's latest office is Minister of Foreign Affairs of Russia (since 2004-03-09); Wikidata Q58217 (no document date; latest office assumed)"
    ])
  })

  it('leaves Peskov, Medvedev and the reviewed text alone', async () => {
    const cleaned = readFileSync(seedPath.replace('source-text', 'cleaned'), 'utf8')
    expect(await flagged(cleaned, '2023-01-20')).toEqual([])
    expect(await flagged(cleaned)).toEqual([])
  })
})

describe('person-office frames', () => {
  it('reads a title before the name, an apposition and a predicate', async () => {
    expect(await flagged('Defense Minister Sergey Lavrov arrived.', '2023-01-20')).toEqual([['Defense Minister', ['Foreign Minister']]])
    expect(await flagged('Lavrov, the defence minister, arrived.', '2023-01-20')).toEqual([['defence minister', ['foreign minister']]])
    expect(await flagged('Lavrov, who heads the defence ministry, arrived.', '2023-01-20')).toEqual([['defence ministry', ['foreign ministry']]])
    expect(await flagged('Lavrov is the interior minister.', '2023-01-20')).toEqual([['interior minister', ['foreign minister']]])
    expect(await flagged("Russia's defence minister, Sergei Lavrov, arrived.", '2023-01-20')).toEqual([['defence minister', ['foreign minister']]])
  })

  it('matches the spellings of a name and of an office', async () => {
    expect(await flagged('Prime Minister Volodymyr Zelenskyy spoke. Vladimir Zelensky, the foreign minister, spoke.', '2023-01-20')).toEqual([
      ['Prime Minister', ['President']],
      ['foreign minister', ['president']]
    ])
    expect(await flagged('Foreign Minister Sergei Lavrov, Russia’s top diplomat Lavrov and Lavrov, the Minister of Foreign Affairs of Russia.', '2023-01-20')).toEqual([])
    expect(await flagged('US Secretary of State Antony Blinken met Defense Secretary Lloyd Austin.', '2023-01-20')).toEqual([])
  })

  it('checks the country the text states', async () => {
    const [finding] = await findings('French Foreign Minister Lavrov arrived.', '2023-01-20')
    expect([finding!.actual, finding!.expected]).toEqual(['French Foreign Minister', ['Russian Foreign Minister']])
    expect(await flagged('Kremlin spokesman Dmitry Peskov and Ukrainian President Zelensky.', '2023-01-20')).toEqual([])
    expect(await flagged('White House press secretary Dmitry Peskov.', '2023-01-20')).toEqual([['White House press secretary', ['Kremlin spokesperson']]])
  })

  it('judges the office on the document date, or a year the sentence names', async () => {
    expect(await flagged('Defense Minister Sergei Shoigu spoke.', '2023-01-20')).toEqual([])
    const [late] = await findings('Defense Minister Sergei Shoigu spoke.', '2025-03-01')
    expect(late!.reason).toBe(
      'Unexpected `Defense Minister` for Sergei Shoigu, expected `Security Council Secretary`: on 2025-03-01, Sergei Shoigu was Secretary of the Security Council of Russia (since 2024-05-12)'
    )
    expect(await flagged('In 2014, Defense Minister Sergei Shoigu spoke.', '2025-03-01')).toEqual([])
    expect(await flagged('Foreign Minister Dmytro Kuleba spoke.', '2025-03-01')).toEqual([['Foreign Minister', ['Former Foreign Minister']]])
    expect(await flagged('Ukrainian Foreign Minister Dmytro Kuleba spoke.', '2025-03-01')).toEqual([['Foreign Minister', ['Former Foreign Minister']]])
    expect(await flagged('Defence Minister Andrei Belousov spoke.', '2023-01-20')).toEqual([['Defence Minister', ['Former Economy Minister']]])
    const [early] = await findings('Foreign Minister Andrii Sybiha spoke.', '2023-01-20')
    expect([early!.reason, early!.expected]).toEqual([
      'Unexpected `Foreign Minister` for Andrii Sybiha: on 2023-01-20, Andrii Sybiha held none of the offices known here (the first, Minister of Foreign Affairs of Ukraine (since 2024-09-05))',
      undefined
    ])
  })

  it('asks of a former office only that it was held before the date', async () => {
    expect(await flagged('Former president Medvedev and Dmitry Medvedev, the former president, spoke.', '2023-01-20')).toEqual([])
    expect(await flagged('Dmitry Medvedev, the former president and prime minister of Russia, spoke.', '2023-01-20')).toEqual([])
    expect(await flagged('Former defence minister Medvedev spoke.', '2023-01-20')).toEqual([['defence minister', ['Kremlin chief of staff', 'president', 'prime minister']]])
    expect(await flagged('Kuleba, who headed the foreign ministry, spoke. Ex-president Poroshenko spoke.', '2025-03-01')).toEqual([])
  })

  it('leaves other offices, speakers and unknown people alone', async () => {
    expect(await flagged('Deputy Prime Minister Chrystia Freeland spoke.', '2023-01-20')).toEqual([])
    expect(await flagged('Lavrov, the defence minister said, had left.', '2023-01-20')).toEqual([])
    expect(await flagged('Defense Minister John Smith met the rice growers.', '2023-01-20')).toEqual([])
    expect(await flagged('After meeting the defence minister, Lavrov left the room.', '2023-01-20')).toEqual([])
    expect(await flagged('Macron and Scholz, the French president and German chancellor, met.', '2023-01-20')).toEqual([])
    expect(await flagged('A week after the talks with Lavrov, the defence minister had promised calm.', '2023-01-20')).toEqual([])
    expect(await flagged("Lavrov, Russia's defence minister since 2004, spoke.", '2023-01-20')).toEqual([['defence minister', ['foreign minister']]])
  })

  it('leaves a page of correct titles alone', async () => {
    const page = [
      'Ukrainian President Volodymyr Zelenskyy met French President Emmanuel Macron in Paris on Monday.',
      'Foreign Minister Dmytro Kuleba said the talks went well, while Defence Minister Oleksii Reznikov stayed in Kyiv.',
      "Russia's foreign ministry spokeswoman, Maria Zakharova, dismissed the meeting. Kremlin spokesman Dmitry Peskov said Moscow was not worried.",
      'Canadian Prime Minister Justin Trudeau and Quebec Premier François Legault spoke by phone. Finance Minister Chrystia Freeland attended.',
      'US Secretary of State Antony Blinken, the top US diplomat, flew to Brussels. Defense Secretary Lloyd Austin joined NATO Secretary General Jens Stoltenberg.',
      'Former Ukrainian foreign minister Pavlo Klimkin, who headed the ministry until 2019, criticised the plan. Ex-president Petro Poroshenko agreed.',
      "Sergei Shoigu, Russia's defence minister, inspected troops. The chief of the general staff, Valery Gerasimov, was with him.",
      'Prime Minister Élisabeth Borne defended the pension reform. Interior Minister Gérald Darmanin sent more police. Government spokesman Olivier Véran confirmed it.',
      'Mayor Vitali Klitschko warned of blackouts. Kyiv mayor Klitschko asked residents to save power.',
      'Ursula von der Leyen, the president of the European Commission, and Charles Michel, president of the European Council, attended.',
      "Dmitry Medvedev, deputy chairman of Russia's Security Council, posted on Telegram. Medvedev was president from 2008 to 2012.",
      'Joe Biden, the US president, and Vice President Kamala Harris greeted Chancellor Olaf Scholz.',
      'Nikolai Patrushev, secretary of the Security Council, and FSB director Alexander Bortnikov met President Vladimir Putin.',
      'Anne Hidalgo, the mayor of Paris, opposed it. Montreal Mayor Valérie Plante welcomed it. Bank of Canada governor Tiff Macklem raised rates.',
      'Economy and Finance Minister Bruno Le Maire disagreed with Finance Minister Anton Siluanov.',
      'Putin, who has ruled Russia for two decades, spoke. Lavrov told Blinken that Russia would not back down. Foreign Minister Lavrov, 72, spoke.',
      'White House press secretary Karine Jean-Pierre said President Biden would travel. Jake Sullivan, the national security adviser, briefed reporters.',
      "Ukraine's commander-in-chief, Valerii Zaluzhnyi, and military intelligence chief Kyrylo Budanov reported gains."
    ].join('\n')
    expect(await flagged(page, '2023-01-20')).toEqual([])
  })

  it('reads a shared family name as the person last named in full', async () => {
    expect(await flagged('Clinton, the defence secretary, spoke.', '2010-05-01')).toEqual([])
    expect(await flagged('Hillary Clinton arrived. Clinton, the defense secretary, spoke.', '2010-05-01')).toEqual([['defense secretary', ['secretary of state']]])
  })
})

describe('person-office on a Canadian premier called prime minister', () => {
  const legault = "on 2023-05-01, François Legault was Premier of Quebec (since 2018-10-18); English calls a Canadian province's head of government the premier (French *premier ministre* names both)"

  it('flags the title before or after the name, in the text’s case', async () => {
    const found = await findings('Prime Minister François Legault announced the plan. Legault, the prime minister, defended it.', '2023-05-01')
    expect(found.map((finding) => [finding.reason, finding.column, finding.expected])).toEqual([
      [`Unexpected \`Prime Minister\` for François Legault, expected \`Premier\`: ${legault}`, 1, ['Premier']],
      [`Unexpected \`prime minister\` for François Legault, expected \`premier\`: ${legault}`, 66, ['premier']]
    ])
  })

  it('judges a former premier on the offices held before the date', async () => {
    expect((await findings('Former prime minister Jean Charest testified.', '2023-05-01')).map((finding) => finding.reason)).toEqual([
      "Unexpected `prime minister` for Jean Charest, expected `premier`: before 2023-05-01, Jean Charest had held Premier of Quebec (2003-04-29 to 2012-09-19); English calls a Canadian province's head of government the premier (French *premier ministre* names both)"
    ])
  })

  it('knows the premiers of other provinces', async () => {
    expect(await flagged('The talks with Prime Minister Wab Kinew resumed.', '2024-05-01')).toEqual([['Prime Minister', ['Premier']]])
    expect(await flagged('Manitoba Premier Wab Kinew and B.C. Premier David Eby met.', '2024-05-01')).toEqual([])
  })

  it('leaves the federal prime minister, the right title and a named province to other rules', async () => {
    expect(await flagged('Prime Minister Justin Trudeau met Premier François Legault and Premier Doug Ford.', '2023-05-01')).toEqual([])
    // "Quebec Prime Minister" and "prime minister of Quebec" are jurisdiction-title's.
    expect(await flagged('Quebec Prime Minister François Legault spoke. François Legault, the prime minister of Quebec, agreed.', '2023-05-01')).toEqual([])
  })
})

describe('person-office on a family name alone', () => {
  it('leaves a surname that may be somebody else when the office is of a kind they never held', async () => {
    // Gerald Ford, not Ontario's Doug Ford: no full name came first, and Doug Ford was never a president.
    expect(await flagged('President Ford pardoned Nixon in 1974.', '2024-05-01')).toEqual([])
    expect(await flagged('Ford, the president, pardoned Nixon.', '2024-05-01')).toEqual([])
  })

  it('still judges a ministry, and any office once the full name came first', async () => {
    expect(await flagged('Lavrov, the defence minister, spoke on Monday.', '2024-05-01')).toEqual([['defence minister', ['foreign minister']]])
    expect(await flagged('Sergey Lavrov arrived. Later, President Lavrov spoke.', '2024-05-01')).toEqual([['President', ['Foreign Minister']]])
  })
})
