/**
 * English text of the app. Every word a facilitator reads lives in a locale file like this one,
 * so a translation never touches a component. It is kept in two parts, so that the first screen
 * loads only its own words: enAtStart.ts (the first screens) and enLater.ts (every other screen).
 * Whole, it is the text every translation mirrors and the keys the code is typed against.
 */
import { enAtStart } from './enAtStart'
import { enLater } from './enLater'

// Where both parts have a group (facilitate, commit, report, prepare), the later part's is whole.
export const en = { ...enAtStart, ...enLater }

export type Resources = typeof en
