/** English text of the compare tab's radar view. */
export const radar = {}
