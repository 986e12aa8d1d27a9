/** English text of the compare tab's disagreement view. */
export const disagreement = {}
