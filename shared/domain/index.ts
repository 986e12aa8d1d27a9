/** The domain model: everything the app knows about a workshop, free of any platform. */
export * from './lens'
export * from './template'
export * from './participant'
export * from './rating'
export * from './card'
export * from './bet'
export * from './workshop'
