/**
 * The names of a config file, in the order a folder's are tried: the first found wins. A
 * module of its own, so that what only needs the names (the `--output` guard, read by every
 * command's option checks) does not load the settings and, with them, every rule.
 */
export const configNames = ['.posteditrc', '.posteditrc.json', '.posteditrc.yml', '.posteditrc.yaml', 'package.json'] as const
