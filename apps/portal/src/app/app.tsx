import { AuthProvider, CALLBACK_PATH, SILENT_CALLBACK_PATH } from '@fhk/web/auth';
import { AccountButton, AppShell, UiProvider } from '@fhk/web/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import { i18n as I18n } from 'i18next';
import { ReactNode, Suspense, useEffect, useRef } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { setAccessToken } from './api';
import { CalendarPage, JourneyPage, MatchesPage, MeasuresPage, NAV, ProfilePage, SearchPage, TryPage } from './routes';

function PageLoading() {
  const { t } = useTranslation('common');
  return <Spin description={t('state.loading')} style={{ display: 'block', margin: '48px auto' }} />;
}

function NotFound() {
  const { t } = useTranslation('common');
  return <Result status="404" title="404" subTitle={t('errors.notFound')} />;
}

function SigningIn() {
  const { t } = useTranslation('common');
  return <Spin description={t('auth.signingIn')} style={{ display: 'block', margin: '48px auto' }} />;
}

/** Keeps the tab title in the page's language. */
function DocumentTitle() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t('app.title');
  }, [t, i18n.language]);
  return null;
}

/** Moves focus to the page on navigation, so keyboard and screen-reader users start at its top. */
function FocusOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // Not on the first page of a visit: the skip link stays the first stop.
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.pathname]);
  return null;
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AppShell title={t('app.title')} nav={NAV} account={<AccountButton />}>
      <DocumentTitle />
      <FocusOnNavigate />
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </AppShell>
  );
}

function Authenticated({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <AuthProvider onAccessToken={setAccessToken} navigate={(path) => navigate(path, { replace: true })}>
      {children}
    </AuthProvider>
  );
}

export function App({ i18n, queryClient }: { i18n: I18n; queryClient: QueryClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <UiProvider>
          <BrowserRouter>
            <Authenticated>
              <Shell>
                <Routes>
                  <Route path="/" element={<TryPage />} />
                  <Route path="/matches" element={<MatchesPage />} />
                  <Route path="/journey" element={<JourneyPage />} />
                  <Route path="/calendar" element={<CalendarPage />} />
                  <Route path="/search" element={<SearchPage />} />
                  <Route path="/measures" element={<MeasuresPage />} />
                  <Route path="/profile" element={<ProfilePage />} />
                  <Route path={CALLBACK_PATH} element={<SigningIn />} />
                  <Route path={SILENT_CALLBACK_PATH} element={<SigningIn />} />
                  <Route path="*" element={<NotFound />} />
                </Routes>
              </Shell>
            </Authenticated>
          </BrowserRouter>
        </UiProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
