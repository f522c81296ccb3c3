/**
 * The `yaml` package, required on first use. Most lint runs read only a JSON `.posteditrc` (or
 * none) and no corrections: loading yaml's 60-odd modules up front cost a cold run more than
 * linting a hundred short files. yaml's Node build is CommonJS, so the require is synchronous.
 */
import {createRequire} from 'node:module'

type Yaml = typeof import('yaml')

let loaded: Yaml | undefined

export function yaml(): Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as Yaml
  return loaded
}
