import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppShellDocument, ApplyPageDocument, SaveApplicationDraftDocument, SubmitApplicationDocument } from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const shellMock = {
  request: { query: AppShellDocument },
  result: {
    data: {
      me: { __typename: 'User' as const, id: 'u-1', roles: [], firstName: 'Işıl', lastName: 'Demir', fullName: 'Işıl Demir' },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const area = (id: string, name: string, requiresLanguages = false) => ({ __typename: 'VolunteerArea' as const, id, name, requiresLanguages });

type Draft = {
  choices: string[];
  languages: { language: string; level: 'BASIC' | 'INTERMEDIATE' | 'ADVANCED' | 'NATIVE' }[];
  availability: ('WEEKDAYS' | 'EVENINGS' | 'WEEKENDS')[];
  districtId: number | null;
  motivation: string;
};

function draftApplication(draft: Draft) {
  return {
    __typename: 'VolunteerApplication' as const,
    id: 'app-1',
    status: 'DRAFT' as const,
    choices: draft.choices.map((id, index) => ({ __typename: 'ApplicationAreaChoice' as const, rank: index + 1, area: { __typename: 'VolunteerArea' as const, id } })),
    languages: draft.languages.map((row) => ({ __typename: 'ApplicationLanguage' as const, ...row })),
    availability: draft.availability,
    district: draft.districtId ? { __typename: 'District' as const, id: draft.districtId } : null,
    motivation: draft.motivation,
    experience: '',
    updatedAt: '2026-11-20T09:30:00.000Z',
  };
}

function applyPageMock(draft: Draft | null) {
  return {
    request: { query: ApplyPageDocument, variables: { slug: 'bahar-2027' } },
    result: {
      data: {
        recruitmentRound: {
          __typename: 'RecruitmentRound' as const,
          id: 'round-1',
          slug: 'bahar-2027',
          title: 'Bahar 2027',
          isOpenForApplications: true,
          myApplication: draft ? draftApplication(draft) : null,
          areas: [area('a-tr', 'Çeviri', true), area('a-ws', 'Atölyeler'), area('a-fw', 'Saha çalışması')],
        },
        districts: [
          { __typename: 'District' as const, id: 7, name: 'Bornova' },
          { __typename: 'District' as const, id: 21, name: 'Konak' },
        ],
        consentText: { __typename: 'ConsentText' as const, id: 'c-1', version: '2026-01', body: 'Gönüllü başvurunuzdaki veriler KVKK uyarınca işlenir.' },
        me: { __typename: 'User' as const, id: 'u-1', district: { __typename: 'District' as const, id: 21 } },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

async function chooseOption(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('the application form', () => {
  it('checks the fields before sending: areas, languages for translation, availability, motivation, consent', async () => {
    const submit = vi.fn();
    const user = userEvent.setup();
    renderApp('/volunteering/rounds/bahar-2027/apply', [
      shellMock,
      applyPageMock(null),
      { request: { query: SubmitApplicationDocument, variables: () => true }, result: submit },
    ]);

    await screen.findByRole('form', { name: 'Gönüllü başvuru formu' });
    // No language rows until translation is chosen.
    expect(screen.queryByRole('group', { name: 'Diller' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Başvuruyu gönder' }));

    expect(await screen.findByText('İlk tercihinizi seçin.')).toBeVisible();
    expect(screen.getByText('Ne zaman uygun olduğunuzu seçin.')).toBeVisible();
    expect(screen.getByText('En az 30 karakter yazın.')).toBeVisible();
    expect(screen.getByText('Devam etmek için KVKK aydınlatma metnini onaylamalısınız.')).toBeVisible();
    // The district comes from the profile.
    expect(screen.getByRole('combobox', { name: 'İlçe' })).toHaveValue('Konak');

    await chooseOption(user, '1. tercih', 'Çeviri');
    await chooseOption(user, '2. tercih', 'Çeviri');
    expect(await screen.findByRole('group', { name: 'Diller' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Başvuruyu gönder' }));
    expect(await screen.findByText('Her tercih için farklı bir alan seçin.')).toBeVisible();
    expect(screen.getByText('Çeviri alanı için en az bir dil ve düzeyini ekleyin.')).toBeVisible();
    expect(submit).not.toHaveBeenCalled();
  });

  it('sends a complete application and maps a server field error to its select', async () => {
    const submit = vi.fn(() => ({
      data: {
        submitApplication: {
          __typename: 'InputValidationError' as const,
          message: 'Girilen bilgilerde hata var.',
          issues: [{ __typename: 'ValidationIssue' as const, path: ['areaIds', '1'], message: 'Bu alan bu başvuru döneminde yer almıyor.' }],
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/volunteering/rounds/bahar-2027/apply', [
      shellMock,
      applyPageMock(null),
      { request: { query: SubmitApplicationDocument, variables: () => true }, result: submit },
    ]);

    await screen.findByRole('form', { name: 'Gönüllü başvuru formu' });
    await chooseOption(user, '1. tercih', 'Çeviri');
    await chooseOption(user, '2. tercih', 'Atölyeler');
    const languages = await screen.findByRole('group', { name: 'Diller' });
    await user.click(within(languages).getByRole('button', { name: 'Dil ekle' }));
    await chooseOption(user, '1. dil', 'İngilizce');
    await chooseOption(user, '1. dilin düzeyi', 'İleri');
    await user.click(screen.getByRole('checkbox', { name: 'Akşamları' }));
    await user.click(screen.getByRole('textbox', { name: /Neden gönüllü olmak istiyorsunuz/ }));
    await user.paste('Kadın dayanışmasına çeviri desteği vermek istiyorum.');
    await user.click(screen.getByRole('checkbox', { name: /Aydınlatma metnini \(sürüm 2026-01\) okudum/ }));
    await user.click(screen.getByRole('button', { name: 'Başvuruyu gönder' }));

    await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    expect(submit).toHaveBeenCalledWith({
      input: {
        roundId: 'round-1',
        areaIds: ['a-tr', 'a-ws'],
        languages: [{ language: 'en', level: 'ADVANCED' }],
        availability: ['EVENINGS'],
        districtId: 21,
        motivation: 'Kadın dayanışmasına çeviri desteği vermek istiyorum.',
        experience: '',
        acceptConsentVersion: '2026-01',
      },
    });
    // The server named areaIds[1]: the 2nd choice shows it.
    const second = screen.getByRole('combobox', { name: '2. tercih' });
    expect(await screen.findByText('Bu alan bu başvuru döneminde yer almıyor.')).toBeVisible();
    expect(second).toHaveAttribute('aria-invalid', 'true');
  });

  it('restores a saved draft and saves it again without validation', async () => {
    const save = vi.fn(() => ({
      data: {
        saveApplicationDraft: {
          __typename: 'MutationSaveApplicationDraftSuccess' as const,
          data: draftApplication({ choices: ['a-fw'], languages: [], availability: ['WEEKENDS'], districtId: 7, motivation: 'Yarım kalan metin ve ekleme' }),
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/volunteering/rounds/bahar-2027/apply', [
      shellMock,
      applyPageMock({ choices: ['a-fw'], languages: [], availability: ['WEEKENDS'], districtId: 7, motivation: 'Yarım kalan metin' }),
      { request: { query: SaveApplicationDraftDocument, variables: () => true }, result: save },
    ]);

    expect(await screen.findByText('Kayıtlı taslağınız')).toBeVisible();
    expect(screen.getByRole('combobox', { name: '1. tercih' })).toHaveValue('Saha çalışması');
    expect(screen.getByRole('checkbox', { name: 'Hafta sonları' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'İlçe' })).toHaveValue('Bornova');
    const motivation = screen.getByRole('textbox', { name: /Neden gönüllü olmak istiyorsunuz/ });
    expect(motivation).toHaveValue('Yarım kalan metin');

    await user.type(motivation, ' ve ekleme');
    await user.click(screen.getByRole('button', { name: 'Taslak olarak kaydet' }));

    expect(await screen.findByText('Taslağınız kaydedildi.')).toBeVisible();
    expect(save).toHaveBeenCalledWith({
      input: {
        roundId: 'round-1',
        areaIds: ['a-fw'],
        languages: [],
        availability: ['WEEKENDS'],
        districtId: 7,
        motivation: 'Yarım kalan metin ve ekleme',
        experience: '',
      },
    });
  });
});
