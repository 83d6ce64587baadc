import type { ReactNode } from 'react';
import { Table, type TableProps } from '@mantine/core';

interface Props {
  /** Column headings, in order. */
  columns: string[];
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The table's accessible name, when no heading names it. */
  label?: string;
  verticalSpacing?: TableProps['verticalSpacing'];
  /** The body rows. */
  children: ReactNode;
}

/** A striped admin table with a heading row, scrolling sideways on narrow screens. */
export function AdminTable({ columns, minWidth, label, verticalSpacing, children }: Props) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped verticalSpacing={verticalSpacing} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
