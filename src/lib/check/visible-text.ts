/**
 * Text for one line of a report, with every invisible character spelled out: a control
 * character would break the line (a newline from a link's entities), a bidi override would
 * show a file name reversed, a zero-width space would hide why a name is refused.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
