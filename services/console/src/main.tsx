import '@mantine/core/styles.css';
import './app/print.css';
import { createRoot } from 'react-dom/client';
import { restoreSession } from './api/client';
import { App } from './app/App';
import { setUpI18n } from './i18n/i18n';

// The messages are bundled and a missing session only means signing in, so this cannot fail.
void Promise.all([setUpI18n(), restoreSession()]).then(() =>
  createRoot(document.getElementById('root')!).render(<App />),
);
