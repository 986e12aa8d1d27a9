/**
 * The limits of a template, in two strengths. TEMPLATE_LIMITS is what any template file or
 * session file may hold: generous, so files written by older versions (one prompt, twelve)
 * still open. EDITOR_RULES is what the template editor asks of the facilitator before a
 * template can be used or shared: the method's own shape (3 to 6 prompts, unique lens names).
 * Everything the editor accepts is also within the file limits.
 */

export const TEMPLATE_LIMITS = {
  idMaxLength: 64,
  nameMaxLength: 120,
  titleMaxLength: 120,
  coreQuestionMaxLength: 300,
  promptMaxLength: 300,
  minPrompts: 1,
  maxPrompts: 12,
  labelMaxLength: 40,
  descriptionMaxLength: 300,
  minLenses: 1,
  maxLenses: 12,
} as const

/** Lowercase letters, digits and dashes: safe in ids built from it (ratings, DOM ids, URLs). */
export const LENS_ID_PATTERN = /^[a-z0-9-]{1,64}$/

export const EDITOR_RULES = {
  ...TEMPLATE_LIMITS,
  minPrompts: 3,
  maxPrompts: 6,
} as const
