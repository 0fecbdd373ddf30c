/**
 * Where content lives. Tests, fixtures and the benchmark point MINGZHANG_CONTENT at
 * another folder; everything else uses ./content.
 */
export const CONTENT_DIR = process.env.MINGZHANG_CONTENT ?? 'content';
