import {describe, expect, it} from 'vitest'
import {countWords, scoreOf, scoreText} from '../../src/lint/score.js'
import {runCli, scratchDir} from '../helpers.js'

const doubled = 'It is used to combat combat aircraft.\n'

describe('scoreOf', () => {
  it('counts whitespace-separated tokens as words', () => {
    expect(countWords("  Don't  count 9.87 twice,\n\tplease. ")).toBe(5)
    expect(countWords('')).toBe(0)
  })

  it('splits words at every space JavaScript knows, and at nothing else', () => {
    // Every code unit up to U+3001 and the byte-order mark, each between two letters: the count
    // must be what the whitespace pattern gives.
    for (let code = 0; code <= 0x3001; code++) {
      const text = `a${String.fromCharCode(code)}b`
      expect([code, countWords(text)]).toEqual([code, text.match(/\S+/gu)!.length])
    }
    expect(countWords('a\ufeffb')).toBe(2)
    expect(countWords('a\u0085b')).toBe(1)
  })

  it('weighs error as major (5), warning as minor (1), info as neutral (0), per 1,000 words', () => {
    const text = 'word '.repeat(300)
    expect(scoreOf(['error', 'warning', 'warning', 'info'], countWords(text))).toEqual({
      words: 300,
      findings: {neutral: 1, minor: 2, major: 1, critical: 0},
      points: 7,
      perThousandWords: 23.33
    })
  })

  it('takes weights and the severity mapping from settings', () => {
    const score = scoreOf(['error', 'info'], countWords('one two three four'), {weights: {critical: 25}, severities: {error: 'critical', info: 'minor'}})
    expect(score).toEqual({words: 4, findings: {neutral: 0, minor: 1, major: 0, critical: 1}, points: 26, perThousandWords: 6500})
  })

  it('a text without words scores 0', () => {
    expect(scoreOf([], countWords('')).perThousandWords).toBe(0)
  })

  it('reads as one phrase', () => {
    expect(scoreText(scoreOf(['warning'], countWords('word '.repeat(1234))))).toBe('MQM penalty 0.81 per 1,000 words (1 point, 1,234 words)')
  })
})

describe('score settings in .posteditrc', () => {
  it('change the score in lint --format json', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled, '.posteditrc': '{"score": {"weights": {"major": 2}}}\n'})
    const [file] = JSON.parse((await runCli(['lint', '--format', 'json'], cwd)).stdout)
    expect(file.score).toEqual({words: 7, findings: {neutral: 0, minor: 0, major: 1, critical: 0}, points: 2, perThousandWords: 285.71})
  })

  it('a bad weight: exit 2 naming the key, its line and column', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled, '.posteditrc': '{\n  "score": {\n    "weights": {"minor": 1, "major": -5}\n  }\n}\n'})
    expect(await runCli(['lint'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:3:29: invalid configuration: `score.weights.major` must be a number of penalty points from 0 to 1,000, not -5\n'
    })
    // 1e308 made every penalty Infinity (null in JSON); 1e400 was quoted as "null".
    for (const [weight, quoted] of [['1e308', '1e+308'], ['1e400', 'Infinity']]) {
      const huge = scratchDir({'source-text/a.txt': doubled, '.posteditrc': `{"score": {"weights": {"major": ${weight}}}}\n`})
      expect((await runCli(['lint'], huge)).stderr).toBe(
        `postedit: .posteditrc:1:24: invalid configuration: \`score.weights.major\` must be a number of penalty points from 0 to 1,000, not ${quoted}\n`
      )
    }
  })

  it('an unknown MQM severity or field: exit 2 naming it', async () => {
    const severity = scratchDir({'source-text/a.txt': doubled, '.posteditrc.yml': 'score:\n  weights:\n    blocker: 30\n'})
    expect((await runCli(['lint'], severity)).stderr).toBe(
      'postedit: .posteditrc.yml:3:5: invalid configuration: unknown MQM severity `blocker` in `score.weights`, expected `neutral`, `minor`, `major`, `critical`\n'
    )
    const mapping = scratchDir({'source-text/a.txt': doubled, '.posteditrc': '{"score": {"severities": {"error": "fatal"}}}'})
    expect((await runCli(['check'], mapping)).stderr).toBe(
      'postedit: .posteditrc:1:27: invalid configuration: `score.severities.error` must be "neutral", "minor", "major", "critical", not "fatal"\n'
    )
    const field = scratchDir({'source-text/a.txt': doubled, '.posteditrc': '{"score": {"weight": {}}}'})
    expect(await runCli(['lint'], field)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:1:12: invalid configuration: unknown field `weight` in `score`, expected `weights` or `severities`\n'
    })
  })
})

describe('check --max-penalty', () => {
  const clean = 'A clean sentence with seven words here.\n'

  it('fails a document whose penalty per 1,000 words is above it, with a max-penalty problem', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled, 'source-text/b.txt': clean, '.posteditrc': '{"rules": {"repeated-word": "warning"}}'})
    // 1 minor point over 7 words: 142.86 per 1,000. A warning alone does not fail check.
    expect((await runCli(['check', '--max-penalty', '150'], cwd)).code).toBe(0)
    expect(await runCli(['check', '--max-penalty', '100'], cwd)).toEqual({
      code: 1,
      stdout:
        'source-text/a.txt\n' +
        '  source-text/a.txt  error  MQM penalty 142.86 per 1,000 words is above --max-penalty 100; resolve findings or correct the text  [postedit/max-penalty]\n' +
        '  source-text/a.txt:1:15  warning  Unexpected repeated `combat`, remove one occurrence  [repeated-word]\n' +
        '  MQM penalty 142.86 per 1,000 words (1 point, 7 words)\n\n' +
        'source-text/b.txt\n  ok\n  MQM penalty 0.00 per 1,000 words (0 points, 7 words)\n\n' +
        'check: 2 documents, 1 failed: 1 unresolved finding, 1 document above --max-penalty\n',
      stderr: ''
    })
    const json = JSON.parse((await runCli(['check', '--format', 'json', '--max-penalty', '100'], cwd)).stdout)
    expect(json.ok).toBe(false)
    expect(json.documents[0].problems[0]).toEqual({
      kind: 'max-penalty',
      severity: 'error',
      message: 'MQM penalty 142.86 per 1,000 words is above --max-penalty 100; resolve findings or correct the text',
      path: 'source-text/a.txt',
      ruleId: 'postedit/max-penalty'
    })
    expect(json.summary.kinds['max-penalty']).toBe(1)
    expect(await runCli(['check', '--format', 'github', '--max-penalty', '100', 'source-text/a.txt'], cwd)).toEqual({
      code: 1,
      stdout:
        '::error file=source-text/a.txt,title=postedit/max-penalty::MQM penalty 142.86 per 1,000 words is above --max-penalty 100; resolve findings or correct the text\n' +
        '::warning file=source-text/a.txt,line=1,col=15,endLine=1,endColumn=28,title=repeated-word::Unexpected repeated `combat`, remove one occurrence\n',
      stderr: ''
    })
  })

  it('0 fails any penalty; a value that is not a number is a usage error', async () => {
    const cwd = scratchDir({'source-text/b.txt': clean})
    expect((await runCli(['check', '--max-penalty', '0'], cwd)).code).toBe(0)
    expect(await runCli(['check', '--max-penalty', 'lots'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: --max-penalty must be a number of penalty points per 1,000 words, 0 or more, not `lots`\n'
    })
  })
})
