import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  ApplicationForm_ApplicationFragmentDoc,
  ApplicationForm_RoundFragmentDoc,
  SaveApplicationDraftDocument,
  SubmitApplicationDocument,
  type ApplicationForm_ApplicationFragment,
  type Availability,
  type DistrictSelect_DistrictFragmentDoc,
  type LanguageLevel,
} from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { useForm, type ServerError } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { DistrictSelect } from '../accounts/district-select';
import { rememberApplication } from './application-cache';
import { AVAILABILITIES, LANGUAGE_CODES, LANGUAGE_LEVELS, languageName } from './labels';
import {
  TEXT_MAX,
  applicationSchema,
  completeLanguages,
  emptyApplication,
  rankedAreas,
  type ApplicationValues,
  type LanguageRow,
} from './validation';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ApplicationForm_round on RecruitmentRound {
    id
    slug
    areas {
      id
      name
      requiresLanguages
    }
  }

  fragment ApplicationForm_application on VolunteerApplication {
    id
    status
    choices {
      rank
      area {
        id
      }
    }
    languages {
      language
      level
    }
    availability
    district {
      id
    }
    motivation
    experience
    updatedAt
  }

  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {
    saveApplicationDraft(input: $input) {
      __typename
      ... on MutationSaveApplicationDraftSuccess {
        data {
          id
          status
          ...ApplicationForm_application
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

  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      __typename
      ... on MutationSubmitApplicationSuccess {
        data {
          id
          status
          ...ApplicationForm_application
          ...ApplicationCard_application
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

function valuesFrom(draft: ApplicationForm_ApplicationFragment | null, defaultDistrictId: string | null): ApplicationValues {
  if (!draft) return { ...emptyApplication, districtId: defaultDistrictId };
  const areaOf = (rank: number) => draft.choices.find((choice) => choice.rank === rank)?.area.id ?? null;
  return {
    area1: areaOf(1),
    area2: areaOf(2),
    area3: areaOf(3),
    languages: draft.languages.map((row) => ({ language: row.language, level: row.level })),
    availability: [...draft.availability],
    districtId: draft.district ? String(draft.district.id) : defaultDistrictId,
    motivation: draft.motivation,
    experience: draft.experience,
    consent: false,
  };
}

/** The server names the ranked areas `areaIds[n]`; the form has one select per rank. */
function placeIssues(error: ServerError): ServerError {
  return {
    ...error,
    issues: error.issues?.map((issue) => {
      if (issue.path[0] !== 'areaIds') return issue;
      const rank = issue.path[1] === undefined ? 1 : Number(issue.path[1]) + 1;
      return { ...issue, path: [`area${rank}`] };
    }),
  };
}

export function ApplicationForm({
  round,
  draft,
  districts,
  consent,
  defaultDistrictId,
}: {
  round: FragmentType<typeof ApplicationForm_RoundFragmentDoc>;
  draft: FragmentType<typeof ApplicationForm_ApplicationFragmentDoc> | null;
  districts: Array<FragmentType<typeof DistrictSelect_DistrictFragmentDoc>>;
  consent: { version: string; body: string };
  defaultDistrictId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const roundData = useFragment({ fragment: ApplicationForm_RoundFragmentDoc, fragmentName: 'ApplicationForm_round', from: round });
  const draftData = useFragment({
    fragment: ApplicationForm_ApplicationFragmentDoc,
    fragmentName: 'ApplicationForm_application',
    from: draft,
  });
  const savedDraft = draft && draftData.complete ? draftData.data : null;
  const form = useForm<ApplicationValues>(valuesFrom(savedDraft, defaultDistrictId));
  const [saveDraft, { loading: saving }] = useMutation(SaveApplicationDraftDocument);
  const [submitApplication, { loading: submitting }] = useMutation(SubmitApplicationDocument);

  if (!roundData.complete) return null;
  const areas = roundData.data.areas;
  const roundId = roundData.data.id;
  const languagesRequiredFor = new Set(areas.filter((area) => area.requiresLanguages).map((area) => area.id));
  const { values, errors, setValue } = form;
  const chosen = rankedAreas(values);
  const showLanguages = chosen.some((area) => languagesRequiredFor.has(area));
  const areaOptions = areas.map((area) => ({ value: area.id, label: area.name }));

  // Typed errors name `areaIds[n]` and the consent version; the form has a select per rank and a checkbox.
  const sendOptions = { aliases: { acceptConsentVersion: 'consent' }, onError: placeIssues } as const;

  const onSaveDraft = async () => {
    const result = await form.send(
      async () =>
        (
          await saveDraft({
            variables: {
              input: {
                roundId,
                areaIds: chosen,
                languages: completeLanguages(values.languages),
                availability: values.availability,
                districtId: values.districtId ? Number(values.districtId) : null,
                motivation: values.motivation,
                experience: values.experience,
              },
            },
            update: (cache, { data: answer }) => {
              if (answer?.saveApplicationDraft.__typename === 'MutationSaveApplicationDraftSuccess') {
                rememberApplication(cache, roundId, answer.saveApplicationDraft.data.id, { listed: false });
              }
            },
          })
        ).data?.saveApplicationDraft,
      sendOptions,
    );
    if (!result) return;
    form.setFormError(null);
    notifications.show({ color: 'green', message: t('volunteering.apply.draftSaved') });
  };

  const onSubmit = form.onSubmit(async () => {
    const input = form.parse(applicationSchema(t, languagesRequiredFor));
    if (!input) return;
    const result = await form.send(
      async () =>
        (
          await submitApplication({
            variables: {
              input: {
                roundId,
                areaIds: rankedAreas(input),
                languages: showLanguages ? completeLanguages(input.languages) : [],
                availability: input.availability,
                districtId: Number(input.districtId),
                motivation: input.motivation,
                experience: input.experience,
                acceptConsentVersion: consent.version,
              },
            },
            update: (cache, { data: answer }) => {
              if (answer?.submitApplication.__typename === 'MutationSubmitApplicationSuccess') {
                rememberApplication(cache, roundId, answer.submitApplication.data.id, { listed: true });
              }
            },
          })
        ).data?.submitApplication,
      sendOptions,
    );
    if (!result) return;
    notifications.show({ color: 'green', message: t('volunteering.apply.submitted') });
    await navigate('/volunteering/my-applications');
  });

  const setLanguage = (index: number, row: Partial<LanguageRow>) =>
    setValue(
      'languages',
      values.languages.map((current, i) => (i === index ? { ...current, ...row } : current)),
    );
  const languageOptions = LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, i18n.language) }));

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('volunteering.apply.formLabel')}>
      <Stack gap="lg">
        {savedDraft ? (
          <Alert color="blue" title={t('volunteering.apply.draftRestoredTitle')}>
            {t('volunteering.apply.draftRestored', { when: format.dateTime(savedDraft.updatedAt) })}
          </Alert>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('common.allRequired')}
        </Text>
        <FormErrorAlert message={form.formError} />

        <Fieldset legend={t('volunteering.apply.areasLegend')}>
          <Text size="sm" c="dimmed" mb="sm">
            {t('volunteering.apply.areasHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(['area1', 'area2', 'area3'] as const).map((field, index) => (
              <Select
                key={field}
                label={t(`volunteering.apply.${field}`)}
                placeholder={t('volunteering.apply.areaPlaceholder')}
                data={areaOptions}
                value={values[field]}
                onChange={(value) => setValue(field, value)}
                error={errors[field]}
                required={index === 0}
                clearable={index > 0}
                allowDeselect={index > 0}
              />
            ))}
          </SimpleGrid>
        </Fieldset>

        {showLanguages ? (
          <Fieldset legend={t('volunteering.apply.languagesLegend')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('volunteering.apply.languagesHelp')}
              </Text>
              {values.languages.map((row, index) => (
                <Group key={index} align="flex-end" wrap="nowrap" gap="sm">
                  <Select
                    label={t('volunteering.apply.language', { number: index + 1 })}
                    data={languageOptions}
                    value={row.language}
                    onChange={(language) => setLanguage(index, { language })}
                    searchable
                    style={{ flex: 1 }}
                  />
                  <Select
                    label={t('volunteering.apply.level', { number: index + 1 })}
                    data={LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`volunteering.languageLevel.${level}`) }))}
                    value={row.level}
                    onChange={(level) => setLanguage(index, { level: LANGUAGE_LEVELS.find((l) => l === level) ?? null })}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={4}
                    aria-label={t('volunteering.apply.removeLanguage', { number: index + 1 })}
                    onClick={() =>
                      setValue(
                        'languages',
                        values.languages.filter((_, i) => i !== index),
                      )
                    }
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              {errors.languages ? (
                <Text size="sm" c="red" role="alert">
                  {errors.languages}
                </Text>
              ) : null}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  disabled={values.languages.length >= 10}
                  onClick={() => setValue('languages', [...values.languages, { language: null, level: null as LanguageLevel | null }])}
                >
                  {t('volunteering.apply.addLanguage')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ) : null}

        <Checkbox.Group
          label={t('volunteering.apply.availability')}
          description={t('volunteering.apply.availabilityHelp')}
          value={values.availability}
          onChange={(next) => setValue('availability', AVAILABILITIES.filter((a) => next.includes(a)) as Availability[])}
          error={errors.availability}
          required
        >
          <Group mt="xs">
            {AVAILABILITIES.map((availability) => (
              <Checkbox key={availability} value={availability} label={t(`volunteering.availability.${availability}`)} />
            ))}
          </Group>
        </Checkbox.Group>

        <DistrictSelect
          districts={districts}
          value={values.districtId}
          onChange={(value) => setValue('districtId', value)}
          error={errors.districtId}
        />

        <Textarea
          label={t('volunteering.apply.motivation')}
          description={t('volunteering.apply.motivationHelp', {
            count: values.motivation.trim().length,
            max: TEXT_MAX,
          })}
          value={values.motivation}
          onChange={(event) => setValue('motivation', event.currentTarget.value)}
          error={errors.motivation}
          rows={4}
          maxLength={TEXT_MAX}
          required
        />
        <Textarea
          label={t('volunteering.apply.experience')}
          description={t('volunteering.apply.experienceHelp', { count: values.experience.trim().length, max: TEXT_MAX })}
          value={values.experience}
          onChange={(event) => setValue('experience', event.currentTarget.value)}
          error={errors.experience}
          rows={3}
          maxLength={TEXT_MAX}
        />

        <Stack gap="xs" component="section" aria-labelledby="application-consent-title">
          <Text fw={600} id="application-consent-title">
            {t('volunteering.apply.consentTitle')}
          </Text>
          <Paper withBorder p="sm" radius="sm">
            <ScrollArea.Autosize mah={180} type="auto" tabIndex={0} aria-label={t('volunteering.apply.consentTitle')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {consent.body}
              </Text>
            </ScrollArea.Autosize>
          </Paper>
          <Checkbox
            label={t('volunteering.apply.consentAccept', { version: consent.version })}
            checked={values.consent}
            onChange={(event) => setValue('consent', event.currentTarget.checked)}
            error={errors.consent}
            aria-invalid={errors.consent ? true : undefined}
          />
        </Stack>

        <Group justify="flex-end">
          <Button variant="default" onClick={() => void onSaveDraft()} loading={saving} disabled={submitting}>
            {t('volunteering.apply.saveDraft')}
          </Button>
          <Button type="submit" loading={submitting} disabled={saving}>
            {t('volunteering.apply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
