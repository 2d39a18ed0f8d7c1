/**
 * The URL of the embedded dataset as a downloadable file ("Get the data"),
 * resolved against this module's own URL so it works from any CDN path.
 * vite.config.ts defines the relative path for each build.
 */
declare const __NSO_DATA_PATH__: string;

export const EMBEDDED_DATA_URL = new URL(__NSO_DATA_PATH__, import.meta.url).href;
