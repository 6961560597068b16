import { useMutation, useQuery } from '@apollo/client/react';
import { Affix, Anchor, Button, Flex, Group, Paper, ScrollArea, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  BoardPageDocument,
  InviteApplicationsToInterviewDocument,
  MoveApplicationsToScreeningDocument,
  RejectApplicationsDocument,
  type AgeBand,
  type ApplicationStatus,
} from '../../../generated/graphql';
import { compareText } from '../../../i18n/turkish-case';
import { PageHeader, QueryError } from '../../../shared/page';
import { NotFoundPage } from '../../shell/status-pages';
import { LANGUAGE_CODES, languageName } from '../labels';
import { ApplicationDrawer } from './application-drawer';
import { moveCardsInCache } from './board-cache';
import { BoardColumn, type ColumnFilters } from './board-column';
import { ClosedColumns } from './closed-columns';
import { RejectDialog } from './reject-dialog';

// Read by codegen, which turns it into the typed documents imported above. One request loads the
// counts and every column (each its first page); the server answers with a fixed number of SQL
// statements however many applications the round has. A connection has no id for the cache to
// find it by, so the columns' fragment is unmasked here and handed down as data.
const _graphql = /* GraphQL */ `
  query BoardPage(
    $roundId: ID!
    $first: Int!
    $areaId: ID
    $districtId: Int
    $ageBand: AgeBand
    $language: String
    $search: String
  ) {
    round: node(id: $roundId) {
      id
      ... on RecruitmentRound {
        title
        areas {
          id
          name
        }
      }
    }
    roundApplicationCounts(roundId: $roundId) {
      status
      count
    }
    districts {
      id
      name
    }
    submitted: roundApplications(roundId: $roundId, status: SUBMITTED, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) {
      ...BoardColumn_connection @unmask
    }
    screening: roundApplications(roundId: $roundId, status: SCREENING, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) {
      ...BoardColumn_connection @unmask
    }
    interviewInvited: roundApplications(roundId: $roundId, status: INTERVIEW_INVITED, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) {
      ...BoardColumn_connection @unmask
    }
    interviewScheduled: roundApplications(roundId: $roundId, status: INTERVIEW_SCHEDULED, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) {
      ...BoardColumn_connection @unmask
    }
    waitlisted: roundApplications(roundId: $roundId, status: WAITLISTED, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) {
      ...BoardColumn_connection @unmask
    }
    accepted: roundApplications(roundId: $roundId, status: ACCEPTED, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) {
      ...BoardColumn_connection @unmask
    }
    inTraining: roundApplications(roundId: $roundId, status: IN_TRAINING, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) {
      ...BoardColumn_connection @unmask
    }
    active: roundApplications(roundId: $roundId, status: ACTIVE, first: $first, areaId: $areaId, districtId: $districtId, ageBand: $ageBand, language: $language, search: $search) {
      ...BoardColumn_connection @unmask
    }
  }

  fragment BoardMoveResult on ApplicationMoveResult {
    moved {
      id
      status
    }
    skipped {
      applicationId
      reason
      status
    }
  }

  mutation MoveApplicationsToScreening($input: BulkApplicationsInput!) {
    moveApplicationsToScreening(input: $input) {
      __typename
      ... on MutationMoveApplicationsToScreeningSuccess {
        data {
          ...BoardMoveResult @unmask
        }
      }
      ... on Error {
        message
      }
    }
  }

  mutation InviteApplicationsToInterview($input: BulkApplicationsInput!) {
    inviteApplicationsToInterview(input: $input) {
      __typename
      ... on MutationInviteApplicationsToInterviewSuccess {
        data {
          ...BoardMoveResult @unmask
        }
      }
      ... on Error {
        message
      }
    }
  }

  mutation RejectApplications($input: RejectApplicationsInput!) {
    rejectApplications(input: $input) {
      __typename
      ... on MutationRejectApplicationsSuccess {
        data {
          ...BoardMoveResult @unmask
        }
      }
      ... on Error {
        message
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`;

const PAGE_SIZE = 20;

/** The columns of the pipeline, in order, with the alias each has in the page's query. */
const COLUMNS = [
  ['SUBMITTED', 'submitted'],
  ['SCREENING', 'screening'],
  ['INTERVIEW_INVITED', 'interviewInvited'],
  ['INTERVIEW_SCHEDULED', 'interviewScheduled'],
  ['WAITLISTED', 'waitlisted'],
  ['ACCEPTED', 'accepted'],
  ['IN_TRAINING', 'inTraining'],
  ['ACTIVE', 'active'],
] as const satisfies ReadonlyArray<readonly [ApplicationStatus, string]>;

const AGE_BANDS = ['AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_PLUS'] as const satisfies readonly AgeBand[];

type MoveResult = {
  moved: ReadonlyArray<{ id: string; status: ApplicationStatus }>;
  skipped: ReadonlyArray<{ applicationId: string; reason: string; status: ApplicationStatus | null }>;
};

export function BoardPage() {
  const { t, i18n } = useTranslation();
  const { id: roundId = '' } = useParams();
  const [areaId, setAreaId] = useState<string | null>(null);
  const [districtId, setDistrictId] = useState<string | null>(null);
  const [ageBand, setAgeBand] = useState<AgeBand | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  /** Selected applications and the column (status) each was selected in. */
  const [selected, setSelected] = useState<ReadonlyMap<string, ApplicationStatus>>(new Map());
  const [opened, setOpened] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [showClosed, setShowClosed] = useState(false);

  const filters: ColumnFilters = {
    roundId,
    first: PAGE_SIZE,
    areaId,
    districtId: districtId ? Number(districtId) : null,
    ageBand,
    language,
    search: debouncedSearch || null,
  };
  const { data, previousData, error, refetch, loading } = useQuery(BoardPageDocument, { variables: filters });
  const shown = data ?? previousData;

  const [toScreening, screeningState] = useMutation(MoveApplicationsToScreeningDocument);
  const [toInterview, interviewState] = useMutation(InviteApplicationsToInterviewDocument);
  const [reject, rejectState] = useMutation(RejectApplicationsDocument);
  const busy = screeningState.loading || interviewState.loading || rejectState.loading;

  if (error && !shown) return <QueryError onRetry={() => void refetch()} />;
  if (!shown) {
    return (
      <Stack aria-busy>
        <Skeleton height={40} width="50%" />
        <Group align="flex-start" wrap="nowrap">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} height={320} width={280} radius="md" />
          ))}
        </Group>
      </Stack>
    );
  }
  const round = shown.round?.__typename === 'RecruitmentRound' ? shown.round : null;
  if (!round) return <NotFoundPage />;

  const select = (status: ApplicationStatus) => (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const id of ids) {
        if (on) next.set(id, status);
        else next.delete(id);
      }
      return next;
    });

  /** Applies a bulk result: the cache moves the cards, the coordinator is told what was skipped. */
  const finish = (result: MoveResult | null, failure: string | null) => {
    if (failure || !result) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: failure ?? t('common.networkError') });
      return;
    }
    const skippedByStatus = new Map<string, number>();
    for (const skip of result.skipped) {
      const key = skip.status ? t(`volunteering.applicationStatus.${skip.status}`) : t('volunteering.board.notFound');
      skippedByStatus.set(key, (skippedByStatus.get(key) ?? 0) + 1);
    }
    notifications.show({
      color: result.skipped.length ? 'yellow' : 'green',
      title: t('volunteering.board.movedCount', { count: result.moved.length }),
      message: result.skipped.length
        ? t('volunteering.board.skippedSummary', {
            count: result.skipped.length,
            reasons: [...skippedByStatus].map(([status, count]) => `${status}: ${count}`).join(', '),
          })
        : t('volunteering.board.noneSkipped'),
    });
    setSelected(new Map());
  };

  const moves = (result: MoveResult) =>
    result.moved.map((move) => ({ id: move.id, from: selected.get(move.id) ?? move.status, to: move.status }));

  const runBulk = async (action: 'screening' | 'interview') => {
    const input = { applicationIds: [...selected.keys()] };
    try {
      if (action === 'screening') {
        const { data: answer } = await toScreening({
          variables: { input },
          update: (cache, { data: result }) => {
            const payload = result?.moveApplicationsToScreening;
            if (payload?.__typename === 'MutationMoveApplicationsToScreeningSuccess') moveCardsInCache(cache, roundId, moves(payload.data));
          },
        });
        const payload = answer?.moveApplicationsToScreening;
        finish(payload?.__typename === 'MutationMoveApplicationsToScreeningSuccess' ? payload.data : null, payload && 'message' in payload ? payload.message : null);
      } else {
        const { data: answer } = await toInterview({
          variables: { input },
          update: (cache, { data: result }) => {
            const payload = result?.inviteApplicationsToInterview;
            if (payload?.__typename === 'MutationInviteApplicationsToInterviewSuccess') moveCardsInCache(cache, roundId, moves(payload.data));
          },
        });
        const payload = answer?.inviteApplicationsToInterview;
        finish(payload?.__typename === 'MutationInviteApplicationsToInterviewSuccess' ? payload.data : null, payload && 'message' in payload ? payload.message : null);
      }
    } catch {
      finish(null, null);
    }
  };

  const runReject = async (message: { tr: string; en: string }): Promise<string | null> => {
    try {
      const { data: answer } = await reject({
        variables: { input: { applicationIds: [...selected.keys()], message: message.tr, messageEn: message.en } },
        update: (cache, { data: result }) => {
          const payload = result?.rejectApplications;
          if (payload?.__typename === 'MutationRejectApplicationsSuccess') moveCardsInCache(cache, roundId, moves(payload.data));
        },
      });
      const payload = answer?.rejectApplications;
      if (!payload) return t('common.networkError');
      if (payload.__typename !== 'MutationRejectApplicationsSuccess') {
        return payload.issues.map((issue) => issue.message).join(' ') || payload.message;
      }
      finish(payload.data, null);
      setRejecting(false);
      return null;
    } catch {
      return t('common.networkError');
    }
  };

  const selectedIds = new Set(selected.keys());
  const totals = new Map(shown.roundApplicationCounts.map((entry) => [entry.status, entry.count]));
  const submittedTotal = [...totals].filter(([status]) => status !== 'DRAFT').reduce((sum, [, count]) => sum + count, 0);
  const filtered = Boolean(areaId || districtId || ageBand || language || debouncedSearch);
  const districts = [...shown.districts].sort((a, b) => compareText(i18n.language)(a.name, b.name));

  return (
    <Stack pb={selected.size ? 96 : 0}>
      <PageHeader
        title={t('volunteering.board.title', { round: round.title })}
        lead={t('volunteering.board.lead', { count: submittedTotal, drafts: totals.get('DRAFT') ?? 0 })}
        actions={
          <Anchor component={Link} to="/coordination/rounds">
            {t('volunteering.board.backToRounds')}
          </Anchor>
        }
      />
      <Paper withBorder p="sm" radius="md" component="section" aria-label={t('volunteering.board.filters')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="search"
            label={t('volunteering.board.search')}
            description={t('volunteering.board.searchHelp')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', sm: 240 }}
          />
          <Select
            label={t('volunteering.board.area')}
            placeholder={t('volunteering.board.all')}
            data={round.areas.map((area) => ({ value: area.id, label: area.name }))}
            value={areaId}
            onChange={setAreaId}
            clearable
            w={{ base: '100%', sm: 180 }}
          />
          <Select
            label={t('volunteering.board.district')}
            placeholder={t('volunteering.board.all')}
            data={districts.map((district) => ({ value: String(district.id), label: district.name }))}
            value={districtId}
            onChange={setDistrictId}
            searchable
            clearable
            w={{ base: '100%', sm: 180 }}
          />
          <Select
            label={t('volunteering.board.ageBand')}
            placeholder={t('volunteering.board.all')}
            data={AGE_BANDS.map((band) => ({ value: band, label: t(`volunteering.ageBand.${band}`) }))}
            value={ageBand}
            onChange={(value) => setAgeBand(AGE_BANDS.find((band) => band === value) ?? null)}
            clearable
            w={{ base: '100%', sm: 140 }}
          />
          <Select
            label={t('volunteering.board.language')}
            placeholder={t('volunteering.board.all')}
            data={LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
            value={language}
            onChange={setLanguage}
            searchable
            clearable
            w={{ base: '100%', sm: 160 }}
          />
        </Group>
      </Paper>
      <Text size="sm" c="dimmed" role="status" aria-live="polite" aria-busy={loading}>
        {filtered ? t('volunteering.board.filteredNote') : t('volunteering.board.allNote')}
      </Text>
      <ScrollArea type="auto" offsetScrollbars>
        <Flex
          direction={{ base: 'column', sm: 'row' }}
          align={{ base: 'stretch', sm: 'flex-start' }}
          gap="sm"
          wrap="nowrap"
          style={{ opacity: loading && !data ? 0.6 : 1 }}
        >
          {COLUMNS.map(([status, alias]) => (
            <BoardColumn
              key={status}
              status={status}
              connection={shown[alias]}
              filters={filters}
              selected={selectedIds}
              onSelect={select(status)}
              onOpen={setOpened}
            />
          ))}
          {showClosed ? <ClosedColumns filters={filters} selected={selectedIds} onSelect={select} onOpen={setOpened} /> : null}
        </Flex>
      </ScrollArea>
      <Group>
        <Button variant="subtle" size="xs" onClick={() => setShowClosed((shown) => !shown)} aria-expanded={showClosed}>
          {showClosed
            ? t('volunteering.board.hideClosed')
            : t('volunteering.board.showClosed', { rejected: totals.get('REJECTED') ?? 0, withdrawn: totals.get('WITHDRAWN') ?? 0 })}
        </Button>
      </Group>

      {selected.size ? (
        <Affix position={{ bottom: 16, left: 16, right: 16 }}>
          <Paper shadow="md" withBorder p="sm" radius="md" component="section" aria-label={t('volunteering.board.bulkLabel')}>
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text fw={600} role="status">
                {t('volunteering.board.selected', { count: selected.size })}
              </Text>
              <Group gap="xs" wrap="wrap">
                <Button size="sm" onClick={() => void runBulk('screening')} loading={screeningState.loading} disabled={busy}>
                  {t('volunteering.board.toScreening')}
                </Button>
                <Button size="sm" onClick={() => void runBulk('interview')} loading={interviewState.loading} disabled={busy}>
                  {t('volunteering.board.toInterview')}
                </Button>
                <Button size="sm" color="red" variant="light" onClick={() => setRejecting(true)} disabled={busy}>
                  {t('volunteering.board.reject')}
                </Button>
                <Button size="sm" variant="default" onClick={() => setSelected(new Map())} disabled={busy}>
                  {t('volunteering.board.clearSelection')}
                </Button>
              </Group>
            </Group>
          </Paper>
        </Affix>
      ) : null}

      <RejectDialog opened={rejecting} count={selected.size} onClose={() => setRejecting(false)} onReject={runReject} loading={rejectState.loading} />
      <ApplicationDrawer applicationId={opened} onClose={() => setOpened(null)} />
    </Stack>
  );
}
