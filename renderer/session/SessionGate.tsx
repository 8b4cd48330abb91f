import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { LocalizedText, Role } from '../../shared/regulations/types';
import { toStoreError, type CaseStore, type OfficeRow, type UserRow } from '../../shared/store';
import { CaseStoreProvider, openCaseStoreOnce } from '../store';
import { useLang } from '../i18n/useLang';
import { FirstStartWizard } from './FirstStartWizard';
import { LoginScreen } from './LoginScreen';
import { actorOf, SessionContext, type Session } from './SessionContext';

/** Minutes without keyboard or mouse before the screen locks (the user must type the password again). */
export const IDLE_LOCK_MINUTES = 10;

type Loaded = { store: CaseStore; office: OfficeRow | undefined; deviceId: string };

/**
 * Opens the office database, then: first start → set up the office; no one signed in → login; idle → lock. Only a
 * signed-in session reaches the desks.
 */
export function SessionGate({ children, header }: { children: ReactNode; header: ReactNode }) {
  const { t, text } = useLang();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  const [signedIn, setSignedIn] = useState<{ user: UserRow; role: Role } | null>(null);
  const [locked, setLocked] = useState(false);
  const lastActivity = useRef(0);

  const load = useCallback((store?: CaseStore) => {
    void (store ? Promise.resolve(store) : openCaseStoreOnce({ onBlocked: () => window.location.reload() }))
      .then(readWorkstation)
      .then(setLoaded, (error: unknown) => setFailure(toStoreError(error).localized));
  }, []);

  useEffect(() => {
    load();
  }, [load]);

  useEffect(() => {
    if (!signedIn || locked) return;
    lastActivity.current = Date.now();
    const touch = () => {
      lastActivity.current = Date.now();
    };
    const events = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current > IDLE_LOCK_MINUTES * 60_000) setLocked(true);
    }, 15_000);
    return () => {
      for (const e of events) window.removeEventListener(e, touch);
      window.clearInterval(timer);
    };
  }, [signedIn, locked]);

  const session = useMemo<Session | null>(() => {
    if (!loaded?.office || !signedIn) return null;
    return {
      store: loaded.store,
      office: loaded.office,
      deviceId: loaded.deviceId,
      user: signedIn.user,
      role: signedIn.role,
      actor: actorOf(signedIn.user, signedIn.role, loaded.office, loaded.deviceId),
      lock: () => setLocked(true),
      logout: () => setSignedIn(null),
    };
  }, [loaded, signedIn]);

  const screen = (body: ReactNode) => (
    <>
      {header}
      <Box component="main" id="main" tabIndex={-1} sx={{ outline: 'none' }}>
        {body}
      </Box>
    </>
  );
  if (failure) {
    return screen(
      <Box sx={{ p: 4 }}>
        <Alert severity="error" role="alert">
          <Typography sx={{ fontWeight: 700 }}>{t('session.openFailed')}</Typography>
          {text(failure)}
        </Alert>
      </Box>,
    );
  }
  if (!loaded) {
    return screen(
      <Box sx={{ p: 6, display: 'flex', gap: 2, alignItems: 'center', justifyContent: 'center' }} role="status">
        <CircularProgress size={24} />
        <Typography>{t('session.opening')}</Typography>
      </Box>,
    );
  }
  if (!loaded.office) return screen(<FirstStartWizard store={loaded.store} deviceId={loaded.deviceId} onDone={() => load(loaded.store)} />);
  if (!signedIn || !session) return screen(<LoginScreen store={loaded.store} onSignedIn={(user, role) => setSignedIn({ user, role })} />);
  if (locked) {
    return screen(
      <LoginScreen
        store={loaded.store}
        lockedUser={signedIn}
        onSignedIn={() => {
          lastActivity.current = Date.now();
          setLocked(false);
        }}
      />,
    );
  }
  return (
    <CaseStoreProvider store={loaded.store}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </CaseStoreProvider>
  );
}

/** What this workstation is: its office (none before the first start) and its device id. */
async function readWorkstation(store: CaseStore): Promise<Loaded> {
  const officeId = await store.settings.find<string>('office.id');
  const deviceId = (await store.settings.find<string>('device.id')) ?? crypto.randomUUID();
  const office = officeId ? await store.officeDirectory.findOffice(officeId) : undefined;
  return { store, office, deviceId };
}
