import { Alert, Button, Group, Skeleton, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage, QueryError } from './page';

/** What a Relay connection brings: its edges (null until a page arrives), paging and, if asked, the total. */
export type PagedConnection<Row> = {
  edges: ReadonlyArray<{ node: Row } | null>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount?: number;
};

export type Column<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  align?: 'left' | 'right';
};

/** Cells by column, or, for rows that are components reading their own fragment, a whole `<Table.Tr>`. */
type RowRendering<Row> =
  | { columns: ReadonlyArray<Column<Row>>; renderRow?: undefined }
  | { columns: ReadonlyArray<Omit<Column<Row>, 'cell'>>; renderRow: (row: Row) => ReactNode };

export type PagedTableProps<Row extends { id: string }> = RowRendering<Row> & {
  /** Names the table for assistive technology (a caption, visually hidden: the page's title shows it). */
  caption: string;
  /** Undefined until the first page arrives; keep the previous answer while new arguments load. */
  connection: PagedConnection<Row> | undefined;
  /** An answer for new arguments (a search, a filter) is on its way: the rows shown are the previous ones. */
  loading?: boolean;
  /** Shown, with a retry, when there is nothing to show; after that the rows stay. */
  error?: unknown;
  refetch: () => unknown;
  /** Asks for the page after `endCursor` (Apollo's fetchMore); a failure is said under the table. */
  onLoadMore: (endCursor: string | null) => Promise<unknown>;
  /** The total in words ("12 kişi"), for connections that count. */
  totalLabel?: (count: number) => string;
  empty: { title: string; description?: ReactNode };
  /** A search box above the table; the page decides what it searches (and debounces it). */
  search?: { label: string; description?: string; value: string; onChange: (value: string) => void };
  /** Filters beside the search box. */
  filters?: ReactNode;
  /** Below this width the table scrolls sideways rather than squeezing its columns. */
  minWidth?: number;
  striped?: boolean;
  highlightOnHover?: boolean;
};

/**
 * The frame every paged list shares: search and filters, the first load, an error with a retry,
 * the empty state, the table, how many are shown of how many (said aloud as it changes) and the
 * next page.
 */
export function PagedTable<Row extends { id: string }>(props: PagedTableProps<Row>) {
  const { t } = useTranslation();
  const { connection, error, loading = false, empty, search, filters } = props;
  const rows = connection?.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];
  const total = connection?.totalCount;

  const failedFirst = Boolean(error) && !connection;
  // One live region that stays in place, so what a new search found (a count, or nothing) is announced.
  const status = failedFirst ? null : !connection ? (
    <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
  ) : rows.length === 0 ? (
    <EmptyMessage title={empty.title}>{empty.description}</EmptyMessage>
  ) : (
    <Text size="sm" c="dimmed">
      {total !== undefined ? (props.totalLabel?.(total) ?? t('common.totalCount', { count: total })) : t('common.shownCount', { count: rows.length })}
    </Text>
  );

  return (
    <Stack gap="sm">
      {search || filters ? (
        <Group align="flex-end" gap="md" wrap="wrap">
          {search ? (
            <TextInput
              type="search"
              label={search.label}
              description={search.description}
              value={search.value}
              onChange={(event) => search.onChange(event.currentTarget.value)}
              w={{ base: '100%', sm: 320 }}
            />
          ) : null}
          {filters}
        </Group>
      ) : null}
      <div role="status" aria-live="polite">
        {status}
      </div>
      {failedFirst ? (
        <QueryError onRetry={() => void props.refetch()} />
      ) : !connection ? (
        <Stack gap="xs" aria-busy>
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} height={40} />
          ))}
        </Stack>
      ) : rows.length === 0 ? null : (
        <>
          <Table.ScrollContainer minWidth={props.minWidth ?? 560}>
            <Table
              striped={props.striped}
              highlightOnHover={props.highlightOnHover}
              aria-busy={loading}
              style={{ opacity: loading ? 0.6 : 1 }}
            >
              <caption>
                <VisuallyHidden>{props.caption}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  {props.columns.map((column) => (
                    <Table.Th key={column.key} ta={column.align}>
                      {column.header}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) =>
                  props.renderRow ? (
                    <Fragment key={row.id}>{props.renderRow(row)}</Fragment>
                  ) : (
                    <Table.Tr key={row.id}>
                      {props.columns.map((column) => (
                        <Table.Td key={column.key} ta={column.align}>
                          {column.cell(row)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ),
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Footer
            shown={rows.length}
            total={total}
            hasMore={connection.pageInfo.hasNextPage}
            onLoadMore={() => props.onLoadMore(connection.pageInfo.endCursor ?? null)}
          />
        </>
      )}
    </Stack>
  );
}

/** How many are shown of how many (announced as pages arrive), and the next page. */
function Footer({
  shown,
  total,
  hasMore,
  onLoadMore,
}: {
  shown: number;
  total: number | undefined;
  hasMore: boolean;
  onLoadMore: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  async function loadMore() {
    setLoading(true);
    setFailed(false);
    try {
      await onLoadMore();
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  return (
    <Stack gap="xs">
      {failed ? (
        <Alert color="red" role="alert" title={t('common.loadFailed')}>
          {t('common.loadMoreFailed')}
        </Alert>
      ) : null}
      <Group justify="space-between">
        {/* Without a total the status line above already counts what is shown. */}
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {total !== undefined ? t('common.showing', { shown, total }) : null}
        </Text>
        {hasMore ? (
          <Button variant="light" loading={loading} onClick={() => void loadMore()}>
            {t('common.loadMore')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
