"use client";

import { type ReactNode, useState } from "react";
import { useNarrowScreen } from "./use-narrow-screen";

export type Column<T> = { key: string; header: string; render: (row: T) => ReactNode; className?: string };

type Props<T> = {
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string | number;
  rowClassName?: (row: T) => string;
  rowHeight?: number;
  height?: number;
};

const OVERSCAN = 8;
/** On a phone each row is a card: half-width cells two to a line, title and status cells a line each. */
const CARD_LINE = 62; // a cell's label over a 44 px touch target
const CARD_EXTRA = 44;
const isFullWidth = (column: { className?: string }) => /\b(title|status)\b/.test(column.className ?? "");

/**
 * A table that renders only the rows in view, so a 10,000-row plan scrolls smoothly. Screen
 * readers still hear the full size through aria-rowcount and each row's aria-rowindex.
 */
export function VirtualTable<T>({
  caption,
  rows,
  columns,
  rowKey,
  rowClassName,
  rowHeight: tableRowHeight = 52,
  height: tableHeight = 480,
}: Props<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const asCards = useNarrowScreen();
  const fullWidth = columns.filter(isFullWidth).length;
  const rowHeight = asCards ? (Math.ceil((columns.length - fullWidth) / 2) + fullWidth) * CARD_LINE + CARD_EXTRA : tableRowHeight;
  const height = asCards ? Math.max(tableHeight, 640) : tableHeight;
  const viewHeight = Math.min(height, rows.length * rowHeight + 48);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN);
  const visible = rows.slice(first, last);

  return (
    <section
      className={asCards ? "table-scroll as-cards" : "table-scroll"}
      style={{ maxHeight: height }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it (WCAG 2.1.1, axe's scrollable-region-focusable)
      tabIndex={0}
      aria-label={caption}
    >
      <table aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row holds the scroll height; it takes no focus and has nothing to read */}
          {first > 0 && <tr aria-hidden="true" style={{ height: first * rowHeight }} />}
          {visible.map((row, offset) => (
            <tr key={rowKey(row)} aria-rowindex={first + offset + 2} style={{ height: rowHeight }} className={rowClassName?.(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.className} data-label={column.header}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: as above, the spacer row below the rows in view */}
          {last < rows.length && <tr aria-hidden="true" style={{ height: (rows.length - last) * rowHeight }} />}
        </tbody>
      </table>
    </section>
  );
}
