/** English text of the compare tab's overTime view. */
export const overTime = {}
