import '../resources/fonts/noto-sans.css';
import './app/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setupI18n } from './i18n/setup';
import { markStartup } from './app/startupMarks';
import { openOfficeDatabaseOnce } from './session/openOfficeDatabase';

markStartup('entry-evaluated');
// IndexedDB opens the office database in the browser process while React renders the first screen (SessionGate waits
// for this same opening; a failure is shown there).
void openOfficeDatabaseOnce().catch(() => undefined);

const container = document.getElementById('root');
if (container) {
  setupI18n();
  markStartup('i18n-ready');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
