import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {Finding} from '../../src/lint/postedit.js'
import {createProcessor} from '../../src/lint/processor.js'
import {lintText, ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'weekday-date'

describe('weekday-date', () => {
  it('finds nothing in the seed article: no year is written, so its two "Friday, January 20" are not judged', async () => {
    expect(summary(await ruleFindings(id, readFileSync(seedPath, 'utf8')))).toEqual([])
  })

  it('checks a weekday against a date that carries its year', async () => {
    const text = 'The summit opened on Monday, January 20, 2023 and closed on Sunday 22 January 2023.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([['1:22', 'Monday', ['Friday']]])
    expect(findings[0]!.reason).toBe('Unexpected `Monday`: January 20, 2023 is a Friday, expected `Friday`')
    expect(findings[0]!.category).toBe('Accuracy/Mistranslation')
    expect(findings[0]!.fatal).toBe(false)
  })

  it('reads a date without a year in the year of the latest full date of the text', async () => {
    const text = [
      'Posted March 3, 2024.',
      '',
      'The vote is on Tuesday, March 5, and the count on Monday the 7th of March.',
      '',
      'An earlier ballot ended on Friday, December 29.',
      '',
      'Another was held on Wednesday, March 8, a weekday of 2023 (the year before), so not judged.'
    ].join('\n')
    expect(summary(await ruleFindings(id, text))).toEqual([['3:51', 'Monday', ['Thursday']]])
  })

  it('says nothing without a year, and takes the document date from the rule option', async () => {
    const text = 'Allies gather this Friday, January 20, in Ramstein.'
    expect(summary(await ruleFindings(id, text))).toEqual([])
    const dated = await lintText(text, {rules: {'weekday-date': ['warning', {date: '2024-01-18'}]}})
    expect(summary(dated.filter((f) => f.ruleId === id))).toEqual([['1:20', 'Friday', ['Saturday']]])
    const right = await lintText(text, {rules: {'weekday-date': ['warning', {date: '2023-01-18'}]}})
    expect(right.filter((f) => f.ruleId === id)).toEqual([])
  })

  it('takes the document date the command layer puts on the file before the option', async () => {
    const file = new VFile({path: 'dated.txt', value: 'Allies gather this Friday, January 20, in Ramstein.', data: {documentDate: '2024-01-10'}})
    await createProcessor({rules: {'weekday-date': ['warning', {date: '2023-01-18'}]}}).process(file)
    const findings = (file.messages as Finding[]).filter((f) => f.ruleId === id)
    expect(summary(findings)).toEqual([['1:20', 'Friday', ['Saturday']]])
    expect(findings[0]!.reason).toBe('Unexpected `Friday`: January 20, 2024 is a Saturday, expected `Saturday`')
  })

  it('ignores dates that do not exist and weekdays not followed by a date', async () => {
    const text = 'On Monday, February 30, 2023 nothing happened. Friday 13 people came, in 2023.'
    expect(summary(await ruleFindings(id, text))).toEqual([])
  })
})
