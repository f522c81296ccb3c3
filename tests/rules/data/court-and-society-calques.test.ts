import {describe, expect, it} from 'vitest'
import {calques} from '../../../src/rules/data/calques.js'
import {courtAndSocietyCalques} from '../../../src/rules/data/court-and-society-calques.js'
import {ruleFindings, summary} from '../../helpers.js'

const id = 'calque'

describe('court and society calques', () => {
  it('are part of the calque list', () => {
    for (const entry of courtAndSocietyCalques) expect(calques).toContain(entry)
  })

  it('reports a court term with its place, message and suggestions', async () => {
    const findings = await ruleFindings(id, 'He was charged\nwith blows and injuries.')
    expect(summary(findings)).toEqual([['2:6', 'blows and injuries', ['assault', 'assault and battery']]])
    expect(findings[0]?.reason).toBe(
      'Unexpected `blows and injuries` (calque of French *coups et blessures / violences volontaires / homicide involontaire*), expected `assault` or `assault and battery`'
    )
  })

  const flagged: Array<[string, string, string[]]> = [
    ['He is accused of abuse of social goods.', 'abuse of social goods', ['misuse of company assets', 'misappropriation of corporate funds']],
    ['He was tried for involuntary homicide.', 'involuntary homicide', ['manslaughter', 'involuntary manslaughter']],
    ['They were prosecuted for non-assistance to a person in danger.', 'non-assistance to a person in danger', ['failure to assist a person in danger']],
    ['He was arrested for flight with violence.', 'flight with violence', ['violent robbery', 'robbery with violence']],
    ['He was tried in immediate appearance on Monday.', 'in immediate appearance', ['in a fast-track trial', 'under the fast-track procedure']],
    ['The suspect was presented to a judge on Friday.', 'presented to a judge', ['brought before a judge']],
    ['A prefectoral arrest banned the demonstration.', 'prefectoral arrest', ['prefectoral order', 'prefect’s decree']],
    ['The officer acted in legitimate defence.', 'legitimate defence', ['self-defence']],
    ['The driver was in state of drunkenness.', 'in state of drunkenness', ['drunk', 'under the influence']],
    ['The driver was flashed at 180 km/h.', 'flashed at', ['caught doing', 'caught at']],
    ['The unions called to strike on Thursday.', 'called to', ['called on people to', 'urged people to']],
    ['The bill was adopted in first reading.', 'in first reading', ['at first reading', 'on first reading']],
    ['The intentions of vote favour the mayor.', 'intentions of vote', ['voting intentions']],
    ['The minister of the Armies visited the troops.', 'minister of the Armies', ['armed forces minister', 'defence minister']],
    ['People in situation of handicap are excluded.', 'in situation of handicap', ['disabled', 'with disabilities']],
    ['The laicity is a pillar of the Republic.', 'laicity', ['secularism']],
    ['The realisator presented his film.', 'realisator', ['director']],
    ['The child was taken to the emergencies.', 'to the emergencies', ['to A&E', 'to the emergency department']],
    ['He criticised the plan without however rejecting it.', 'without however', ['without necessarily', 'though without']],
    ['A small hundred people gathered.', 'A small hundred', ['Just under a hundred']],
    ['Police arrested him at the dawn.', 'at the dawn', ['at dawn', 'at daybreak']],
    ['The video was posted on internet.', 'on internet', ['on the internet', 'online']],
    ['The director of cabinet of the minister resigned.', 'director of cabinet', ['chief of staff']],
    ['The head of the State met the king.', 'head of the State', ['head of state']],
    ['They won the championship of France.', 'championship of France', ['French championship']],
    ['The case went to the brigade of morals.', 'brigade of morals', ['vice squad']],
    ['He rose in grand banditism in the 1980s.', 'grand banditism', ['organised crime', 'serious crime']],
    ['The court added a penalty of ineligibility.', 'penalty of ineligibility', ['ban from public office', 'ban from standing for election']],
    ['She was given five years of ineligibility.', 'years of ineligibility', ['years’ ban from public office']],
    ['The judges issued a non-place order in the case.', 'non-place order', ['dismissal', 'order dismissing the case']],
    ['The application decrees were published in May.', 'application decrees', ['implementing decrees']],
    ['Her doctor prescribed a work stoppage of ten days.', 'work stoppage', ['sick leave', 'sick note']]
  ]

  it.each(flagged)('flags %s', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, expected]])
  })

  const clean = [
    'The evidence was presented to the judge.',
    'The room is controlled at 20 degrees.',
    'Voters were called to vote on Sunday.',
    'At the dawn of the century, things changed.',
    'He uses Internet Explorer and internet banking via internet services.',
    'Legitimate defence spending rose.',
    'The head of the state police resigned.',
    'A kitchen cabinet and the cabinet of ministers met.',
    'In emergencies, call 999.',
    'A work stoppage by dockers closed the port.',
    'Airports and malls are what anthropologists call a non-place.',
    'The ineligibility of the candidate was confirmed.'
  ]

  it.each(clean)('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
})
