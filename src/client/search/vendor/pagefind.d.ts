/**
 * Pagefind's engine (pagefind.js beside this file, written by scripts/vendor-pagefind.ts
 * from the installed Pagefind, unchanged): the one call the search worker makes.
 */
export function createInstance(options: { basePath: string; baseUrl?: string; noWorker?: boolean }): unknown;
