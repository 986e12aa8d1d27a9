// Types for electronBinary.mjs, so the TypeScript tests can import it.
export declare function findElectronBinary(projectDir: string): string | null
