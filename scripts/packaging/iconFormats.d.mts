// Types for iconFormats.mjs, so the TypeScript tests can import it.
export declare const LINUX_SIZES: readonly number[]
export declare const ICO_SIZES: readonly number[]
export declare const ICNS_ENTRIES: ReadonlyArray<readonly [string, number]>
export declare function isPng(bytes: Buffer): boolean
export declare function pngSize(bytes: Buffer): { width: number; height: number }
export declare function encodeIco(
  images: ReadonlyArray<{ size: number; png: Buffer; pixels: Buffer }>,
): Buffer
export declare function readIco(
  bytes: Buffer,
): Array<{ listed: number; format: 'png' | 'bmp'; width: number; height: number }>
export declare function encodeIcns(entries: ReadonlyArray<{ type: string; png: Buffer }>): Buffer
export declare function readIcns(
  bytes: Buffer,
): Array<{ type: string; width: number; height: number }>
