import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createPortalI18n } from './i18n/portal-i18n';

const i18n = createPortalI18n();
document.documentElement.lang = i18n.language;

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App i18n={i18n} queryClient={createQueryClient()} />
  </StrictMode>,
);
