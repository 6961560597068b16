import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, CloseButton, Group, NumberInput, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  AssignCouncilFacilitatorDocument,
  CouncilCoordinationPageDocument,
  CreateCouncilCommitteeDocument,
  RemoveCouncilFacilitatorDocument,
  SaveCouncilTermDocument,
  UpdateCouncilCommitteeDocument,
  type CouncilCoordinationPageQuery,
} from '../../generated/graphql';
import { FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { refusalOf } from './refusal';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilCoordinationPage {
    councilTerms {
      id
      name
      startsOn
      endsOn
      minAge
      maxAge
      committees(includeArchived: true) {
        id
        name
        nameTr
        nameEn
        archivedAt
        memberCount
        facilitators {
          assignedAt
          user {
            id
            fullName
          }
        }
      }
    }
    councilFacilitatorCandidates {
      id
      fullName
    }
  }
  mutation SaveCouncilTerm($input: CouncilTermInput!) {
    saveCouncilTerm(input: $input) {
      __typename
      ... on MutationSaveCouncilTermSuccess {
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
  mutation CreateCouncilCommittee($input: CreateCouncilCommitteeInput!) {
    createCouncilCommittee(input: $input) {
      __typename
      ... on MutationCreateCouncilCommitteeSuccess {
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
  mutation UpdateCouncilCommittee($input: UpdateCouncilCommitteeInput!) {
    updateCouncilCommittee(input: $input) {
      __typename
      ... on MutationUpdateCouncilCommitteeSuccess {
        data {
          id
          archivedAt
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation AssignCouncilFacilitator($input: CouncilFacilitatorInput!) {
    assignCouncilFacilitator(input: $input) {
      __typename
      ... on MutationAssignCouncilFacilitatorSuccess {
        data {
          id
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation RemoveCouncilFacilitator($input: CouncilFacilitatorInput!) {
    removeCouncilFacilitator(input: $input) {
      __typename
      ... on MutationRemoveCouncilFacilitatorSuccess {
        data {
          id
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

type Term = CouncilCoordinationPageQuery['councilTerms'][number];
type Committee = Term['committees'][number];
type Candidate = CouncilCoordinationPageQuery['councilFacilitatorCandidates'][number];
const REFRESH = { refetchQueries: ['CouncilCoordinationPage'], awaitRefetchQueries: true };

/** Council coordination: terms with their age band, committees (add, rename, archive) and their facilitators. */
export function CouncilCoordinationPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CouncilCoordinationPageDocument);
  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  return (
    <Stack>
      <PageHeader title={t('council.members.coordinationTitle')} lead={t('council.members.coordinationLead')} />
      <Anchor component={Link} to="/coordination/council/assemblies">
        {t('council.members.assembliesLink')}
      </Anchor>
      {data.councilTerms.map((term) => (
        <TermCard key={term.id} term={term} candidates={data.councilFacilitatorCandidates} />
      ))}
      <NewTermForm />
    </Stack>
  );
}

function TermCard({ term, candidates }: { term: Term; candidates: readonly Candidate[] }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [createCommittee, { loading }] = useMutation(CreateCouncilCommitteeDocument, REFRESH);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    const result = (await createCommittee({ variables: { input: { termId: term.id, nameTr: String(form.get('nameTr') ?? ''), nameEn: String(form.get('nameEn') ?? '') } } })).data?.createCouncilCommittee;
    const refusal = refusalOf(result as Parameters<typeof refusalOf>[0]);
    setError(refusal);
    if (!refusal) target.reset();
  }

  return (
    <Card withBorder radius="md" component="section" aria-labelledby={`term-${term.id}`}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={`term-${term.id}`}>
          {term.name}
        </Title>
        <Text size="sm">{t('council.members.ageBand', { minAge: term.minAge, maxAge: term.maxAge })}</Text>
      </Group>
      <Stack>
        {term.committees.map((committee) => (
          <CommitteeRow key={committee.id} committee={committee} candidates={candidates} />
        ))}
        <form onSubmit={(event) => void add(event)}>
          <FormErrorAlert message={error} />
          <Group align="flex-end" wrap="wrap">
            <TextInput name="nameTr" label={t('council.members.committeeNameTr')} required />
            <TextInput name="nameEn" label={t('council.members.committeeNameEn')} required />
            <Button type="submit" loading={loading}>
              {t('council.members.addCommittee')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Card>
  );
}

function CommitteeRow({ committee, candidates }: { committee: Committee; candidates: readonly Candidate[] }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [assign] = useMutation(AssignCouncilFacilitatorDocument, REFRESH);
  const [remove] = useMutation(RemoveCouncilFacilitatorDocument, REFRESH);
  const [update] = useMutation(UpdateCouncilCommitteeDocument, REFRESH);
  const assigned = new Set(committee.facilitators.map((facilitator) => facilitator.user?.id));
  const headingId = `committee-${committee.id}`;

  const answer = (result: unknown, done: string) => {
    const refusal = refusalOf(result as Parameters<typeof refusalOf>[0]);
    setError(refusal);
    if (!refusal) notifications.show({ color: 'green', message: done });
  };

  return (
    <Card withBorder radius="sm" padding="sm" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Title order={3} size="h5" id={headingId}>
            <Anchor component={Link} to={`/council/committees/${encodeURIComponent(committee.id)}`}>
              {committee.name}
            </Anchor>
          </Title>
          <Badge variant="light">{t('council.members.memberCount', { count: committee.memberCount })}</Badge>
          {committee.archivedAt ? <Badge color="gray">{t('council.members.archived')}</Badge> : null}
        </Group>
        <Button
          size="xs"
          variant="subtle"
          onClick={async () =>
            answer(
              (await update({ variables: { input: { id: committee.id, nameTr: committee.nameTr, nameEn: committee.nameEn, archived: !committee.archivedAt } } })).data?.updateCouncilCommittee,
              committee.archivedAt ? t('council.members.restored') : t('council.members.archivedDone'),
            )
          }
        >
          {committee.archivedAt ? t('council.members.restore') : t('council.members.archive')}
        </Button>
      </Group>
      <FormErrorAlert message={error} />
      <Group gap="xs" mt="xs" wrap="wrap">
        <Text size="sm">{t('council.members.facilitators')}</Text>
        {committee.facilitators.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('council.members.noFacilitators')}
          </Text>
        ) : (
          committee.facilitators.map((facilitator) =>
            facilitator.user ? (
              <Badge
                key={facilitator.user.id}
                variant="outline"
                rightSection={
                  <CloseButton
                    size="xs"
                    aria-label={t('council.members.removeFacilitator', { name: facilitator.user.fullName })}
                    onClick={async () =>
                      answer(
                        (await remove({ variables: { input: { committeeId: committee.id, userId: facilitator.user!.id } } })).data?.removeCouncilFacilitator,
                        t('council.members.facilitatorRemoved'),
                      )
                    }
                  />
                }
              >
                {facilitator.user.fullName}
              </Badge>
            ) : null,
          )
        )}
      </Group>
      <Group align="flex-end" mt="xs" wrap="wrap">
        <Select
          label={t('council.members.assignFacilitator')}
          placeholder={t('council.members.choosePerson')}
          size="xs"
          value={chosen}
          onChange={setChosen}
          data={candidates.filter((candidate) => !assigned.has(candidate.id)).map((candidate) => ({ value: candidate.id, label: candidate.fullName }))}
        />
        <Button
          size="xs"
          disabled={!chosen}
          onClick={async () => {
            answer((await assign({ variables: { input: { committeeId: committee.id, userId: chosen! } } })).data?.assignCouncilFacilitator, t('council.members.facilitatorAssigned'));
            setChosen(null);
          }}
        >
          {t('council.members.assign')}
        </Button>
      </Group>
    </Card>
  );
}

function NewTermForm() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [minAge, setMinAge] = useState<number | string>(10);
  const [maxAge, setMaxAge] = useState<number | string>(17);
  const [save, { loading }] = useMutation(SaveCouncilTermDocument, REFRESH);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = (
      await save({
        variables: { input: { name: String(form.get('name') ?? ''), startsOn: String(form.get('startsOn') ?? ''), endsOn: String(form.get('endsOn') ?? ''), minAge: Number(minAge), maxAge: Number(maxAge) } },
      })
    ).data?.saveCouncilTerm;
    const refusal = refusalOf(result as Parameters<typeof refusalOf>[0]);
    setError(refusal);
    if (!refusal) notifications.show({ color: 'green', message: t('council.members.termSaved') });
  }

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="new-term">
      <Title order={2} size="h4" id="new-term" mb="sm">
        {t('council.members.newTerm')}
      </Title>
      <form onSubmit={(event) => void submit(event)}>
        <Stack>
          <FormErrorAlert message={error} />
          <Group grow wrap="wrap">
            <TextInput name="name" label={t('council.members.termName')} placeholder="2027–2028" required />
            <TextInput name="startsOn" type="date" label={t('council.members.startsOn')} required />
            <TextInput name="endsOn" type="date" label={t('council.members.endsOn')} required />
            <NumberInput label={t('council.members.minAge')} min={6} max={21} value={minAge} onChange={setMinAge} />
            <NumberInput label={t('council.members.maxAge')} min={6} max={21} value={maxAge} onChange={setMaxAge} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('council.members.newTermHelp')}
          </Text>
          <Button type="submit" loading={loading} w="fit-content">
            {t('council.members.createTerm')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
