import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot} from './helpers.js'

/**
 * Layers point one way: commands → check, corrections, lint → rules. Each folder of src/ may
 * import only the folders listed here (and itself); the shared problem model (problems/) and
 * the file helpers (fs/) sit below check/ and report/ so those two never import each other.
 */
const allowed: Record<string, readonly string[]> = {
  rules: [],
  fs: [],
  problems: ['lint', 'rules'],
  lint: ['rules', 'fs', 'problems', 'io', 'package-version'],
  corrections: ['fs', 'problems', 'lint', 'io'],
  check: ['corrections', 'lint', 'fs', 'problems', 'rules', 'io'],
  report: ['corrections', 'lint', 'fs', 'problems', 'rules', 'io'],
  commands: ['check', 'corrections', 'lint', 'report', 'fs', 'problems', 'rules', 'io', 'package-version']
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.ts')).map((name) => path.join(dir, name))
}

/** The src/ folder (or top-level module) each relative import of `file` lands in. */
function importedLayers(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const layers: string[] = []
  for (const match of text.matchAll(/^(?:import|export)\b[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
    const target = path.relative(path.join(repoRoot, 'src'), path.resolve(path.dirname(file), match[1]!))
    layers.push(target.split(path.sep)[0]!.replace(/\.js$/, ''))
  }
  return layers
}

describe('import direction in src/', () => {
  const src = path.join(repoRoot, 'src')
  for (const [layer, may] of Object.entries(allowed)) {
    it(`${layer}/ imports only ${may.length > 0 ? may.join(', ') : 'itself'}`, () => {
      const wrong: string[] = []
      for (const file of sourceFiles(path.join(src, layer)).filter((name) => !name.includes(`${path.sep}node_modules${path.sep}`))) {
        for (const target of importedLayers(file)) {
          if (target !== layer && !may.includes(target)) wrong.push(`${path.relative(src, file)} → ${target}`)
        }
      }
      expect(wrong).toEqual([])
    })
  }

  it('the scan sees imports (so the checks above can fail)', () => {
    expect(importedLayers(path.join(src, 'commands/apply.ts'))).toEqual(expect.arrayContaining(['corrections', 'fs', 'io']))
    expect(importedLayers(path.join(src, 'check/problems.ts'))).toEqual(['problems'])
  })

  it('no command imports another command: they share lower-layer functions', () => {
    const wrong = sourceFiles(path.join(src, 'commands')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+'\.\/([^']+)'/g)].map((match) => `${path.basename(file)} → ${match[1]}`)
    )
    expect(wrong).toEqual([])
  })
})
