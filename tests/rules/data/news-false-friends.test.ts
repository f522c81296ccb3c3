import {describe, expect, it} from 'vitest'
import {falseFriends} from '../../../src/rules/data/false-friends.js'
import {newsFalseFriends} from '../../../src/rules/data/news-false-friends.js'
import {ruleFindings, summary} from '../../helpers.js'

const id = 'false-friend'

describe('news false friends', () => {
  it('are part of the false-friend list', () => {
    for (const entry of newsFalseFriends) expect(falseFriends).toContain(entry)
  })

  it('reports a news false friend with its place, message and suggestions', async () => {
    const findings = await ruleFindings(id, 'The scrutiny of Sunday was calm.\nHis demission surprised nobody.')
    expect(summary(findings)).toEqual([
      ['1:5', 'scrutiny', ['vote', 'poll', 'ballot', 'election']],
      ['2:5', 'demission', ['resignation']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected `scrutiny` (French *scrutin*), expected `vote`, `poll`, `ballot` or `election`',
      'Unexpected `demission` (French *démission*), expected `resignation`'
    ])
  })

  const flagged: Array<[string, string, string[]]> = [
    ['The suspect is actually in custody in Lyon.', 'actually', ['currently', 'at present']],
    ['The actual mayor will not run again.', 'actual', ['current', 'present']],
    ['Talk of an eventual candidacy grew.', 'eventual', ['possible', 'potential']],
    ['Police realized a search of his flat.', 'realized', ['carried out', 'achieved', 'made']],
    ['Thousands assisted to the ceremony.', 'assisted to', ['attended']],
    ['A union manifestation blocked the ring road.', 'manifestation', ['demonstration', 'protest']],
    ['A far-right formation won the seat.', 'formation', ['party', 'political party']],
    ['He followed a formation in welding.', 'formation', ['training', 'training course']],
    ['The electoral deception was hard to swallow.', 'deception', ['disappointment']],
    ['Police patrol the sensible neighbourhood at night.', 'sensible', ['sensitive']],
    ['Prices show a sensible drop this month.', 'sensible', ['noticeable', 'appreciable', 'significant']],
    ['An important police presence was deployed.', 'important', ['large', 'heavy', 'considerable']],
    ['He was stopped during a routine control.', 'control', ['check', 'inspection']],
    ['Officers controlled their papers.', 'controlled', ['checked']],
    ['The club attends the green light from the league.', 'attends', ['waits for', 'awaits']],
    ['The two sides engaged negotiations on Monday.', 'engaged', ['began', 'launched', 'started']],
    ['She is a very engaged singer.', 'engaged', ['committed', 'politically committed']],
    ['Two hundred firefighters were engaged on the ground.', 'engaged', ['deployed', 'mobilised']],
    ['The balance sheet of the earthquake rose again.', 'balance sheet', ['toll', 'death toll']],
    ['The party disposes of an absolute majority.', 'disposes of', ['has']],
    ['The habitants of the village were evacuated.', 'habitants', ['inhabitants', 'residents']],
    ['Two rural communes lost their school.', 'communes', ['municipalities', 'towns', 'villages']],
    ['The presidential scrutiny is close.', 'scrutiny', ['vote', 'poll', 'ballot', 'election']],
    ['Teachers syndicates called a strike.', 'syndicates', ['unions', 'trade unions']],
    ['The electorate is versatile voters say.', 'versatile', ['fickle', 'volatile', 'unpredictable']],
    ['The ancient president spoke on TV.', 'ancient', ['former']],
    ['The army lacks effectives.', 'effectives', ['staff', 'workforce', 'numbers', 'troops']],
    ['Two inmates evaded from prison.', 'evaded from', ['escaped from']],
    ['The judicial instruction is still open.', 'instruction', ['investigation', 'judicial investigation']],
    ['He was inculpated for fraud.', 'inculpated', ['charged']],
    ['The economic conjuncture is poor.', 'conjuncture', ['economic climate', 'economic situation']],
    ['A journey of mobilisation is planned.', 'journey', ['day']],
    ['A perquisition took place at dawn.', 'perquisition', ['search', 'police search']],
    ['The group revendicated the attack.', 'revendicated', ['claimed', 'demanded']],
    ['Lyon will affront Marseille on Sunday.', 'affront', ['face', 'take on']],
    ['He assumes his choice fully.', 'assumes', ['stands by', 'owns', 'takes responsibility for']],
    ['Three men were interpelled.', 'interpelled', ['questioned', 'arrested', 'challenged']],
    ['The two rates are sensibly the same.', 'sensibly', ['noticeably', 'appreciably', 'roughly']],
    ['Results were globally positive.', 'globally', ['broadly', 'overall', 'on the whole']],
    ['The plant closed definitively in May.', 'definitively', ['permanently', 'for good']],
    ['He paid a consequent sum for the house.', 'consequent', ['substantial', 'considerable', 'sizeable']],
    ['Read the integral text of the speech.', 'integral', ['full', 'complete']],
    ['Costs will be integrally reimbursed.', 'integrally', ['fully', 'in full']],
    ['The teacher was relaxed of all charges in June.', 'relaxed', ['acquitted', 'cleared']],
    ['Rents soared across the Nantes agglomeration.', 'agglomeration', ['metropolitan area', 'urban area', 'conurbation']],
    ['At the end, the assistance stood and cheered.', 'assistance', ['audience', 'those present']],
    ['Unionists marched at the front of the cortege.', 'cortege', ['march', 'procession']],
    ['He animates the weekly radio show on Sundays.', 'animates', ['hosts', 'presents']],
    ['A collaborator of the mayor was questioned.', 'collaborator', ['aide', 'staff member', 'adviser']],
    ['She militates in favour of a basic income.', 'militates', ['campaigns']],
    ['The inspector was affected to a police station in Lille.', 'affected', ['assigned', 'posted']],
    ['The judge was muted to Toulouse last year.', 'muted', ['transferred', 'moved']],
    ['The process for manslaughter lasted six weeks.', 'process', ['trial']],
    ['Three ecologist senators voted against.', 'ecologist', ['Green']],
    ['Schools stayed open during the third confinement.', 'confinement', ['lockdown']],
    ['The mayor won the investiture of the party.', 'investiture', ['nomination', 'endorsement']],
    ['Masked breakers looted two shops.', 'breakers', ['rioters', 'vandals']],
    ['The boy was signalled missing on Friday evening.', 'signalled', ['reported']],
    ['She signaled to the police that her car was gone.', 'signaled', ['reported']],
    ['Forty drivers were verbalised by the police.', 'verbalised', ['fined', 'booked']],
    ['Gendarmes verbalized 50 motorists.', 'verbalized', ['fined', 'booked']],
    ['He received a convocation to the police station.', 'convocation', ['summons']],
    ['The minister was convoked by the judge.', 'convoked', ['summoned']],
    ['Locative expulsions resume in April.', 'expulsions', ['evictions']],
    ['The expulsion of the tenants was illegal.', 'expulsion', ['eviction']],
    ['The minister was auditioned by the commission on Tuesday.', 'auditioned', ['questioned', 'heard']],
    ['He was auditioned as a witness.', 'auditioned', ['questioned', 'heard']],
    ['The syndical organisations called a strike.', 'syndical', ['union', 'trade-union']],
    ['The patronal organisations rejected the reform.', 'patronal', ['employers’', 'business']],
    ['The pill is sold without ordinance in France.', 'ordinance', ['prescription']],
    ['She got an ordinance from her doctor.', 'ordinance', ['prescription']]
  ]

  it.each(flagged)('flags %s', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, expected]])
  })

  const clean = [
    'Actually, the suspect is in custody.',
    'The actual cost was higher.',
    'The eventual winner was Spain.',
    'She realized that the search was over.',
    'The nurse assisted him to the door.',
    'A visible manifestation of anger.',
    'The political formation of young people matters.',
    'Geese flew in formation.',
    'Military deception won the battle.',
    'That was a sensible choice.',
    'It is sensible to wait.',
    'An important part of the plan failed.',
    'It is an important means of transport.',
    'Speed control is fitted as standard.',
    'The pilot controlled the plane.',
    'Hundreds attended the green energy summit.',
    'They engaged in negotiations.',
    'She is engaged to a doctor.',
    'The bank’s balance sheet is strong.',
    'They disposed of the waste.',
    'The Paris Commune of 1871 was crushed.',
    'The reforms face close scrutiny of the accounts.',
    'A crime syndicate ran the port.',
    'He is a versatile player.',
    'Ancient Rome had many roads.',
    'The treatment was effective.',
    'He evaded the question.',
    'Tax evasion is a crime.',
    'Follow the instruction on the box.',
    'The economy is in a difficult conjuncture of events.',
    'It was a long journey of discovery.',
    'He felt affronted by the remark.',
    'I assume their actions were legal.',
    'She assumed the role of chair.',
    'Le maire parle aux habitants du quartier.',
    'The car was sensibly priced.',
    'The virus spread globally.',
    'The theory was definitively proved.',
    'Prices rose, with a consequent increase in demand.',
    'Trust is an integral part of the deal.',
    'The two issues are integrally linked.',
    'Curbs were relaxed by the court on appeal, and he felt relaxed.',
    'Urban agglomerations in Asia keep growing.',
    'The assistance of the army was welcome.',
    'The funeral cortege passed silent protesters.',
    'Hope animated the crowd, and the studio animated the series.',
    'Her longtime collaborators wrote the album.',
    'Several factors militate against a deal.',
    'The region was badly affected by the floods.',
    'The sound was muted to a whisper.',
    'The process for fraud claims is slow.',
    'Marine ecologists counted the fish.',
    'Solitary confinement and the confinement of prisoners are harsh.',
    'The investiture of the king took place in June.',
    'Circuit breakers tripped, and the breakers rolled in.',
    'The referee signalled a penalty, and the signal to the pilots was clear.',
    'She verbalized her fears in therapy.',
    'The university convocation was held in June.',
    'The expulsion of the diplomats angered Moscow.',
    'She was auditioned by the director and won the part.',
    'He auditioned by the police band for a place on the trumpet.',
    'The patronal festival of the village falls in May.',
    'The city cannot close the street without an ordinance from the council.'
  ]

  it.each(clean)('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
})
