/**
 * Pagefind's engine (pagefind.js beside this file, written by scripts/vendor-pagefind.ts
 * from the installed Pagefind, with its ENGINE_PATCHES): the one call the search worker makes.
 */
export function createInstance(options: { basePath: string; baseUrl?: string; noWorker?: boolean }): unknown;
