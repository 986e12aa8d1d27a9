/**
 * Who the app is to the operating system. The id must equal `appId` in the installer
 * configuration (a test holds them together): Windows files recent documents and the taskbar
 * under it, and changing it would split an installed app from its own shortcuts.
 */
export const APP_ID = 'app.vantage.desktop'
export const PRODUCT_NAME = 'Vantage'
