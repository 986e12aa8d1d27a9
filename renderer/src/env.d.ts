/// <reference types="vite/client" />
/** Build-time constants injected by vite.renderer.config.ts. */
declare const __APP_VERSION__: string
