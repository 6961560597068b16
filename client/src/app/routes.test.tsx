import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderApp, signedOutShellMock } from '../test/render-app';
import { shellRoutes } from './routes';

const never = () => new Promise<never>(() => undefined);

function Start() {
  return <Link to="/slow">go</Link>;
}

describe('pages that load on first visit', () => {
  it('shows a loading status inside the shell while a page’s code downloads', async () => {
    renderApp('/slow', [signedOutShellMock], { routes: shellRoutes([{ path: 'slow', lazy: never }]) });

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Yükleniyor…');
    // The shell (menu, header) is there while the page is not.
    expect(screen.getByRole('navigation', { name: 'Ana menü' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('status')).toBe(status);
  });

  it('shows the loading status when navigating to a page whose code is not here yet', async () => {
    const user = userEvent.setup();
    renderApp('/start', [signedOutShellMock], {
      routes: shellRoutes([{ path: 'start', element: <Start /> }, { path: 'slow', lazy: never }]),
    });

    await user.click(await screen.findByRole('link', { name: 'go' }));
    expect(await within(screen.getByRole('main')).findByRole('status')).toHaveTextContent('Yükleniyor…');
  });

  it('says the page could not be loaded, inside the shell, when its code fails to download', async () => {
    const failed = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/slow-x1.js'));
    renderApp('/slow', [signedOutShellMock], { routes: shellRoutes([{ path: 'slow', lazy: failed }]) });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bilgiler yüklenemedi');
    expect(alert).toHaveTextContent('Sunucuya ulaşılamadı.');
    expect(screen.getByRole('button', { name: 'Tekrar dene' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Ana menü' })).toBeInTheDocument();
  });

  it('renders a loaded page and keeps unknown paths on the not-found page', async () => {
    const page = () => Promise.resolve({ Component: () => <h1>Yavaş sayfa</h1> });
    const { router } = renderApp('/slow', [signedOutShellMock], { routes: shellRoutes([{ path: 'slow', lazy: page }]) });

    expect(await screen.findByRole('heading', { name: 'Yavaş sayfa' })).toBeInTheDocument();
    await router.navigate('/nowhere');
    expect(await screen.findByRole('heading', { name: 'Sayfa bulunamadı' })).toBeInTheDocument();
  });
});
