import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Modal, Skeleton, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CouncilCommitteePageDocument, RecordCouncilMemberDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { hasRole, useViewer } from '../shell/viewer';
import { RecordChildForm, type ChildFormValues } from './record-child-form';
import { refusalOf } from './refusal';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilCommitteePage($id: ID!, $search: String, $after: String, $full: Boolean!) {
    node(id: $id) {
      ... on CouncilCommittee {
        id
        name
        description
        viewerRuns
        viewerReadsChildren
        term {
          id
          name
        }
      }
    }
    councilMembers(committeeId: $id, search: $search, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          firstName
          status
          position
          lastName @include(if: $full)
          mediaAllowed @include(if: $full)
        }
      }
    }
    districts @include(if: $full) {
      id
      name
    }
    participation: consentText(purpose: COUNCIL_PARTICIPATION) @include(if: $full) {
      id
      body
    }
    media: consentText(purpose: COUNCIL_MEDIA) @include(if: $full) {
      id
      body
    }
    trips: consentText(purpose: COUNCIL_TRIPS) @include(if: $full) {
      id
      body
    }
    childContact: consentText(purpose: COUNCIL_CHILD_CONTACT) @include(if: $full) {
      id
      body
    }
  }
  mutation RecordCouncilMember($input: RecordCouncilMemberInput!) {
    recordCouncilMember(input: $input) {
      __typename
      ... on MutationRecordCouncilMemberSuccess {
        data {
          id
        }
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

const STATUS_COLOR = { ACTIVE: 'teal', SUSPENDED: 'orange', LEFT: 'gray' } as const;

/** A committee's hub: its roster (first names only for guardians), recording a child, links to meetings and proposals. */
export function CouncilCommitteePage() {
  const { t } = useTranslation();
  const { committeeId = '' } = useParams();
  const { viewer } = useViewer();
  // Those who may read children see full rows; a guardian asks for first names only (anything more is refused).
  const full = hasRole(viewer, 'COORDINATOR') || hasRole(viewer, 'ADMIN') || hasRole(viewer, 'FACILITATOR');
  const [search, setSearch] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const { data, error, refetch } = useQuery(CouncilCommitteePageDocument, { variables: { id: committeeId, search: search || null, after, full }, errorPolicy: 'all' });
  const [record] = useMutation(RecordCouncilMemberDocument, { refetchQueries: ['CouncilCommitteePage'], awaitRefetchQueries: true });
  const committee = data?.node?.__typename === 'CouncilCommittee' ? data.node : null;
  const members = data?.councilMembers;

  if (error && !members) return <QueryError onRetry={() => void refetch()} />;
  if (!committee || !members) return <Skeleton height={320} />;
  const texts = { COUNCIL_PARTICIPATION: data?.participation?.body, COUNCIL_MEDIA: data?.media?.body, COUNCIL_TRIPS: data?.trips?.body, COUNCIL_CHILD_CONTACT: data?.childContact?.body };
  const showFull = committee.viewerReadsChildren;

  async function submit(values: ChildFormValues) {
    const { guardian, ...child } = values;
    const result = (await record({ variables: { input: { ...child, committeeId, guardian: guardian! } } })).data?.recordCouncilMember;
    const refusal = refusalOf(result as Parameters<typeof refusalOf>[0]);
    if (refusal) return refusal;
    setRecording(false);
    notifications.show({ color: 'green', message: t('council.members.recorded') });
    return null;
  }

  return (
    <Stack>
      <PageHeader
        title={committee.name}
        lead={`${committee.term.name} · ${committee.description}`}
        actions={
          committee.viewerRuns ? (
            <Button onClick={() => setRecording(true)}>{t('council.members.recordChild')}</Button>
          ) : null
        }
      />
      <Group gap="md">
        <Anchor component={Link} to={`/council/committees/${encodeURIComponent(committee.id)}/meetings`}>
          {t('council.members.meetingsLink')}
        </Anchor>
        <Anchor component={Link} to={`/council/committees/${encodeURIComponent(committee.id)}/proposals`}>
          {t('council.members.proposalsLink')}
        </Anchor>
      </Group>
      <TextInput
        label={t('council.members.search')}
        description={showFull ? t('council.members.searchHelp') : t('council.members.searchHelpFirstName')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setAfter(null);
        }}
        maw={360}
      />
      {members.edges.length === 0 ? (
        <EmptyMessage title={t('council.members.rosterEmpty')} />
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Caption>{t('council.members.rosterCaption', { count: members.totalCount })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('council.members.name')}</Table.Th>
                <Table.Th>{t('council.members.statusHeader')}</Table.Th>
                <Table.Th>{t('council.members.positionHeader')}</Table.Th>
                {showFull ? <Table.Th>{t('council.members.mediaHeader')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    {showFull ? (
                      <Anchor component={Link} to={`/council/members/${encodeURIComponent(node.id)}`}>
                        {node.firstName} {node.lastName}
                      </Anchor>
                    ) : (
                      node.firstName
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[node.status]} variant="light">
                      {t(`council.members.status.${node.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{node.position ? t(`council.members.positions.${node.position}`) : <VisuallyHidden>{t('council.members.noPosition')}</VisuallyHidden>}</Table.Td>
                  {showFull ? (
                    <Table.Td>
                      {node.mediaAllowed === false ? (
                        <Badge color="red.9" variant="outline">
                          {t('council.members.noPhotos')}
                        </Badge>
                      ) : (
                        <Text size="sm">{t('council.members.photosAllowed')}</Text>
                      )}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        {after ? (
          <Button variant="default" onClick={() => setAfter(null)}>
            {t('council.members.firstPage')}
          </Button>
        ) : null}
        {members.pageInfo.hasNextPage ? (
          <Button variant="default" onClick={() => setAfter(members.pageInfo.endCursor ?? null)}>
            {t('council.members.nextPage')}
          </Button>
        ) : null}
      </Group>
      <Modal opened={recording} onClose={() => setRecording(false)} title={t('council.members.recordChild')} size="xl">
        <RecordChildForm mode="PAPER" districts={data?.districts ?? []} texts={texts} onSubmit={submit} onCancel={() => setRecording(false)} />
      </Modal>
    </Stack>
  );
}
