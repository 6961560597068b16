import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { currentLanguage, LANGUAGES } from '../../app/i18n';
import {
  ProfileForm_UserFragmentDoc,
  UpdateProfileDocument,
  type DistrictSelect_DistrictFragmentDoc,
  type ProfileForm_UserFragment,
} from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { DistrictSelect } from './district-select';
import { NameFields, PhoneField } from './person-fields';
import { GENDERS, GenderSelect } from './register-form';
import { districtField, nameField, phoneField } from './validation';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ProfileForm_user on User {
    id
    firstName
    lastName
    phone
    gender
    locale
    district {
      id
    }
  }

  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      __typename
      ... on MutationUpdateProfileSuccess {
        data {
          id
          ...ProfileForm_user
          ...UserMenu_user
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

type DistrictRefs = Array<FragmentType<typeof DistrictSelect_DistrictFragmentDoc>>;

export function ProfileForm({
  user,
  districts,
}: {
  user: FragmentType<typeof ProfileForm_UserFragmentDoc>;
  districts: DistrictRefs;
}) {
  const { data, complete } = useFragment({
    fragment: ProfileForm_UserFragmentDoc,
    fragmentName: 'ProfileForm_user',
    from: user,
  });
  if (!complete) return null;
  // Keyed so that the form starts again from the saved values of whoever is shown.
  return <ProfileFormFields key={data.id} user={data} districts={districts} />;
}

function ProfileFormFields({ user, districts }: { user: ProfileForm_UserFragment; districts: DistrictRefs }) {
  const { t, i18n } = useTranslation();
  const [updateProfile, { loading }] = useMutation(UpdateProfileDocument);
  const form = useForm({
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    districtId: String(user.district.id) as string | null,
    gender: user.gender,
    locale: user.locale,
  });

  const schema = z.object({
    firstName: nameField(t),
    lastName: nameField(t),
    phone: phoneField(t),
    districtId: districtField(t),
    gender: z.enum(GENDERS).nullable(),
    locale: z.enum(LANGUAGES),
  });

  const submit = form.onSubmit(async () => {
    const input = form.parse(schema);
    if (!input) return;
    const result = await form.send(async () => (await updateProfile({ variables: { input } })).data?.updateProfile);
    if (!result) return;
    notifications.show({ color: 'green', message: t('accounts.profile.saved') });
    // The chosen email language is the person's language; follow it on screen too.
    if (input.locale !== currentLanguage(i18n)) void i18n.changeLanguage(input.locale);
  });

  const { values, errors, setValue } = form;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="profile-edit-heading">
      <Title order={2} size="h3" id="profile-edit-heading" mb="md">
        {t('accounts.profile.edit')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('common.allRequired')}
          </Text>
          <FormErrorAlert message={form.formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NameFields values={values} errors={errors} setValue={setValue} />
            <PhoneField values={values} errors={errors} setValue={setValue} />
            <DistrictSelect
              districts={districts}
              value={values.districtId}
              onChange={(value) => setValue('districtId', value)}
              error={errors.districtId}
            />
            <GenderSelect
              value={values.gender}
              onChange={(value) => setValue('gender', value)}
              error={errors.gender}
            />
            <Select
              label={t('accounts.fields.locale')}
              description={t('accounts.fields.localeHelp')}
              data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
              value={values.locale}
              onChange={(value) => {
                const language = LANGUAGES.find((candidate) => candidate === value);
                if (language) setValue('locale', language);
              }}
              error={errors.locale}
              allowDeselect={false}
              required
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('accounts.profile.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
