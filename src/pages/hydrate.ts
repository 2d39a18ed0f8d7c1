/**
 * The module of the prerendered pages (dist/assets/hydrate.js): the elements
 * of src/index.ts, hydrating the declarative shadow roots the build wrote
 * (scripts/prerender.ts): the server's nodes are kept and gain their
 * listeners. Its css`` templates are empty (vite.config.ts): those shadow
 * roots hold their styles, and Lit adopts none when it hydrates. The hydration
 * support comes first: LitElement reads it when it is defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../index.ts';
