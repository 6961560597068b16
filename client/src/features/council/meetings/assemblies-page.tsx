import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CouncilAssembliesPageDocument, CouncilTermAssembliesDocument, ScheduleCouncilGeneralAssemblyDocument } from '../../../generated/graphql';
import { isErrorResult } from '../../../shared/form';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../../shared/page';
import { formatMeetingTime } from './meeting-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilAssembliesPage {
    councilAssemblyTerms {
      id
      name
    }
  }
  query CouncilTermAssemblies($termId: ID!) {
    councilMeetings(termId: $termId, first: 20, newestFirst: true) {
      edges {
        node {
          id
          title
          startsAt
          endsAt
          status
          placeName
          agendaItems {
            id
            report
            committee {
              id
              name
            }
          }
        }
      }
    }
  }
  mutation ScheduleCouncilGeneralAssembly($input: ScheduleCouncilGeneralAssemblyInput!) {
    scheduleCouncilGeneralAssembly(input: $input) {
      __typename
      ... on MutationScheduleCouncilGeneralAssemblySuccess {
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

function Assemblies({ termId }: { termId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, error, refetch } = useQuery(CouncilTermAssembliesDocument, { variables: { termId } });
  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={160} />;
  const assemblies = data.councilMeetings?.edges.map((edge) => edge.node) ?? [];
  if (!assemblies.length) return <EmptyMessage title={t('council.meetings.noAssemblies')} />;
  return (
    <Stack>
      {assemblies.map((assembly) => (
        <Card key={assembly.id} withBorder>
          <Stack gap="xs">
            <Anchor component={Link} to={`/council/meetings/${assembly.id}`} fw={600}>
              {assembly.title}
            </Anchor>
            <Text size="sm">
              {formatMeetingTime(assembly.startsAt, assembly.endsAt, language)} · {assembly.placeName}
            </Text>
            <Title order={3} size="h5">
              {t('council.meetings.reports')}
            </Title>
            {assembly.agendaItems.map((item) => (
              <Text key={item.id} size="sm">
                <Text span fw={600}>
                  {item.committee?.name}:
                </Text>{' '}
                {item.report || t('council.meetings.noReport')}
              </Text>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** Coordinators: schedule a term's general assembly and read the committees' reports. */
export function AssembliesPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CouncilAssembliesPageDocument);
  const [termId, setTermId] = useState<string | null>(null);
  const [values, setValues] = useState({ title: '', date: '', startTime: '11:00', endTime: '13:00', placeName: '', address: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const [schedule, { loading }] = useMutation(ScheduleCouncilGeneralAssemblyDocument, { refetchQueries: ['CouncilTermAssemblies'] });
  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  const terms = data.councilAssemblyTerms;
  const term = termId ?? terms[0]?.id ?? null;
  const field = (name: keyof typeof values) => ({
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      // Read the value now: the updater runs after React has let go of the event.
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });
  const submit = async () => {
    if (!term) return;
    setFormError(null);
    const response = await schedule({ variables: { input: { termId: term, ...values } } });
    const answer = response.data?.scheduleCouncilGeneralAssembly;
    if (!answer || isErrorResult(answer)) {
      const issues = answer && 'issues' in answer ? answer.issues.map((issue) => issue.message) : [];
      setFormError([answer?.message ?? t('council.meetings.saveFailed'), ...issues].join(' '));
      return;
    }
    notifications.show({ color: 'green', message: t('council.meetings.scheduled') });
  };
  return (
    <Stack>
      <PageHeader title={t('council.meetings.assembliesTitle')} lead={t('council.meetings.assembliesLead')} />
      {!terms.length || !term ? (
        <EmptyMessage title={t('council.meetings.noTerms')} />
      ) : (
        <>
          <Select label={t('council.meetings.term')} value={term} allowDeselect={false} onChange={setTermId} data={terms.map((row) => ({ value: row.id, label: row.name }))} maw={320} />
          <Card withBorder>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void submit();
              }}
            >
              <Stack>
                <Title order={2} size="h4">
                  {t('council.meetings.scheduleAssembly')}
                </Title>
                <TextInput label={t('council.meetings.fields.title')} required {...field('title')} />
                <Group grow>
                  <TextInput label={t('council.meetings.fields.date')} type="date" required {...field('date')} />
                  <TextInput label={t('council.meetings.fields.startTime')} type="time" required {...field('startTime')} />
                  <TextInput label={t('council.meetings.fields.endTime')} type="time" required {...field('endTime')} />
                </Group>
                <TextInput label={t('council.meetings.fields.placeName')} required {...field('placeName')} />
                <TextInput label={t('council.meetings.fields.address')} {...field('address')} />
                <FormErrorAlert message={formError} />
                <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
                  {t('council.meetings.schedule')}
                </Button>
              </Stack>
            </form>
          </Card>
          <Title order={2}>{t('council.meetings.assemblies')}</Title>
          <Assemblies termId={term} />
        </>
      )}
    </Stack>
  );
}
