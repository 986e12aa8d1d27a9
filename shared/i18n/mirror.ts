/**
 * The shape a translation must have, for the renderer's locales and main's own words alike: every key of the English text, each one a string, and no
 * key English does not have. French plurals also have a "many" form (a million, a billion):
 * Intl.PluralRules picks it, so a French file without it would fall back to English there.
 */
type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> }

type ManyForms<T> = {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_many` : never]: string
}

type LeavesWithMany<T> = {
  [K in keyof T]: T[K] extends string ? string : LeavesWithMany<T[K]>
} & ManyForms<T>

/** A translation into a language whose plurals are "one" and "other", such as German. */
export type Mirror<T> = Leaves<T>

/** A translation into a language with a "many" plural beside "one" and "other", such as French. */
export type MirrorWithMany<T> = LeavesWithMany<T>
