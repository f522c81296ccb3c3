/**
 * The test for YAML nested past the parser's stack, for the corrections files too: they may
 * not import rules/, where the termbase reader keeps it.
 */
export {isNestedTooDeep, nestedTooDeep} from '../rules/support/yaml-depth.js'
