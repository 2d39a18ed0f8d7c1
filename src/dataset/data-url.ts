/**
 * The URL of the embedded dataset as a downloadable file ("Get the data"),
 * resolved against this module's own URL so it works from any CDN path.
 * vite.config.ts defines the relative path for each build.
 */
import { isServer } from 'lit';

declare const __NSO_DATA_PATH__: string;

/** On the server, relative to the prerendered page, which sits beside dist/data/ (the module's own URL is a file). */
export const EMBEDDED_DATA_URL = isServer ? __NSO_DATA_PATH__ : new URL(__NSO_DATA_PATH__, import.meta.url).href;
