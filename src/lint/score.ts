import type {VFile} from 'vfile'
import type {Severity} from '../rules/types.js'

/**
 * An MQM-style quality score: penalty points by severity, per 1,000 words.
 *
 * The weights are the TAUS DQF–MQM harmonised error typology's severity multipliers
 * (neutral 0, minor 1, major 5, critical 10), the ones most MQM tooling defaults to; the
 * MQM 2.0 scoring models (themqm.org, 2024) use critical 25 and Freitag et al. (2021) use
 * 25 for a non-translation, which `.posteditrc` can set. A lint finding's severity stands for
 * an MQM severity: an error for a major one (it misleads or shows the text is machine output),
 * a warning for a minor one, info for a neutral one (a note that costs nothing). Words are
 * whitespace-separated tokens of the text, as translation word counts are, and not
 * retext-english's WordNodes, which split `don't` and `9.87` into several.
 */
export type MqmSeverity = 'neutral' | 'minor' | 'major' | 'critical'

export const mqmSeverities: readonly MqmSeverity[] = ['neutral', 'minor', 'major', 'critical']

export const DEFAULT_WEIGHTS: Readonly<Record<MqmSeverity, number>> = {neutral: 0, minor: 1, major: 5, critical: 10}

export const DEFAULT_LEVELS: Readonly<Record<Severity, MqmSeverity>> = {error: 'major', warning: 'minor', info: 'neutral'}

/** The `score` field of `.posteditrc`. */
export interface ScoreSettings {
  /** Penalty points of each MQM severity. */
  weights?: Partial<Record<MqmSeverity, number>>
  /** The MQM severity each lint severity counts as. */
  severities?: Partial<Record<Severity, MqmSeverity>>
}

export interface Score {
  /** Whitespace-separated tokens of the text. */
  words: number
  /** Findings by the MQM severity they count as. */
  findings: Record<MqmSeverity, number>
  /** The sum of the findings' weights. */
  points: number
  /** points × 1,000 / words, rounded to two decimals (0 for a text without words). */
  perThousandWords: number
}

export function countWords(text: string): number {
  // A loop over code units, not `matchAll(/\S+/g)`: that made a match array for every word,
  // the largest single allocation of a lint run after the parser's own (120 MB on 5 MB).
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const space = isSpace(text.charCodeAt(index))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** Whether a UTF-16 code unit is in JavaScript's `\s` (WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** The score of a text with findings of these lint severities. */
export function scoreOf(severities: readonly Severity[], text: string, settings: ScoreSettings = {}): Score {
  const weights = {...DEFAULT_WEIGHTS, ...settings.weights}
  const levels = {...DEFAULT_LEVELS, ...settings.severities}
  const findings: Record<MqmSeverity, number> = {neutral: 0, minor: 0, major: 0, critical: 0}
  for (const severity of severities) findings[levels[severity]]++
  const points = mqmSeverities.reduce((sum, level) => sum + findings[level] * weights[level], 0)
  const words = countWords(text)
  const perThousandWords = words === 0 ? 0 : Math.round((points * 1000 * 100) / words) / 100
  return {words, findings, points, perThousandWords}
}

const DATA_KEY = 'posteditScore'

/** Keeps the score settings a file was linted with (its nearest config's) on the file. */
export function setScoreSettings(file: VFile, settings: ScoreSettings | undefined): void {
  file.data[DATA_KEY] = settings ?? {}
}

export function scoreSettingsOf(file: VFile): ScoreSettings {
  return (file.data[DATA_KEY] as ScoreSettings | undefined) ?? {}
}

/** `MQM penalty 9.87 per 1,000 words (80 points, 8,105 words)` */
export function scoreText(score: Score): string {
  const number = (value: number) => value.toLocaleString('en-US', {maximumFractionDigits: 2})
  return `MQM penalty ${score.perThousandWords.toFixed(2)} per 1,000 words (${number(score.points)} ${score.points === 1 ? 'point' : 'points'}, ${number(score.words)} ${score.words === 1 ? 'word' : 'words'})`
}
