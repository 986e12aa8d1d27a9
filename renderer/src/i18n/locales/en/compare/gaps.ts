/** English text of the compare tab's gaps view. */
export const gaps = {}
