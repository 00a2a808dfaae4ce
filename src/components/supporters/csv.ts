/**
 * CSV export of the supporter list (RFC 4180): pure functions, so tests
 * check the text exactly; the widget only turns it into a download.
 */
import { countryName } from '../../core/intl.js';
import type { Supporter } from '../../data/types.js';

/**
 * One cell: a leading `=`, `+`, `-`, `@`, tab or CR (a formula to a
 * spreadsheet, OWASP "CSV injection") gets a `'` so a spreadsheet shows it
 * as text; a cell with `"`, `,`, CR or LF is quoted, its quotes doubled.
 */
export function csvCell(value: string | null | undefined): string {
  const s = (value ?? '').replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Records joined by CRLF, each ended by CRLF. */
export function toCsv(rows: readonly (readonly (string | null | undefined)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',') + '\r\n').join('');
}

/** Column names of the export (stable, not translated: for scripts and spreadsheets). */
export const CSV_COLUMNS = ['id', 'name', 'category', 'country', 'country_name', 'date_signed', 'website'] as const;

/**
 * The CSV of `supporters`: header, then one record per supporter in the
 * given order. `country_name` is in `locale`; the other cells are the
 * dataset's values (category key, ISO alpha-2, YYYY-MM-DD, URL).
 */
export function supportersCsv(supporters: readonly Supporter[], locale: string): string {
  return toCsv([
    CSV_COLUMNS,
    ...supporters.map((s) => [
      s.id,
      s.name,
      s.category,
      s.country,
      s.country ? countryName(locale, s.country) : null,
      s.dateSigned,
      s.website,
    ]),
  ]);
}
