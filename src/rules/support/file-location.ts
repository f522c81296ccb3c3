import {location} from 'vfile-location'
import type {VFile} from 'vfile'

type Location = ReturnType<typeof location>

const cache = new WeakMap<VFile, Location>()

/**
 * The line index of a file, built once and shared by every rule: building it costs a pass
 * over the whole text, and several rules turn text offsets into points on the same file.
 * A file's value does not change while it is being linted.
 */
export function fileLocation(file: VFile): Location {
  let place = cache.get(file)
  if (!place) {
    place = location(file)
    cache.set(file, place)
  }
  return place
}
