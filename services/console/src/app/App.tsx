import { createTheme, MantineProvider } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Loading } from '../ui/Loading';
import { HomePage } from '../pages/home/HomePage';
import { SignInPage } from '../pages/sign-in/SignInPage';
import { PAGES, type PageKey, mayOpen } from './access';
import { SessionProvider, useMaybeUser } from './session';
import { Shell } from './Shell';

// Heavy pages are separate chunks, loaded when first opened.
const AgreementsPage = lazy(() => import('../pages/agreements/AgreementsPage'));
const AgreementPage = lazy(() => import('../pages/agreements/AgreementPage'));
const ProgramsPage = lazy(() => import('../pages/programs/ProgramsPage'));
const ParticipantsPage = lazy(() => import('../pages/participants/ParticipantsPage'));
const ReintegrationPage = lazy(() => import('../pages/reintegration/ReintegrationPage'));
const BudgetsPage = lazy(() => import('../pages/budgets/BudgetsPage'));
const MonitoringPage = lazy(() => import('../pages/monitoring/MonitoringPage'));

// Style tags Mantine adds at run time carry the nonce the gateway put in index.html (CSP style-src).
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';

const theme = createTheme({ primaryColor: 'teal', primaryShade: 8, defaultRadius: 'sm' });

function SignedInRoutes() {
  const user = useMaybeUser();
  if (!user) return <SignInPage />;
  const allowed = (key: PageKey) => mayOpen(user, key);
  const path = (key: PageKey) => PAGES.find((p) => p.key === key)!.path;
  return (
    <Shell>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          {allowed('agreements') && <Route path={path('agreements')} element={<AgreementsPage />} />}
          {allowed('agreements') && <Route path={`${path('agreements')}/:id`} element={<AgreementPage />} />}
          {allowed('programs') && <Route path={`${path('programs')}/*`} element={<ProgramsPage />} />}
          {allowed('participants') && <Route path={path('participants')} element={<ParticipantsPage />} />}
          {allowed('reintegration') && (
            <Route path={`${path('reintegration')}/*`} element={<ReintegrationPage />} />
          )}
          {allowed('budgets') && <Route path={path('budgets')} element={<BudgetsPage />} />}
          {allowed('monitoring') && <Route path={path('monitoring')} element={<MonitoringPage />} />}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} getStyleNonce={() => nonce}>
      <SessionProvider>
        <BrowserRouter>
          <SignedInRoutes />
        </BrowserRouter>
      </SessionProvider>
    </MantineProvider>
  );
}
