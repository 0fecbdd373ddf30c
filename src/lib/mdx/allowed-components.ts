/**
 * The only components staff may use in MDX. Anything else, including raw HTML, is
 * rejected by the checker: MDX is code, and staff content must not run code.
 */
export const ALLOWED_COMPONENTS = {
  /** <Term>基本支出</Term>: links a term to its 名词解释 entry. Text child only, no attributes. */
  Term: { attributes: [] as string[] },
} as const;
export type AllowedComponent = keyof typeof ALLOWED_COMPONENTS;

/** URL schemes a link may use; anything else (javascript:, data:, vbscript: …) is refused. */
export const ALLOWED_URL_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
