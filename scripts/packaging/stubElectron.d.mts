// Types for stubElectron.mjs, so the TypeScript tests can import it.
export declare const FUSE_SENTINEL: string
export declare const FUSE_WIRE_VERSION: number
export declare const FUSE_NAMES: readonly string[]
export declare const RELEASE_FUSES: string
export declare function stubElectronProgram(fuses?: string): Buffer
export declare function stubElectronRelease(version: string): Promise<string>
