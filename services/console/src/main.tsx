import '@mantine/core/styles.css';
import './app/print.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setUpI18n } from './i18n/i18n';

// The messages are bundled, so setting up i18n cannot fail on the network; render once it is done.
void setUpI18n().then(() => createRoot(document.getElementById('root')!).render(<App />));
