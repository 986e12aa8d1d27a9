/** English text of the compare tab's maps view. */
export const maps = {}
