import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import {attachHidden, hidden} from './hidden-property.js'

type Location = ReturnType<typeof location>

// On the file, not in a WeakMap: see hidden-property.ts.
const locationKey = Symbol('postedit.location')

/**
 * The line index of a file, built once and shared by every rule: building it costs a pass
 * over the whole text, and several rules turn text offsets into points on the same file.
 * A file's value does not change while it is being linted.
 */
export function fileLocation(file: VFile): Location {
  let place = hidden<Location>(file, locationKey)
  if (!place) {
    place = location(file)
    attachHidden(file, locationKey, place)
  }
  return place
}
