import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'french-number-format'

describe('french-number-format', () => {
  it('finds nothing in the seed article', async () => {
    expect(summary(await ruleFindings(id, readFileSync(seedPath, 'utf8')))).toEqual([])
  })

  it('turns decimal commas, space-grouped thousands and spaced percents into English', async () => {
    const text = ['The river rose 3,5 m, then 12 000 people left.', 'Turnout was 61,25 % and the tax 7 %, up from 2.5 %.', 'A budget of 1 250 000,75 euros.'].join('\n')
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:16', '3,5', ['3.5']],
      ['1:28', '12 000', ['12,000']],
      ['2:13', '61,25 %', ['61.25%']],
      ['2:33', '7 %', ['7%']],
      ['2:46', '2.5 %', ['2.5%']],
      ['3:13', '1 250 000,75', ['1,250,000.75']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected French number format `3,5`, expected `3.5`')
    expect(findings[0]!.category).toBe('Locale conventions/Number format')
    expect(findings[0]!.fatal).toBe(false)
    expect(findings[0]!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#french-number-format')
  })

  it('turns French times and spaced units into English', async () => {
    const text = 'The train left at 14h30, another at 9 h 05 and one at 7: 15; winds of 90 km / h.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:19', '14h30', ['14:30', '2:30 p.m.']],
      ['1:37', '9 h 05', ['9:05', '9:05 a.m.']],
      ['1:55', '7: 15', ['7:15']],
      ['1:74', 'km / h', ['km/h']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected French time format `14h30`, expected `14:30` or `2:30 p.m.`')
    expect(findings[2]!.reason).toBe('Unexpected space in the time `7: 15`, expected `7:15`')
    expect(findings[3]!.reason).toBe('Unexpected spaced unit `km / h`, expected `km/h`')
  })

  it('puts a currency sign written after the amount before it, with the magnitude spelt out', async () => {
    const text = ['The fund paid 25 € per share, then 4,2 M€ in all.', 'Quebec set aside 7,5 M$ and 1,1 G$, a loan of 300 k€ and 12 000 $ in fines.', 'A 2 Mds€ budget, 640\u00A0000\u00A0€ of it for roads.'].join('\n')
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:15', '25 €', ['€25']],
      ['1:36', '4,2 M€', ['€4.2 million', '€4.2m']],
      ['2:18', '7,5 M$', ['$7.5 million', '$7.5m']],
      ['2:29', '1,1 G$', ['$1.1 billion', '$1.1bn']],
      ['2:47', '300 k€', ['€300,000']],
      ['2:58', '12 000 $', ['$12,000']],
      ['3:3', '2 Mds€', ['€2 billion', '€2bn']],
      ['3:18', '640\u00A0000\u00A0€', ['€640,000']]
    ])
    expect(findings[1]!.reason).toBe('Unexpected currency sign after the amount `4,2 M€`, expected `€4.2 million` or `€4.2m`')
    // The no-break spaces of "640 000 €" go with the amount's fix, not to french-spacing.
    expect(summary(await ruleFindings('french-spacing', text))).toEqual([])
  })

  it('reads a bare French hour as a time of day only after a word that makes it one', async () => {
    const text = 'Polls open at 8h and close until 20 h; the desk runs from 9H to 17h. After 4h of talks, a 2h drive, cut to 3h.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:15', '8h', ['8:00', '8 a.m.']],
      ['1:34', '20 h', ['20:00', '8 p.m.']],
      ['1:59', '9H', ['9:00', '9 a.m.']],
      ['1:65', '17h', ['17:00', '5 p.m.']]
    ])
    expect(findings[1]!.reason).toBe('Unexpected French time format `20 h`, expected `20:00` or `8 p.m.`')
    // "at 20 h" is the calque rule's ("at 8 pm"), which takes "at" with it.
    expect(summary(await ruleFindings(id, 'Polls close at 20 h tonight.'))).toEqual([])
    expect(summary(await ruleFindings('calque', 'Polls close at 20 h tonight.'))).toEqual([['1:13', 'at 20 h', ['at 8 pm']]])
    expect(summary(await ruleFindings(id, 'Doors open at 0h and at 12h.'))).toEqual([
      ['1:15', '0h', ['0:00', 'midnight']],
      ['1:25', '12h', ['12:00', 'noon']]
    ])
  })

  it('reads a comma after a lone 0 or before four digits or more as decimal, whatever follows', async () => {
    const findings = await ruleFindings(id, 'Growth was 0,4 in the quarter; the station sits at 45,7641 north. Lists 0,1,2 and 3,500 stay.')
    expect(summary(findings)).toEqual([
      ['1:12', '0,4', ['0.4']],
      ['1:52', '45,7641', ['45.7641']]
    ])
  })

  it('regroups millions grouped by points and Swiss apostrophe thousands with commas', async () => {
    const text = ['The club paid 1.500.000 euros, then 12.000.000,50 more.', "Zurich spent CHF 25'000 and 1’250’000.50 francs."].join('\n')
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:15', '1.500.000', ['1,500,000']],
      ['1:37', '12.000.000,50', ['12,000,000.50']],
      ['2:18', "25'000", ['25,000']],
      ['2:29', '1’250’000.50', ['1,250,000.50']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected French number format `1.500.000`, expected `1,500,000`')
    expect(findings[2]!.reason).toBe("Unexpected Swiss number format `25'000`, expected `25,000`")
  })

  it('regroups point-grouped thousands before a currency word or a count of people, and reads 24h/24 and 7j/7', async () => {
    const text = 'The fine was 1.500 euros and 20.000 people marched; the shop is open 24h/24 and 7j/7.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:14', '1.500', ['1,500']],
      ['1:30', '20.000', ['20,000']],
      ['1:70', '24h/24', ['around the clock', '24/7']],
      ['1:81', '7j/7', ['seven days a week', '24/7']]
    ])
    expect(findings[2]!.reason).toBe('Unexpected French shorthand `24h/24`, expected `around the clock` or `24/7`')
  })

  it('writes Swiss francs and the Swiss abbreviations of million and milliard the English way', async () => {
    const text = 'The ticket costs Fr. 250.- and the budget is CHF 3,5 Mio. The fund holds 1,2 Mrd. francs.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:18', 'Fr. 250.-', ['CHF 250']],
      ['1:50', '3,5 Mio', ['3.5 million']],
      ['1:74', '1,2 Mrd.', ['1.2 billion']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected Swiss franc format `Fr. 250.-`, expected `CHF 250`')
    const clean = 'Fr. John said mass. Mio Tanaka sang. See Fr. Brown.'
    expect(summary(await ruleFindings(id, clean))).toEqual([])
  })

  it('leaves versions, addresses, decimals and quoted figures with points or apostrophes alone', async () => {
    const clean = [
      'Upgrade to v1.200.300 or 2.100.000.1; the host is 192.168.100.200.',
      'It weighs 1.500 kg and costs 3.25 dollars; pi is 3.141.',
      "The '000 key and the 1990's fashions; 'No. 12' and the '500' model.",
      'Section 4.2.1 and 10.100.1000 stay.',
      'It is 1.500 km away and costs $3.499 per gallon; it runs 24/7, 1/24 of the time.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('leaves English money and code with a dollar sign alone', async () => {
    const clean = ['It cost €25, $7.5 million and US$12,000, or 15 euros.', 'Run `echo $HOME`, then set x to 5 $HOME-relative; $1 and $2 are arguments.', 'Pay 5 $5 bills.']
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('leaves English numbers, lists, years, scores, references and code alone', async () => {
    const clean = [
      'He sold 3,500 copies for $1,250.50 at 10:30 a.m.',
      'Pick 1, 2, 3 or 1,2,3 from pages 12-14.',
      'In 2015 100 soldiers came; in March 2020 2 000 more.',
      'They won 3-1, then 2 - 0, in the 2022 World Cup.',
      'See references 1,2 and 4,5 in the appendix.',
      'The ratio was 3:2 and version 1.2.3 shipped on 2023-01-20.',
      'Call 01 234 567 or visit example.com/3,5.',
      'A 4h drive and 5 km of road; 100% sure.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })
})
