import {describe, expect, it} from 'vitest'
import {calques} from '../../../src/rules/data/calques.js'
import {newsCalques} from '../../../src/rules/data/news-calques.js'
import {ruleFindings, summary} from '../../helpers.js'

const id = 'calque'

describe('news calques', () => {
  it('are part of the calque list', () => {
    for (const entry of newsCalques) expect(calques).toContain(entry)
  })

  it('reports a court calque with its place, message and suggestions', async () => {
    const findings = await ruleFindings(id, 'The judge gave him two years of firm prison.\nHe was put in examination in May.')
    expect(summary(findings)).toEqual([
      ['1:33', 'firm prison', ['prison', 'an unsuspended sentence']],
      ['2:8', 'put in examination', ['charged', 'placed under formal investigation']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected `firm prison` (calque of French *prison ferme*), expected `prison` or `an unsuspended sentence`',
      'Unexpected `put in examination` (calque of French *mettre en examen*), expected `charged` or `placed under formal investigation`'
    ])
    expect(findings[1]?.place).toEqual({start: {line: 2, column: 8, offset: 52}, end: {line: 2, column: 26, offset: 70}})
  })

  const flagged: Array<[string, string, string[]]> = [
    ['Shots were heard in the night of Friday to Saturday.', 'to', ['into']],
    ['He was condemned to five years for the robbery.', 'condemned to', ['sentenced to']],
    ['She was pursued for fraud by the state.', 'pursued for', ['prosecuted for', 'charged with']],
    ['The author of the attack fled on foot.', 'author of', ['perpetrator of', 'person responsible for']],
    ['The facts took place near the station.', 'The facts', ['The events', 'The incident', 'The offences']],
    ['The forces of order blocked the bridge.', 'forces of order', ['police', 'security forces']],
    ['He spent the night in guard to view.', 'guard to view', ['police custody']],
    ['A judge of instruction was appointed.', 'judge of instruction', ['investigating judge']],
    ['The prosecutor of the Republic spoke at noon.', 'prosecutor of the Republic', ['public prosecutor']],
    ['The Paris parquet opened an inquiry.', 'parquet', ['prosecutor’s office']],
    ['He will appear before the correctional court in June.', 'correctional court', ['criminal court']],
    ['The family deposited a complaint on Monday.', 'deposited a complaint', ['filed a complaint']],
    ['Contacted on Monday, his lawyer could not be joined.', 'could not be joined', ['could not be reached']],
    ['According to our information, the deal is off.', 'According to our information', ['According to our sources', 'We have learned']],
    ['She spoke at the microphone of a local radio.', 'at the microphone of', ['speaking to', 'in an interview with']],
    ['In an interview to a weekly, he denied it.', 'In an interview to', ['In an interview with']],
    ['In revenge, the left lost ground.', 'In revenge', ['On the other hand', 'However']],
    ['On his side, the mayor kept quiet.', 'On his side', ['For his part']],
    ['The council pronounced itself against the plan.', 'pronounced itself', ['come out', 'express a view']],
    ['She took the head of the party in 2019.', 'took the head of', ['take over', 'lead', 'head']],
    ['The masked man passed to the act at dawn.', 'passed to the act', ['act', 'carry it out', 'commit the act']],
    ['The port of the mask is no longer required.', 'The port of', ['The wearing of', 'The carrying of']],
    ['Unions oppose the retreat reform.', 'retreat', ['retirement', 'pension']],
    ['She leads after the first turn of the presidential election.', 'first turn', ['first round', 'second round']],
    ['The legislatives will be held in June.', 'legislatives', ['parliamentary elections']],
    ['A motion of censure was tabled.', 'motion of censure', ['no-confidence motion', 'censure motion']],
    ['The tenant of the Élysée spoke on TV.', 'tenant of the Élysée', ['French president', 'occupant of the Élysée']],
    ['The head of French diplomacy flew to Kyiv.', 'head of French diplomacy', ['foreign minister', 'top diplomat']],
    ['The extreme right party came first.', 'extreme right', ['far right']],
    ['The responsibles of the club resigned.', 'responsibles', ['officials', 'those responsible']],
    ['Local elected have asked for more funds.', 'elected', ['elected officials', 'elected representatives']],
    ['The firm raised two millions of euros.', 'millions of', ['million', 'billion']],
    ['Prices reached the double of last year.', 'the double of', ['twice', 'double']],
    ['The quasi-totality of the staff went on strike.', 'The quasi-totality of', ['Almost all of', 'Nearly all of']],
    ['He lived in Lille during ten years.', 'during', ['for']],
    ['The vote came in full crisis.', 'in full', ['in the middle of', 'at the height of']],
    ['Police fired lacrymogenic gas at the crowd.', 'lacrymogenic gas', ['tear gas']],
    ['His vital prognosis is engaged.', 'vital prognosis is engaged', ['life is in danger', 'condition is life-threatening']],
    ['The provisional balance is heavy.', 'provisional balance', ['provisional toll']],
    ['The balance of the earthquake rose again.', 'The balance', ['The toll', 'The death toll']],
    ['The rescues arrived within minutes.', 'The rescues', ['The emergency services', 'Rescuers']],
    ['The circulation was interrupted for an hour.', 'circulation', ['traffic']],
    ['Rail traffic was perturbed all day.', 'perturbed', ['disrupted']],
    ['He was taken to the commissariat at night.', 'commissariat', ['police station']],
    ['The unions saluted the decision of the court.', 'saluted', ['welcomed', 'hailed']],
    ['The spokesman precised that no one was hurt.', 'precised', ['specified', 'added']],
    ['The minister evoked the possibility of a curfew.', 'evoked', ['mention', 'raise']],
    ['The terrorist track is not ruled out.', 'terrorist track', ['line of inquiry', 'theory']],
    ['The direction announced forty job cuts.', 'The direction', ['The management']],
    ['A society specialised in drones was sold.', 'society', ['company']],
    ['Police opened an investigation for murder.', 'investigation for', ['investigation into', 'investigation on charges of']],
    ['She was the target of an aggression in the metro.', 'an aggression', ['an assault', 'an attack']],
    ['The spokesman of the party declined to comment.', 'spokesman of', ['spokesman for']],
    ['The result depends of the turnout.', 'depends of', ['depend on', 'depending on']],
    ['The town benefited of a new grant.', 'benefited of', ['benefited from', 'benefiting from']],
    ['The summit reunited 300 delegates.', 'reunited', ['brought together', 'gathered']],
    ['Neighbours prevented the police immediately.', 'prevented', ['alerted', 'called']],
    ['He was victim of a scam.', 'victim of', ['the victim of', 'a victim of']],
    ['The two first days were calm.', 'The two first', ['The first two']],
    ['We met last week-end.', 'week-end', ['weekend']],
    ['He was re-elected for a second mandate.', 'mandate', ['term']],
    ['The prosecutor requisitioned five years against him.', 'requisitioned', ['called for', 'sought']],
    ['This Tuesday, the minister met the unions.', 'This Tuesday', ['On Tuesday', 'Today']],
    ['The deficit passed from 3 to 5 percent.', 'passed from', ['went from', 'rose from', 'fell from']],
    ['They met on the margins of the summit.', 'on the margins of', ['on the sidelines of']],
    ['Farmers manifested against the law.', 'manifested', ['demonstrated', 'protested']],
    ['The intersyndicale called a new strike.', 'intersyndicale', ['union coalition', 'unions']],
    ['The keeper of the seals defended the bill.', 'keeper of the seals', ['justice minister']],
    ['Police arrived on place within minutes.', 'on place', ['on the spot', 'at the scene']],
    ['The state unlocked an envelope of 10 million euros.', 'an envelope of', ['a budget of', 'funding of']],
    ['Police proceeded to the arrest of two men.', 'proceeded to', ['carry out']],
    ['He qualified of scandal the ruling.', 'qualified of', ['described as', 'called']],
    ['The minister assured that the plan was ready.', 'assured', ['insisted', 'said']],
    ['Fans were deeply deceived by the result.', 'deceived', ['disappointed']],
    ['She held a conference of press at noon.', 'conference of press', ['press conference']],
    ['He faced racist injuries online.', 'injuries', ['insults', 'abuse']],
    ['He was tried for outrage to an officer.', 'outrage to an officer', ['insulting a police officer', 'contempt of an officer']],
    ['He was charged with outrage and rebellion.', 'rebellion', ['resisting arrest']],
    ['The unions seized the justice on Monday.', 'seized', ['referred the matter to', 'went to']],
    ['The sages ruled on Friday.', 'The sages', ['The Constitutional Council', 'The council’s members']],
    ['The council censured several articles of the law.', 'censured', ['struck down']],
    ['The council validated the reform.', 'validated', ['approved', 'upheld']],
    ['The text was voted by the Senate.', 'was voted', ['passed', 'adopted']],
    ['Party militants gathered in Lille.', 'militants', ['activists', 'party members']],
    ['The selectioner named his squad.', 'selectioner', ['coach', 'national coach']],
    ['In front of the crisis, the bank cut rates.', 'In front of', ['Faced with', 'In the face of']],
    ['Protests broke out a bit everywhere.', 'a bit everywhere', ['all over the place', 'just about everywhere']],
    ['All the world knows it.', 'All the world', ['Everyone', 'Everybody']],
    ['At term, the plant will close.', 'At term', ['In the long run', 'Eventually']],
    ['The plan is costly on the long term.', 'on the long term', ['in the long term', 'in the short term', 'in the medium term']],
    ['These last days, prices fell.', 'These last days', ['In recent days', 'In recent weeks', 'In recent months', 'In recent years']],
    ['The fact of being late cost him the job.', 'The fact of', ['Being', 'Having']],
    ['The police has arrested two men.', 'police has', ['police have', 'police are', 'police were']],
    ['We need more informations.', 'informations', ['information']],
    ['Recent researches show a decline.', 'researches', ['research']]
  ]

  it.each(flagged)('flags %s', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, expected]])
  })

  const clean = [
    'She was condemned to repeat the mistakes of her parents.',
    'The dog was pursued for miles.',
    'He is the author of the murder mystery set in Oxford.',
    'The forces of law and order were praised.',
    'Tables that could not be joined were dropped.',
    'On his side of the table sat the lawyer.',
    'He pronounced himself satisfied.',
    'She took the head of the table.',
    'The army ordered a retreat to the hills.',
    'It was my turn to deal the cards on the first turn.',
    'Move the slider to the extreme right of the screen.',
    'The interested reader will find more in chapter two.',
    'He has outdoor pursuits and many friends.',
    'Millions of people watched the match.',
    'During the two years of talks, little changed.',
    'During the war, the town was occupied.',
    'The crowd was in full voice and in full view.',
    'On balance, the plan was sound.',
    'Check the balance of your account.',
    'Blood circulation was restored after surgery.',
    'He seemed perturbed by the question.',
    'Small perturbations of the orbit were measured.',
    'We salute the courage of the firefighters.',
    'The song evokes the memory of summer.',
    'The direction of the wind changed.',
    'The Royal Society announced a new fellow.',
    'The fire prevented the police from entering.',
    'The two first-class carriages were full.',
    'Officials said they were victims of fraud.',
    'The council has a mandate to act.',
    'Put the letter in an envelope and post it.',
    'Return the signed form in the envelope provided.',
    'The device of last resort is a reboot.',
    'Let us proceed to the next item.',
    'She qualified as a nurse in 2010.',
    'The families were reunited after the war.',
    'Children were reunited with their parents.',
    'This Tuesday is a holiday.',
    'Water passed from the tank into the pipe.',
    'Notes in the margin of the page were faded.',
    'Symptoms manifest in childhood.',
    'I assure you that it works.',
    'He was assured that he would get a seat.',
    'She was deceived by her partner.',
    'Appearances can be deceiving when you are tired.',
    'He suffered injuries in the crash.',
    'The rebellion was crushed in 1837.',
    'The public was in outrage at the verdict.',
    'Troops seized the airport at dawn.',
    'The Senate censured the senator for misconduct.',
    'The form validated the input.',
    'He was voted best player.',
    'The bill was voted down in May.',
    'Armed militants attacked the convoy.',
    'The car was parked in front of the station.',
    'They sat face to face.',
    'The baby was born at term.',
    'In the long term, costs fall.',
    'These last few days were hot.',
    'She spent the last days of summer in Nice.',
    'The fact of the matter is simple.',
    'The police have arrested two men.',
    'Police station hours are posted online.',
    'She researches birds for a living.'
  ]

  it.each(clean)('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
})
