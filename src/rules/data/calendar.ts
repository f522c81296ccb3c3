/**
 * The English names of the days and months, capitalised as English writes them. Several rules
 * read dates or must not take a date for something else; they share these lists. Source: the
 * Gregorian calendar as English names it.
 */

/** Sunday first: the order of `Date#getUTCDay`. */
export const englishWeekdays: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** January first: the order of `Date#getUTCMonth`. */
export const englishMonths: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'
]
