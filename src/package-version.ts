import {readFileSync} from 'node:fs'

/** postedit's version, from its package.json (for `--version` and SARIF's tool driver). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
  return manifest.version
}
