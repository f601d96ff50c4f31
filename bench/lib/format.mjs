/** Plain-text tables and number formats for the bench's report. */

/**
 * Renders rows as an aligned text table; the first column is left-aligned, the others right-aligned.
 * @example console.log(table(['target', 'req/s'], [['rung', '9,120']]))
 */
export function table(header, rows, indent = '  ') {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
  const line = (row) =>
    indent +
    row
      .map((cell, column) =>
        column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
      )
      .join('  ')
      .trimEnd();
  return [line(header), indent + widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Milliseconds with 3 decimals ("0.214"), or "n/a". */
export const ms = (value) => (Number.isFinite(value) ? value.toFixed(3) : 'n/a');

/** A signed difference in ms ("+0.214"), or "n/a". */
export const addedMs = (value) => (Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${value.toFixed(3)}` : 'n/a');

/** An integer with thousands separators ("12,345"), or "n/a". */
export const count = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a');

/** A ratio as "6.12×", or "n/a". */
export const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');

/** A ratio as a percentage ("81%"), or "n/a". */
export const percent = (value) => (Number.isFinite(value) ? `${Math.round(value * 100)}%` : 'n/a');

/** One decimal ("61.2"), or "n/a". */
export const oneDecimal = (value) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');

/** Two decimals ("0.42"), or "n/a". */
export const twoDecimals = (value) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');

/** A section heading. */
export const heading = (text) => `\n== ${text} ${'='.repeat(Math.max(0, 100 - text.length))}`;
