import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, FileInput, Group, List, NumberInput, Select, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  CouncilMemberContactDocument,
  CouncilMemberPageDocument,
  GiveCouncilConsentDocument,
  RecordCouncilElectionDocument,
  WithdrawCouncilConsentDocument,
  type ConsentPurpose,
  type CouncilPosition,
} from '../../generated/graphql';
import { FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { formatDay } from './proposal-format';
import { base64Of, PURPOSES, type Purpose } from './record-child-form';
import { refusalOf } from './refusal';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilMemberPage($id: ID!) {
    node(id: $id) {
      ... on CouncilMember {
        id
        firstName
        lastName
        birthDate
        school
        status
        position
        joinedOn
        leftReason
        mediaAllowed
        standingConsents
        district {
          id
          name
        }
        committee {
          id
          name
          viewerRuns
          viewerReadsChildren
        }
        guardian {
          id
          firstName
          lastName
          relationship
          hasAccount
        }
        consents {
          id
          purpose
          method
          givenOn
          textVersion
          hasScan
          withdrawnAt
        }
        elections {
          id
          position
          votesFor
          votesCast
          heldOn
        }
      }
    }
  }
  query CouncilMemberContact($memberId: ID!) {
    councilMemberContact(memberId: $memberId) {
      __typename
      ... on QueryCouncilMemberContactSuccess {
        data {
          guardianPhone
          guardianEmail
          childEmail
          childPhone
          childContactAllowed
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation GiveCouncilConsent($input: CouncilConsentInput!) {
    giveCouncilConsent(input: $input) {
      __typename
      ... on MutationGiveCouncilConsentSuccess {
        data {
          id
          status
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
  mutation WithdrawCouncilConsent($input: WithdrawCouncilConsentInput!) {
    withdrawCouncilConsent(input: $input) {
      __typename
      ... on MutationWithdrawCouncilConsentSuccess {
        data {
          id
          status
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation RecordCouncilElection($input: RecordCouncilElectionInput!) {
    recordCouncilElection(input: $input) {
      __typename
      ... on MutationRecordCouncilElectionSuccess {
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

const REFRESH = { refetchQueries: ['CouncilMemberPage'], awaitRefetchQueries: true };


/** A child's record: details, consents (give / withdraw), the audited contact, elections. */
export function CouncilMemberPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { memberId = '' } = useParams();
  const { data, error, refetch } = useQuery(CouncilMemberPageDocument, { variables: { id: memberId } });
  const member = data?.node?.__typename === 'CouncilMember' ? data.node : null;

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  if (!member) return <Alert color="gray">{t('council.members.notFound')}</Alert>;

  return (
    <Stack>
      <PageHeader
        title={`${member.firstName} ${member.lastName}`}
        lead={
          <Link to={`/council/committees/${encodeURIComponent(member.committee.id)}`}>{member.committee.name}</Link>
        }
        actions={
          <Group>
            <Badge size="lg" color={member.status === 'ACTIVE' ? 'teal' : member.status === 'SUSPENDED' ? 'orange' : 'gray'}>
              {t(`council.members.status.${member.status}`)}
            </Badge>
            {!member.mediaAllowed ? (
              <Badge size="lg" color="red.9" variant="outline">
                {t('council.members.noPhotos')}
              </Badge>
            ) : null}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('council.members.details')}
          </Title>
          <List spacing={4} listStyleType="none">
            <List.Item>{t('council.members.birthDateValue', { date: formatDay(String(member.birthDate), language) })}</List.Item>
            <List.Item>{t('council.members.schoolValue', { school: member.school, district: member.district.name })}</List.Item>
            <List.Item>{t('council.members.joinedValue', { date: formatDay(String(member.joinedOn), language) })}</List.Item>
            {member.position ? <List.Item>{t(`council.members.positions.${member.position}`)}</List.Item> : null}
            <List.Item>
              {t('council.members.guardianValue', { name: `${member.guardian.firstName} ${member.guardian.lastName}`, relationship: member.guardian.relationship })}
            </List.Item>
          </List>
          {member.committee.viewerReadsChildren ? <ContactPanel memberId={member.id} /> : null}
        </Card>
        <ConsentsCard member={member} language={language} />
      </SimpleGrid>
      <Card withBorder radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('council.members.elections')}
        </Title>
        {member.elections.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('council.members.noElections')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('council.members.positionHeader')}</Table.Th>
                <Table.Th>{t('council.members.votes')}</Table.Th>
                <Table.Th>{t('council.members.heldOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {member.elections.map((election) => (
                <Table.Tr key={election.id}>
                  <Table.Td>{t(`council.members.positions.${election.position}`)}</Table.Td>
                  <Table.Td>{t('council.members.votesValue', { votesFor: election.votesFor, votesCast: election.votesCast })}</Table.Td>
                  <Table.Td>{formatDay(String(election.heldOn), language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {member.committee.viewerRuns && member.status === 'ACTIVE' ? <ElectionForm memberId={member.id} /> : null}
      </Card>
    </Stack>
  );
}

function ContactPanel({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  // Each press is a new read in the audit log: never served from the cache.
  const [load, { data, loading, error }] = useLazyQuery(CouncilMemberContactDocument, { fetchPolicy: 'no-cache' });
  const contact = data?.councilMemberContact.__typename === 'QueryCouncilMemberContactSuccess' ? data.councilMemberContact.data : null;
  return (
    <Stack gap="xs" mt="md">
      <Button variant="light" onClick={() => void load({ variables: { memberId } })} loading={loading} w="fit-content">
        {t('council.members.showContact')}
      </Button>
      <Text size="xs" c="dimmed">
        {t('council.members.contactAudited')}
      </Text>
      {error ? <FormErrorAlert message={t('common.networkError')} /> : null}
      {contact ? (
        <List spacing={4} listStyleType="none" aria-live="polite">
          <List.Item>{t('council.members.guardianPhoneValue', { phone: contact.guardianPhone })}</List.Item>
          {contact.guardianEmail ? <List.Item>{t('council.members.guardianEmailValue', { email: contact.guardianEmail })}</List.Item> : null}
          {contact.childContactAllowed ? (
            <List.Item>{t('council.members.childContactValue', { email: contact.childEmail ?? '—', phone: contact.childPhone ?? '—' })}</List.Item>
          ) : (
            <List.Item>{t('council.members.childContactWithheld')}</List.Item>
          )}
        </List>
      ) : null}
    </Stack>
  );
}

type Member = { id: string; standingConsents: readonly ConsentPurpose[]; committee: { viewerRuns: boolean; viewerReadsChildren: boolean }; consents: readonly { id: string; purpose: ConsentPurpose; method: 'PAPER' | 'IN_APP'; givenOn: unknown; textVersion: string; hasScan: boolean; withdrawnAt?: unknown }[] };

function ConsentsCard({ member, language }: { member: Member; language: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [giving, setGiving] = useState<ConsentPurpose | null>(null);
  const [scan, setScan] = useState<File | null>(null);
  const [givenOn, setGivenOn] = useState(todayInIstanbul());
  const [give, { loading: saving }] = useMutation(GiveCouncilConsentDocument, REFRESH);
  const [withdraw] = useMutation(WithdrawCouncilConsentDocument, REFRESH);

  async function doWithdraw(purpose: ConsentPurpose) {
    setError(null);
    const result = (await withdraw({ variables: { input: { memberId: member.id, purpose } } })).data?.withdrawCouncilConsent;
    const refusal = refusalOf(result as Parameters<typeof refusalOf>[0]);
    if (refusal) setError(refusal);
    else notifications.show({ color: 'green', message: t('council.members.withdrawn') });
  }

  async function doGive(event: FormEvent) {
    event.preventDefault();
    if (!giving) return;
    setError(null);
    const result = (
      await give({ variables: { input: { memberId: member.id, consent: { purpose: giving, givenOn, scan: scan ? { base64: await base64Of(scan) } : null } } } })
    ).data?.giveCouncilConsent;
    const refusal = refusalOf(result as Parameters<typeof refusalOf>[0]);
    if (refusal) setError(refusal);
    else {
      setGiving(null);
      setScan(null);
      notifications.show({ color: 'green', message: t('council.members.given') });
    }
  }

  return (
    <Card withBorder radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('council.members.consentsSection')}
      </Title>
      <FormErrorAlert message={error} />
      <Stack gap="xs">
        {PURPOSES.map((purpose) => {
          const standing = member.standingConsents.includes(purpose);
          const latest = member.consents.find((consent) => consent.purpose === purpose);
          return (
            <Group key={purpose} justify="space-between" wrap="wrap">
              <Stack gap={0}>
                <Text fw={500}>{t(`council.members.purposes.${purpose}`)}</Text>
                <Text size="xs" c="dimmed">
                  {latest
                    ? t('council.members.consentLine', { method: t(`council.members.methods.${latest.method}`), date: formatDay(String(latest.givenOn), language), version: latest.textVersion })
                    : t('council.members.consentNone')}
                  {latest?.hasScan && member.committee.viewerReadsChildren ? (
                    <>
                      {' · '}
                      <a href={`/council/consent-scans/${latest.id}`}>{t('council.members.scanLink')}</a>
                    </>
                  ) : null}
                </Text>
              </Stack>
              <Group gap="xs">
                <Badge color={standing ? 'teal' : 'gray'} variant="light">
                  {standing ? t('council.members.consentStands') : t('council.members.consentNotGiven')}
                </Badge>
                {standing ? (
                  <Button size="xs" variant="subtle" color="red" onClick={() => void doWithdraw(purpose)}>
                    {t('council.members.withdraw')}
                  </Button>
                ) : (
                  <Button size="xs" variant="subtle" onClick={() => setGiving(purpose)}>
                    {t('council.members.give')}
                  </Button>
                )}
              </Group>
            </Group>
          );
        })}
      </Stack>
      {giving ? (
        <form onSubmit={(event) => void doGive(event)}>
          <Stack mt="md" gap="xs">
            <Text fw={500}>{t(`council.members.purposes.${giving as Purpose}`)}</Text>
            <TextInput type="date" label={t('council.members.givenOn')} value={givenOn} onChange={(event) => setGivenOn(event.currentTarget.value)} />
            {member.committee.viewerRuns ? (
              <FileInput label={t('council.members.scan')} description={t('council.members.scanHelp')} accept="application/pdf,image/jpeg,image/png" value={scan} onChange={setScan} clearable />
            ) : null}
            <Group>
              <Button type="submit" loading={saving}>
                {t('council.members.give')}
              </Button>
              <Button variant="default" onClick={() => setGiving(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}

function ElectionForm({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const [position, setPosition] = useState<string | null>('CHAIR');
  const [votesFor, setVotesFor] = useState<number | string>(0);
  const [votesCast, setVotesCast] = useState<number | string>(0);
  const [heldOn, setHeldOn] = useState(todayInIstanbul());
  const [error, setError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordCouncilElectionDocument, REFRESH);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = (
      await record({ variables: { input: { electedId: memberId, position: position as CouncilPosition, votesFor: Number(votesFor), votesCast: Number(votesCast), heldOn } } })
    ).data?.recordCouncilElection;
    const refusal = refusalOf(result as Parameters<typeof refusalOf>[0]);
    if (refusal) setError(refusal);
    else notifications.show({ color: 'green', message: t('council.members.electionRecorded') });
  }

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack mt="md" gap="xs">
        <Title order={3} size="h5">
          {t('council.members.recordElection')}
        </Title>
        <FormErrorAlert message={error} />
        <Group grow wrap="wrap">
          <Select
            label={t('council.members.positionHeader')}
            value={position}
            onChange={setPosition}
            allowDeselect={false}
            data={(['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY'] as const).map((value) => ({ value, label: t(`council.members.positions.${value}`) }))}
          />
          <NumberInput label={t('council.members.votesFor')} min={0} value={votesFor} onChange={setVotesFor} />
          <NumberInput label={t('council.members.votesCast')} min={0} value={votesCast} onChange={setVotesCast} />
          <TextInput type="date" label={t('council.members.heldOn')} value={heldOn} onChange={(event) => setHeldOn(event.currentTarget.value)} />
        </Group>
        <Button type="submit" loading={loading} w="fit-content">
          {t('council.members.recordElection')}
        </Button>
      </Stack>
    </form>
  );
}
