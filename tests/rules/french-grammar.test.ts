import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {grammarEntries} from '../../src/rules/data/french-grammar.js'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'french-grammar'

async function pairs(text: string) {
  return (await ruleFindings(id, text)).map((finding) => [finding.actual, finding.expected])
}

describe('french-grammar', () => {
  it('finds nothing in the seed article', async () => {
    expect(await ruleFindings(id, readFileSync(seedPath, 'utf8'))).toEqual([])
  })

  it('reports an agreeing "others" with its message, place and category', async () => {
    const findings = await ruleFindings(id, 'Several others countries signed\nthe text on Friday.')
    expect(summary(findings)).toEqual([['1:9', 'others', ['other']]])
    const [finding] = findings
    expect(finding!.reason).toBe('Unexpected `others` (French grammar: *d’autres + noun*), expected `other`')
    expect(finding!.place).toEqual({start: {line: 1, column: 9, offset: 8}, end: {line: 1, column: 15, offset: 14}})
    expect(finding!.fatal).toBe(false)
    expect(finding!.category).toBe('Linguistic conventions/Grammar')
    expect(finding!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#french-grammar')
  })

  it.each([
    ['The police violences were filmed by a neighbour.', 'violences', ['violence', 'acts of violence']],
    ['They carried their luggages up the stairs.', 'luggages', ['luggage']],
    ['The talks have made progresses since May.', 'progresses', ['progress']],
    ['Workers share their knowledges with the apprentices.', 'knowledges', ['knowledge']],
    ['Two brothers lived in a same village for years.', 'a same', ['the same']],
    ['The mayor, whose the term ends in May, will not run.', 'whose the', ['whose']],
    ['Despite of the rain, the march went ahead.', 'Despite of', ['Despite', 'In spite of']],
    ['He left in spite that his party asked him to stay.', 'in spite that', ['even though', 'despite the fact that']],
    ['The unions are agree on one point.', 'are agree', ['agree']],
    ['The minister is not agree with the plan.', 'is not agree', ['does not agree']],
    ['The both countries signed the deal.', 'The both', ['Both']],
    ['The new law allows to reduce waiting times.', 'allows to', ['allows us to', 'makes it possible to']],
    ['The prefect accepts to meet the strikers.', 'accepts to', ['agrees to']],
    ['The company avoided to comment on the figures.', 'avoided to', undefined],
    ['Among others things, the report names two banks.', 'others', ['other']],
    ['Yesterday the president Macron visited Lyon.', 'the president Macron', ['President Macron']],
    ['The crowd greeted the pope Francis in the square.', 'the pope Francis', ['Pope Francis']],
    ['Fuel prices rose again, what angered drivers.', 'what', ['which']],
    ['The minister has announced on Monday a new tax.', 'has announced', ['announced']],
    ['Two soldiers have been killed yesterday near the border.', 'have been killed', ['were killed']],
    ['The mayor has also resigned two years ago.', 'has also resigned', ['also resigned']],
    ['The team has won last week in Lille.', 'has won', ['won']],
    ['She has not replied on Friday to reporters.', 'has not replied', undefined],
    ['The bill who was passed in May changed nothing.', 'who', ['which', 'that']],
    ['It is the largest port of the world, officials say.', 'of the world', ['in the world']],
    ['We will wait until she will sign the text.', 'will sign', ['signs']],
    ['Talks resume as soon as they will be ready.', 'will be', ['are']],
    ['Rents rose at the same pace than wages.', 'than', ['as']],
    ['The mayor is in office since 2014.', 'is', ['has been']],
    ['The two roads are closed since the flood.', 'are', ['have been']],
    ['According to the army, the strike would have killed six fighters.', 'would have killed', ['reportedly killed']],
    ['According to local media, the plane would have been hit by a drone.', 'would have been hit', undefined],
    ['The coach explained them that the match was lost.', 'explained them', ['explained to them']],
    ['She said him that the deal was off.', 'said him', ['told him']],
    ['The crowd refused to obey to the police.', 'obey to', ['obey']],
    ['The new budget lacks of ambition, critics say.', 'lacks of', ['lacks']],
    ['Remains that the turnout was low.', 'Remains that', ['The fact remains that']],
    ['Remains to be seen whether the truce holds.', 'Remains to', ['It remains to']],
    ['The deal marks a significant progress in the talks.', 'a significant progress', ['significant progress', 'a significant step forward']],
    ['The lab published a new research on vaccines.', 'a new research', ['new research', 'a new study']],
    ['Each passenger may bring a luggage on board.', 'a luggage', ['luggage', 'a bag']],
    ['All the two leaders signed the text.', 'All the two', ['Both']],
    ['The soldiers which guarded the bridge left at dawn.', 'which', ['who', 'that']],
    ['Council fundings were cut again.', 'fundings', ['funding']],
    ['Public transports are free on Sunday.', 'Public transports', ['Public transport']],
    ['The victim had 23 years.', 'had 23 years', ['was 23']],
    ['Her father has 81 years old, she said.', 'has 81 years old', ['is 81']],
    ['A woman of 34 years was found dead.', 'A woman of 34 years', ['A 34-year-old woman']],
    ['Police stopped a driver of 18 years old in Nantes.', 'a driver of 18 years old', ['an 18-year-old driver']],
    ['For the most of the year, the plant is idle.', 'the most of', ['most of']],
    ['Less than the half of the seats were filled.', 'Less than the half of', ['Less than half of']],
    ['Almost the three-quarters of the staff struck.', 'Almost the three-quarters of', ['Almost three-quarters of']],
    ['The half of them voted no.', 'The half of', ['Half of']],
    ['The Spain said it would veto the text.', 'The Spain', ['Spain']],
    ['Talks resumed after the Italy had left.', 'the Italy', ['Italy']],
    ['The hearing is set for the 3 June, a lawyer said.', 'the 3 June', ['3 June']],
    ['The law took effect since the Tuesday 1 October.', 'the Tuesday 1 October', ['Tuesday 1 October']],
    ['The 8 May, veterans laid wreaths.', 'The 8 May', ['On 8 May']],
    ['The train is arrived at 9 am.', 'is arrived', ['has arrived', 'arrived']],
    ['Three hikers are died in the storm.', 'are died', ['died', 'have died']],
    ['She is born in 1976 in Algiers.', 'is born', ['was born']],
    ['The unions said themselves ready to talk.', 'said themselves', ['said they were']],
    ['The mayor says herself opposed to the plan.', 'says herself', ['says she is']],
    ['When she will be elected, taxes will fall.', 'will be', ['is']],
    ['The singer lives in Brussels since 2012.', 'lives', ['has lived']],
    ['Mrs Diallo runs the clinic since May 2018.', 'runs', ['has run']],
    ['He is mayor of the town since 2008.', 'is', ['has been']],
    ['They are members of the club since last year.', 'are', ['have been']],
    ['Two millions euros were seized.', 'millions', ['million']],
    ['The prefect has banned on 4 July all gatherings.', 'has banned', ['banned']],
    ['Two men have been arrested at 6 am in a flat.', 'have been arrested', ['were arrested']],
    ['The minister announced also the closure of two plants.', 'announced also', ['also announced']],
    ['On Monday, the minister has announced a new tax.', 'has announced', ['announced']],
    ['Last week, the French government has decided to act.', 'has decided', ['decided']],
    ['On Tuesday, two men are arrested in Lyon.', 'are', ['were']],
    ['Yesterday, the mayor is forced to resign.', 'is', ['was']]
  ])('flags %j', async (text, actual, expected) => {
    expect(await pairs(text)).toEqual([[actual, expected]])
  })

  it('reports an inverted passive opener with its message and place, and no fix', async () => {
    const findings = await ruleFindings(id, 'Are concerned the staff of\nthe two sites.')
    expect(summary(findings)).toEqual([['1:1', 'Are concerned', undefined]])
    expect(findings[0]!.reason).toBe('Unexpected `Are concerned` (French grammar: *inversion du sujet (sont concernés les…)*), rephrase')
  })

  it('reports a present with "depuis" on the verb alone, with its message', async () => {
    const findings = await ruleFindings(id, 'Since then the judge\nteaches law at Lille since 2016.')
    expect(summary(findings)).toEqual([['2:1', 'teaches', ['has taught']]])
    expect(findings[0]!.reason).toBe('Unexpected `teaches` (French grammar: *présent + depuis*), expected `has taught`')
  })

  it('says to rephrase when no fix is safe', async () => {
    const [finding] = await ruleFindings(id, 'The company avoided to comment.')
    expect(finding!.reason).toBe('Unexpected `avoided to` (French grammar: *éviter de*), rephrase')
    expect(finding!.expected).toBeUndefined()
  })

  it.each([
    'Others say the plan will fail, and others always disagree.',
    'Helping others makes you happier, and caring for others means listening.',
    'He told others years later what had happened.',
    'They were a same-sex couple living in the same house.',
    'The man whose car was stolen called the police.',
    'Despite the rain, the march went ahead in spite of the police.',
    'The terms are agreed, and the text was agreed on Monday.',
    'The both of them left early.',
    'Prisoners were allowed to vote, and the law allows us to vote.',
    'Students accepted to Harvard must accept the offer, and he accepted the deal.',
    'He told the president Tuesday that the president Obama administration had ended.',
    'The doctor Who episode aired on Saturday, and the president of France spoke.',
    'So, what made you leave?',
    'Prices rose, and what is more, wages fell.',
    'The minister has announced a new tax, which will take effect on Monday.',
    'The minister announced on Monday that he has resigned.',
    'He has been in office since last year and has worked for two years abroad.',
    'The disease progresses slowly, and she researches its causes.',
    'Feminist scholars write about situated knowledges.',
    'It is the rest of the world that matters, and most of the world agrees.',
    'The greatest of the world powers met in Geneva.',
    'I do not know when he will arrive, but once he arrives we start.',
    'They hire and fire who they want, and the people who voted are angry.',
    'The report had been released on Monday.',
    'They have settled on Monday as the date, and he has commented on Monday’s vote.',
    'The army has struck on Monday night’s convoy route before.',
    'Rents rose at the same pace as wages, and the same or higher than last year.',
    'It is the highest level since 2008, and the index is up since January.',
    'According to the plan, troops would have to leave, and if it had rained, the march would have stopped.',
    'The rules were strict, and he explained them when asked; she told him that it was over.',
    'The rebels resisted to the end and obeyed to the letter.',
    'It remains to be seen, and the fact remains that the lack of staff hurts.',
    'She wrote a progress report, a research team met, and a research and development centre opened.',
    'He has a good knowledge of French, and all three leaders signed.',
    'The number of people which has risen is high, and the soldiers, which surprised us, left.',
    'He asked the students which book they liked.',
    'She has 20 years of experience, and he has two years left to run.',
    'An 80-year-old man and a woman of 20 years’ service retired.',
    'They made the most of the weather and scored the most of any side.',
    'The first half of the year was calm, and more than half of them left.',
    'The France team won, and the France of the 1950s was poorer.',
    'The turkey was dry, and the china was broken.',
    'The 31 October deadline passed, and on 20 September the talks began.',
    'He has lived in Lyon since 2015, and he lives in a house built since 2010.',
    'He is the first president since 1990, and it is the best result since 2008.',
    'Road works since 2019 have slowed traffic, and she works hard since she is new.',
    'A child who is born in 2020 is lucky, and the day is gone.',
    'The period is arrived which calls for action.',
    'He said himself that the plan had failed, as she said herself.',
    'I wonder when he will arrive, and when will he leave?',
    'Are concerned citizens doing enough?',
    'Two million euros were stolen, and the $5 millions were never found.',
    'The treaty would by a strict reading have terminated on July 17.',
    'They had finished already the day before, and the data had been recorded already the week before.',
    'There are too many people in this town who benefit from gridlock.',
    'On Monday, he said he has resigned, and yesterday, after the vote, the party has split.',
    'On Monday, the company that has won the bid signed.',
    'On Tuesday, police said two men are arrested every week, and on Monday, the museum is open.',
    'Last week, it is understood, the minister met the unions.'
  ])('leaves %j alone', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('names a source and a reason for every phrase entry', () => {
    for (const entry of grammarEntries) {
      expect(entry.source.length, entry.french).toBeGreaterThan(0)
      expect(entry.why.length, entry.french).toBeGreaterThan(20)
      expect(Object.keys(entry.forms).length, entry.french).toBeGreaterThan(0)
    }
  })
})
