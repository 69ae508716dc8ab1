import { createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
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
const EvaluationReportPage = lazy(() => import('../pages/agreements/EvaluationReportPage'));
const ProgramsPage = lazy(() => import('../pages/programs/ProgramsPage'));
const ProgramPage = lazy(() => import('../pages/programs/ProgramPage'));
const ParticipantsPage = lazy(() => import('../pages/participants/ParticipantsPage'));
const ReintegrationPage = lazy(() => import('../pages/reintegration/ReintegrationPage'));
const CasePage = lazy(() => import('../pages/reintegration/CasePage'));
const BudgetsPage = lazy(() => import('../pages/budgets/BudgetsPage'));
const BudgetPage = lazy(() => import('../pages/budgets/BudgetPage'));
const MonitoringPage = lazy(() => import('../pages/monitoring/MonitoringPage'));

// Style tags Mantine adds at run time carry the nonce the gateway put in index.html (CSP style-src).
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';

// A deep teal whose shade 8 (filled buttons, active menu, links) keeps white text and links at
// 7:1 against white, and its lighter shades above 3:1 for non-text marks (WCAG 2.2 AA contrast).
const theme = createTheme({
  colors: {
    sinergi: [
      '#e6f7f2',
      '#c3ebe0',
      '#9ddccc',
      '#6fc9b3',
      '#44b59b',
      '#23a386',
      '#168f74',
      '#0f7a63',
      '#0a6552',
      '#064f40',
    ],
  },
  primaryColor: 'sinergi',
  primaryShade: 8,
  defaultRadius: 'sm',
  // Alert titles in dark text on the light tint (the tint carries the colour), for contrast.
  components: { Alert: { styles: { title: { color: 'var(--mantine-color-dark-8)' } } } },
});

// Secondary ("dimmed") and error texts darker than Mantine's defaults, for the same reason.
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

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
          {allowed('agreements') && (
            <Route
              path={`${path('agreements')}/:id/evaluasi/:evaluationId`}
              element={<EvaluationReportPage />}
            />
          )}
          {allowed('programs') && <Route path={path('programs')} element={<ProgramsPage />} />}
          {allowed('programs') && <Route path={`${path('programs')}/:id`} element={<ProgramPage />} />}
          {allowed('participants') && <Route path={path('participants')} element={<ParticipantsPage />} />}
          {allowed('reintegration') && <Route path={path('reintegration')} element={<ReintegrationPage />} />}
          {allowed('reintegration') && <Route path={`${path('reintegration')}/:id`} element={<CasePage />} />}
          {allowed('budgets') && <Route path={path('budgets')} element={<BudgetsPage />} />}
          {allowed('budgets') && <Route path={`${path('budgets')}/:id`} element={<BudgetPage />} />}
          {allowed('monitoring') && <Route path={path('monitoring')} element={<MonitoringPage />} />}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables} getStyleNonce={() => nonce}>
      <SessionProvider>
        <BrowserRouter>
          <SignedInRoutes />
        </BrowserRouter>
      </SessionProvider>
    </MantineProvider>
  );
}
