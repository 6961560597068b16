import './app/shell-styles';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo';
import { createI18n, currentLanguage } from './app/i18n';
import { AppProviders } from './app/providers';
import { routes } from './app/routes';

const i18n = createI18n();
document.documentElement.lang = currentLanguage(i18n);
const client = createApolloClient(() => currentLanguage(i18n));
const router = createBrowserRouter(routes);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
