/**
 * Command-line options `npm run new` and `npm run import` share: which disclosure to
 * create, and the facts of a new department. One declaration, so the two commands accept
 * the same flags with the same meaning.
 */
export const DISCLOSURE_OPTIONS = {
  content: { type: 'string', default: process.env.MINGZHANG_CONTENT ?? 'content' },
  department: { type: 'string' },
  year: { type: 'string' },
  kind: { type: 'string' },
  'new-department': { type: 'boolean', default: false },
  name: { type: 'string' },
  'short-name': { type: 'string' },
  level: { type: 'string' },
  province: { type: 'string' },
  city: { type: 'string' },
  county: { type: 'string' },
} as const;
