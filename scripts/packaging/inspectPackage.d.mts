// Types for inspectPackage.mjs, so the TypeScript tests can import it.
export declare const EXPECTED: {
  readonly productName: string
  readonly executable: string
  readonly sessionExtension: string
  readonly sessionMimeType: string
  readonly templateExtension: string
  readonly templateMimeType: string
  readonly linuxIconSizes: readonly number[]
  readonly fuses: Readonly<Record<string, boolean>>
}
export declare function asarProblems(listing: readonly string[]): string[]
export declare function linuxProblems(linux: {
  appDir: ReadonlyArray<{ name: string; executable: boolean }>
  iconSizes: readonly number[]
  desktopEntry: string
  mimeInfo: string | null
}): string[]
export declare function fuseProblems(
  wire: { readonly version: string } & { readonly [fuse: number]: number | undefined },
): string[]
