import '@mantine/core/styles.css';
import './app/print.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setUpI18n } from './i18n/i18n';

setUpI18n().then(() => createRoot(document.getElementById('root')!).render(<App />));
