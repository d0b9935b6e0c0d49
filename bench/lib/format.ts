/** Number and table formatting shared by the benchmark and the evaluation. */

/** A markdown table; every row must have as many cells as `header`. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const separator = header.map((_, index) => ((align?.[index] ?? (index === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'))
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(header), line(separator), ...rows.map(line)].join('\n')
}

/** Three significant figures, no exponent for everyday magnitudes: 0.0123, 1.23, 12.3, 1,234. */
export function significant(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value)
  if (value === 0) return '0'
  const magnitude = Math.floor(Math.log10(Math.abs(value)))
  const decimals = Math.max(0, digits - 1 - magnitude)
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: decimals })
}

/** A ratio as "12.3×". */
export function times(ratio: number): string {
  return `${significant(ratio)}×`
}

/** A share as a percentage with enough decimals to show small rates: 0%, 0.012%, 97.4%, 100%. */
export function percent(numerator: number, denominator: number): string {
  if (denominator === 0) return 'n/a'
  const value = (100 * numerator) / denominator
  if (value === 0 || value === 100) return `${value}%`
  if (value < 0.1 || value > 99.9) return `${value.toFixed(3)}%`
  return `${value.toFixed(1)}%`
}

/** Short, single-line error text for a table cell. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  const line = text.split('\n')[0] ?? text
  return line.length > 140 ? `${line.slice(0, 137)}…` : line
}
