/**
 * Intl formatters made once per locale and options, then reused. Building one resolves the
 * locale through ICU, which costs a third of a millisecond: the home screen's fifty workshops
 * and the report's hundreds of numbers would otherwise spend tens of milliseconds on it.
 * Formatters hold no state between calls, so sharing them changes no output.
 */

function cachedBy<Options, Formatter>(
  make: (locale: string, options: Options) => Formatter,
): (locale: string, options: Options) => Formatter {
  const made = new Map<string, Formatter>()
  return (locale, options) => {
    const key = `${locale} ${JSON.stringify(options)}`
    let formatter = made.get(key)
    if (formatter === undefined) {
      formatter = make(locale, options)
      made.set(key, formatter)
    }
    return formatter
  }
}

export const dateTimeFormat = cachedBy(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
)

export const relativeTimeFormat = cachedBy(
  (locale, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options),
)

export const numberFormat = cachedBy(
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
)

export const listFormat = cachedBy(
  (locale, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options),
)
