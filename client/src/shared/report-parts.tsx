// The building blocks of report pages: a chart in a card (hidden from screen readers, who read the
// same figures in the tables) and a table of counts.
import { Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/** A chart under its heading; `note` tells sighted readers the figures are also in a table. */
export function ChartCard({ id, title, note, children }: { id: string; title: string; note: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`${id}-heading`}>
      <Title order={2} size="h4" id={`${id}-heading`} mb="sm">
        {title}
      </Title>
      {/* The same figures are in the tables below, which screen readers read instead. */}
      <div aria-hidden inert>
        {children}
      </div>
      <Text size="xs" c="dimmed" mt="xs">
        {note}
      </Text>
    </Paper>
  );
}

/** Rows of [key, name, count] under a caption, with the name and count columns headed. */
export function CountTable({ caption, head, countLabel, rows }: { caption: string; head: string; countLabel: string; rows: [string, string, number][] }) {
  return <CountsTable caption={caption} head={head} countLabels={[countLabel]} rows={rows.map(([key, name, count]) => [key, name, [count]])} />;
}

/** Rows of [key, name, counts] under a caption: a name column and one column per count label. */
export function CountsTable({ caption, head, countLabels, rows }: { caption: string; head: string; countLabels: readonly string[]; rows: [string, string, readonly number[]][] }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {caption}
      </Title>
      <Table striped>
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{head}</Table.Th>
            {countLabels.map((label) => (
              <Table.Th scope="col" key={label}>
                {label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([key, name, counts]) => (
            <Table.Tr key={key}>
              <Table.Th scope="row">{name}</Table.Th>
              {counts.map((count, index) => (
                <Table.Td key={countLabels[index] ?? index}>{count}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
