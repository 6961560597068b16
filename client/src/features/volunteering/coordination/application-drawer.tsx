import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Checkbox, Divider, Drawer, Group, Skeleton, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AddScreeningNoteDocument,
  ApplicationDrawerDocument,
  UpdateScreeningChecklistDocument,
} from '../../../generated/graphql';
import { useFormatters } from '../../../i18n/format';
import { isErrorResult } from '../../../shared/form';
import { FormErrorAlert, QueryError } from '../../../shared/page';
import { languageName } from '../labels';
import { ApplicationStatusBadge } from '../status-badges';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ApplicationDrawer($id: ID!) {
    node(id: $id) {
      id
      ... on VolunteerApplication {
        status
        age
        submittedAt
        motivation
        experience
        availability
        languages {
          language
          level
        }
        district {
          id
          name
        }
        choices {
          rank
          area {
            id
            name
          }
        }
        applicant {
          id
          fullName
        }
        events {
          id
          from
          to
          at
          actorName
        }
        ...ApplicationDrawer_screening @unmask
      }
    }
  }

  fragment ApplicationDrawer_screening on VolunteerApplication {
    id
    screeningNotes {
      id
      body
      createdAt
      authorName
    }
    screeningChecklist {
      ageVerified
      consentOnFile
      motivationAdequate
      availabilityFits
      referencesChecked
    }
  }

  mutation AddScreeningNote($input: AddScreeningNoteInput!) {
    addScreeningNote(input: $input) {
      __typename
      ... on MutationAddScreeningNoteSuccess {
        data {
          id
          ...ApplicationDrawer_screening
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

  mutation UpdateScreeningChecklist($input: UpdateScreeningChecklistInput!) {
    updateScreeningChecklist(input: $input) {
      __typename
      ... on MutationUpdateScreeningChecklistSuccess {
        data {
          id
          ...ApplicationDrawer_screening
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

const CHECKLIST = ['ageVerified', 'consentOnFile', 'motivationAdequate', 'availabilityFits', 'referencesChecked'] as const;

/** An application's details for coordinators, with the screening notes and checklist. */
export function ApplicationDrawer({ applicationId, onClose }: { applicationId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Drawer
      opened={applicationId !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={t('volunteering.drawer.title')}
    >
      {applicationId ? <DrawerContent key={applicationId} applicationId={applicationId} /> : null}
    </Drawer>
  );
}

function DrawerContent({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { data, error, refetch } = useQuery(ApplicationDrawerDocument, { variables: { id: applicationId } });
  const [addNote, noteState] = useMutation(AddScreeningNoteDocument);
  const [updateChecklist, checklistState] = useMutation(UpdateScreeningChecklistDocument);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Stack aria-busy>
        <Skeleton height={28} width="60%" />
        <Skeleton height={200} />
      </Stack>
    );
  }
  const application = data.node?.__typename === 'VolunteerApplication' ? data.node : null;
  if (!application) return <Text>{t('volunteering.board.notFound')}</Text>;

  const saveNote = async () => {
    const body = note.trim();
    if (!body) {
      setNoteError(t('validation.required'));
      return;
    }
    try {
      const { data: answer } = await addNote({ variables: { input: { applicationId, body } } });
      const result = answer?.addScreeningNote;
      if (result && isErrorResult(result)) {
        setNoteError(result.message);
        return;
      }
      setNote('');
      setNoteError(null);
    } catch {
      setNoteError(t('common.networkError'));
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {application.applicant.fullName}
          </Title>
          <Text size="sm" c="dimmed">
            {t('volunteering.drawer.facts', { age: application.age, district: application.district?.name ?? t('common.notSet') })}
          </Text>
        </Stack>
        <ApplicationStatusBadge status={application.status} />
      </Group>

      <Field label={t('volunteering.drawer.choices')}>
        {application.choices.map((choice) => t('volunteering.my.choice', { rank: choice.rank, area: choice.area.name })).join(' · ')}
      </Field>
      <Field label={t('volunteering.drawer.availability')}>
        {application.availability.map((value) => t(`volunteering.availability.${value}`)).join(', ') || t('common.notSet')}
      </Field>
      {application.languages.length ? (
        <Field label={t('volunteering.drawer.languages')}>
          {application.languages
            .map((row) => `${languageName(row.language, i18n.language)} (${t(`volunteering.languageLevel.${row.level}`)})`)
            .join(', ')}
        </Field>
      ) : null}
      <Field label={t('volunteering.drawer.motivation')}>{application.motivation}</Field>
      {application.experience ? <Field label={t('volunteering.drawer.experience')}>{application.experience}</Field> : null}

      <Divider />
      <Stack gap="xs" component="section" aria-labelledby="drawer-checklist">
        <Title order={3} size="h4" id="drawer-checklist">
          {t('volunteering.drawer.checklist')}
        </Title>
        {CHECKLIST.map((key) => (
          <Checkbox
            key={key}
            label={t(`volunteering.checklist.${key}`)}
            checked={application.screeningChecklist[key]}
            disabled={checklistState.loading}
            onChange={(event) => void updateChecklist({ variables: { input: { applicationId, [key]: event.currentTarget.checked } } })}
          />
        ))}
      </Stack>

      <Divider />
      <Stack gap="xs" component="section" aria-labelledby="drawer-notes">
        <Title order={3} size="h4" id="drawer-notes">
          {t('volunteering.drawer.notes')}
        </Title>
        <Textarea
          label={t('volunteering.drawer.newNote')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          rows={2}
          maxLength={2000}
        />
        <FormErrorAlert message={noteError} />
        <Group justify="flex-end">
          <Button size="xs" onClick={() => void saveNote()} loading={noteState.loading}>
            {t('volunteering.drawer.addNote')}
          </Button>
        </Group>
        {application.screeningNotes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('volunteering.drawer.noNotes')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {application.screeningNotes.map((entry) => (
              <Stack key={entry.id} gap={2} component="li">
                <Text size="xs" c="dimmed">
                  {entry.authorName ?? t('volunteering.drawer.someone')} · {format.dateTime(entry.createdAt)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {entry.body}
                </Text>
              </Stack>
            ))}
          </Stack>
        )}
      </Stack>

      <Divider />
      <Stack gap="xs" component="section" aria-labelledby="drawer-history">
        <Title order={3} size="h4" id="drawer-history">
          {t('volunteering.drawer.history')}
        </Title>
        <Timeline active={application.events.length - 1} bulletSize={12}>
          {application.events.map((event) => (
            <Timeline.Item key={event.id} title={event.from === null ? t('volunteering.my.started') : t(`volunteering.applicationStatus.${event.to}`)}>
              <Text size="xs" c="dimmed">
                {format.dateTime(event.at)}
                {event.actorName ? ` · ${event.actorName}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
      {application.submittedAt ? (
        <Badge variant="outline" color="gray">
          {t('volunteering.my.submittedOn', { date: format.dateTime(application.submittedAt) })}
        </Badge>
      ) : null}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}
