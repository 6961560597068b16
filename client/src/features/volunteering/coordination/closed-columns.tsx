import { useQuery } from '@apollo/client/react';
import { Skeleton } from '@mantine/core';
import { BoardClosedColumnsDocument, type ApplicationStatus } from '../../../generated/graphql';
import { QueryError } from '../../../shared/page';
import { BoardColumn, type ColumnFilters } from './board-column';

// Read by codegen, which turns it into the typed documents imported above. Asked for only when the
// coordinator opens them, so the board's own request stays within the server's breadth limit.
const _graphql = /* GraphQL */ `
  query BoardClosedColumns(
    $roundId: ID!
    $first: Int!
    $areaId: ID
    $districtId: Int
    $ageBand: AgeBand
    $language: String
    $search: String
  ) {
    rejected: roundApplications(roundId: $roundId, status: REJECTED, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) {
      ...BoardColumn_connection @unmask
    }
    withdrawn: roundApplications(roundId: $roundId, status: WITHDRAWN, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) {
      ...BoardColumn_connection @unmask
    }
  }
`;

const CLOSED = [
  ['REJECTED', 'rejected'],
  ['WITHDRAWN', 'withdrawn'],
] as const satisfies ReadonlyArray<readonly [ApplicationStatus, string]>;

/** The columns of applications that left the pipeline (rejected, withdrawn). */
export function ClosedColumns({
  filters,
  selected,
  onSelect,
  onOpen,
}: {
  filters: ColumnFilters;
  selected: ReadonlySet<string>;
  onSelect: (status: ApplicationStatus) => (ids: string[], on: boolean) => void;
  onOpen: (id: string) => void;
}) {
  const { data, previousData, error, refetch } = useQuery(BoardClosedColumnsDocument, { variables: filters });
  const shown = data ?? previousData;
  if (error && !shown) return <QueryError onRetry={() => void refetch()} />;
  if (!shown) return <Skeleton height={320} width={280} radius="md" />;
  return (
    <>
      {CLOSED.map(([status, alias]) => (
        <BoardColumn
          key={status}
          status={status}
          connection={shown[alias]}
          filters={filters}
          selected={selected}
          onSelect={onSelect(status)}
          onOpen={onOpen}
        />
      ))}
    </>
  );
}
