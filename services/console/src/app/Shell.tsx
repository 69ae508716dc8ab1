import { Alert, AppShell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, signOut, unwrap } from '../api/client';
import { LanguageSelect } from '../ui/LanguageSelect';
import { PAGES, mayOpen } from './access';
import { useUser } from './session';

const STATUS_POLL_MS = 30_000;

/** Lists the services the platform reports as not ready, checked every 30 s. */
function DegradedBanner() {
  const { t } = useTranslation();
  const [degraded, setDegraded] = useState<string[]>([]);
  useEffect(() => {
    const check = () =>
      api.GET('/api/v1/status').then(
        (answer) => setDegraded(unwrap(answer).degraded),
        () => setDegraded(['gateway']),
      );
    void check();
    const timer = setInterval(() => void check(), STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, []);
  if (degraded.length === 0) return null;
  return (
    <Alert color="orange" title={t('shell.degradedTitle')} mb="md" role="status">
      {t('shell.degraded', { services: degraded.map((s) => t(`service.${s}`)).join(', ') })}
    </Alert>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const isCurrent = (path: string) =>
    path === '/' ? location.pathname === '/' : location.pathname.startsWith(path);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <Text fw={700} size="lg" component="span">
              Sinergi
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md" component="span">
              {user.name} · {user.agencyCode} · {user.roles.map((r) => t(`role.${r}`)).join(', ')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSelect aria-label={t('shell.language')} size="sm" w={{ base: 130, sm: 190 }} />
            <Button variant="default" size="sm" onClick={() => void signOut()}>
              {t('shell.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        {PAGES.filter((page) => mayOpen(user, page.key)).map((page) => (
          <NavLink
            key={page.key}
            component={Link}
            to={page.path}
            label={t(`nav.${page.key}`)}
            active={isCurrent(page.path)}
            variant="filled"
            aria-current={isCurrent(page.path) ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <DegradedBanner />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
