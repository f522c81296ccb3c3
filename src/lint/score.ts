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
  // test() in a loop, not matchAll(): matchAll made a match array for every word of every file
  // (120 MB of garbage on the 5 MB bench corpus); test() only moves lastIndex on. A loop over
  // code units allocates nothing either, but runs interpreted for most of a run's first pass.
  wordPattern.lastIndex = 0
  let count = 0
  while (wordPattern.test(text)) count++
  return count
}

const wordPattern = /\S+/gu

/** The score of a text of `words` words (countWords) with findings of these lint severities. */
export function scoreOf(severities: readonly Severity[], words: number, settings: ScoreSettings = {}): Score {
  const weights = {...DEFAULT_WEIGHTS, ...settings.weights}
  const levels = {...DEFAULT_LEVELS, ...settings.severities}
  const findings: Record<MqmSeverity, number> = {neutral: 0, minor: 0, major: 0, critical: 0}
  for (const severity of severities) findings[levels[severity]]++
  const points = mqmSeverities.reduce((sum, level) => sum + findings[level] * weights[level], 0)
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
