/** Dates as the source states them, at their own precision, written the Chinese way. */
import { PARTIAL_DATE_PATTERN } from '../../schemas/primitives.ts';

/** "2021" → "2021年", "2021-09" → "2021年9月", "2021-09-30" → "2021年9月30日"; anything else unchanged. */
export function formatPartialDate(date: string): string {
  if (!PARTIAL_DATE_PATTERN.test(date)) return date;
  const [year, month, day] = date.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}
