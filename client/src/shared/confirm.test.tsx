import { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../app/apollo';
import { createI18n, type Language } from '../app/i18n';
import { AppProviders } from '../app/providers';
import { useConfirm, type ConfirmOptions } from './confirm';

/** A page with one destructive button, which shows what the confirmation resolved to. */
function Harness({ options }: { options: ConfirmOptions }) {
  const confirm = useConfirm();
  const [answer, setAnswer] = useState('none');
  return (
    <>
      <button type="button" onClick={() => void confirm(options).then((confirmed) => setAnswer(String(confirmed)))}>
        Remove
      </button>
      <output aria-label="answer">{answer}</output>
    </>
  );
}

function renderConfirm(options: Partial<ConfirmOptions> = {}, language: Language = 'tr') {
  const client = new ApolloClient({ link: new MockLink([]), cache: createCache() });
  const user = userEvent.setup();
  render(
    <AppProviders client={client} i18n={createI18n(language)} mantineEnv="test">
      <Harness
        options={{
          title: 'Randevu iptal edilsin mi?',
          message: 'Yeriniz başka bir adaya açılır.',
          confirmLabel: 'İptal et',
          danger: true,
          ...options,
        }}
      />
    </AppProviders>,
  );
  const answer = () => screen.getByRole('status', { name: 'answer' }).textContent;
  return { user, answer };
}

describe('the confirmation dialog', () => {
  it('is named by its title, described by its message, and starts on cancel before a destructive action', async () => {
    const { user } = renderConfirm();
    await user.click(screen.getByRole('button', { name: 'Remove' }));

    const dialog = await screen.findByRole('dialog', { name: 'Randevu iptal edilsin mi?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Yeriniz başka bir adaya açılır.'));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Vazgeç' })).toHaveFocus());
    expect(within(dialog).getByRole('button', { name: 'İptal et' }).getAttribute('style')).toContain('--mantine-color-red');
  });

  it('resolves to false on Escape and gives focus back to what opened it', async () => {
    const { user, answer } = renderConfirm();
    const trigger = screen.getByRole('button', { name: 'Remove' });
    await user.click(trigger);
    await screen.findByRole('dialog', { name: 'Randevu iptal edilsin mi?' });

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(answer()).toBe('false');
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it('resolves to false on cancel and to true on confirm', async () => {
    const { user, answer } = renderConfirm();
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Vazgeç' }));
    await waitFor(() => expect(answer()).toBe('false'));

    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'İptal et' }));
    await waitFor(() => expect(answer()).toBe('true'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('starts on the confirm button when nothing is destroyed', async () => {
    const { user } = renderConfirm({ danger: false, title: 'Görüşmeye davet edilsin mi?', confirmLabel: 'Davet et' });
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', { name: 'Görüşmeye davet edilsin mi?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Davet et' })).toHaveFocus());
  });

  it('runs the action with the dialog open and busy, keeps it open with the error, and closes once it is done', async () => {
    let finish: (error: string | null) => void = () => undefined;
    const action = vi.fn(() => new Promise<string | null>((resolve) => (finish = resolve)));
    const { user, answer } = renderConfirm({ action });
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', { name: 'Randevu iptal edilsin mi?' });

    await user.click(within(dialog).getByRole('button', { name: 'İptal et' }));
    expect(action).toHaveBeenCalledTimes(1);
    expect(within(dialog).getByRole('button', { name: 'İptal et' })).toHaveAttribute('data-loading', 'true');
    expect(within(dialog).getByRole('button', { name: 'Vazgeç' })).toBeDisabled();
    // Escape does not leave an action half-watched.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Randevu iptal edilsin mi?' })).toBeInTheDocument();

    finish('Son tarih geçti.');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Son tarih geçti.');
    expect(answer()).toBe('none');

    await user.click(within(dialog).getByRole('button', { name: 'İptal et' }));
    finish(null);
    await waitFor(() => expect(answer()).toBe('true'));
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('shows the network error when the action’s request fails', async () => {
    const { user, answer } = renderConfirm({ action: () => Promise.reject(new TypeError('Failed to fetch')) });
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'İptal et' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.');
    expect(answer()).toBe('none');
  });

  it('speaks the chosen language, and takes a cancel label of its own', async () => {
    const { user } = renderConfirm({ title: 'Cancel the booking?', confirmLabel: 'Cancel it' }, 'en');
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the booking?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('names the cancel button as asked', async () => {
    const { user } = renderConfirm({ cancelLabel: 'Randevuyu koru' });
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Randevuyu koru' })).toBeInTheDocument();
  });
});
