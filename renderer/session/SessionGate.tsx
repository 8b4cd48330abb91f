import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { LocalizedText, Role } from '../../shared/regulations/types';
import type { CaseStore } from '../../shared/store';
import type { CaseDatabase, OfficeRow, UserRow } from '../../shared/store/database';
import { officeDirectory, settings } from '../../shared/store/officeDirectory';
import { toStoreError } from '../../shared/store/storeErrors';
// Not '../store' (its index brings the live-query hooks and backup files, hence the whole store, into the entry chunk).
import { CaseStoreProvider } from '../store/CaseStoreProvider';
import { useLang } from '../i18n/useLang';
import { afterPaintWhenIdle, markStartup } from '../app/startupMarks';
import { FirstStartWizard } from './FirstStartWizard';
import { LoginScreen } from './LoginScreen';
import { bindCaseStoreOnce, openOfficeDatabaseOnce } from './openOfficeDatabase';
import { actorOf, SessionContext, type Session } from './SessionContext';

/** Minutes without keyboard or mouse before the screen locks (the user must type the password again). */
export const IDLE_LOCK_MINUTES = 10;

type Loaded = { db: CaseDatabase; office: OfficeRow | undefined; deviceId: string };

/**
 * Whether this profile's office was set up, remembered synchronously (localStorage) so that on a cold start the
 * sign-in screen shows at once while IndexedDB is still opening (opening a large office database in a new browser
 * process takes a good part of a second). Only which screen comes first depends on it: the database stays the truth —
 * if it holds no office after all, the first-start screen replaces the sign-in at once, and the hint is cleared.
 */
const OFFICE_HINT = 'kz-state-services.office';
function officeHint(): boolean {
  try {
    return window.localStorage.getItem(OFFICE_HINT) !== null;
  } catch {
    return false;
  }
}
function rememberOffice(office: OfficeRow | undefined): void {
  try {
    if (office) window.localStorage.setItem(OFFICE_HINT, office.id);
    else window.localStorage.removeItem(OFFICE_HINT);
  } catch {
    // storage unavailable: the sign-in simply waits for the database
  }
}

/** How long the sign-in waits for `prepareDesks` before it shows the desks anyway. */
const PREPARE_DESKS_MS = 400;

/**
 * Opens the office database, then: first start → set up the office; no one signed in → login; idle → lock. Only a
 * signed-in session reaches the desks. The sign-in screen needs only the database and the accounts; the whole case
 * store (regulations, workflow, repositories) is bound when the user signs in, and loaded in the background as soon as
 * the sign-in screen is on screen (`onSignInShown` lets the app preload the desks then too).
 */
export function SessionGate({
  children,
  header,
  onSignInShown,
  prepareDesks,
}: {
  children: ReactNode;
  header: ReactNode;
  onSignInShown?: () => void;
  /** Run once per sign-in before the desks are shown (e.g. reading their first page); at most PREPARE_DESKS_MS. */
  prepareDesks?: (store: CaseStore, user: UserRow, role: Role) => Promise<void>;
}) {
  const { t, text } = useLang();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [store, setStore] = useState<CaseStore | null>(null);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  const [signedIn, setSignedIn] = useState<{ user: UserRow; role: Role } | null>(null);
  const [locked, setLocked] = useState(false);
  const lastActivity = useRef(0);

  const load = useCallback((db?: CaseDatabase) => {
    void (db ? Promise.resolve(db) : openOfficeDatabaseOnce())
      .then((opened) => {
        markStartup('store-opened');
        return readWorkstation(opened);
      })
      .then(
        (workstation) => {
          rememberOffice(workstation.office);
          setLoaded(workstation);
        },
        (error: unknown) => setFailure(toStoreError(error).localized),
      );
  }, []);

  useEffect(() => {
    load();
  }, [load]);

  // The desks work on the whole store; bind it when they are to be shown.
  const needsStore = loaded !== null && signedIn !== null;
  useEffect(() => {
    if (!loaded || !needsStore || store?.db === loaded.db) return;
    let current = true;
    bindCaseStoreOnce(loaded.db).then(
      (bound) => {
        if (!current) return;
        markStartup('store-bound');
        setStore(bound);
      },
      (error: unknown) => current && setFailure(toStoreError(error).localized),
    );
    return () => {
      current = false;
    };
  }, [loaded, needsStore, store]);

  // While the user types the password, load the rest in the background — after the sign-in screen is painted, so it
  // appears first (a failure here shows again, and is reported, when the store or the desks are needed): the desks'
  // code at once, the whole store once the database is open.
  const signInShown = !signedIn && (loaded ? Boolean(loaded.office) : officeHint());
  useEffect(() => (signInShown && onSignInShown ? afterPaintWhenIdle(onSignInShown) : undefined), [signInShown, onSignInShown]);
  useEffect(() => {
    if (!signInShown || !loaded) return;
    return afterPaintWhenIdle(() => void bindCaseStoreOnce(loaded.db).catch(() => undefined));
  }, [signInShown, loaded]);

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

  // Before the desks' first render, let them read what they show first (bounded: a slow read only delays them a little).
  const [prepared, setPrepared] = useState<{ user: UserRow; role: Role } | null>(null);
  useEffect(() => {
    if (!signedIn || !store || store.db !== loaded?.db || prepared === signedIn) return;
    let current = true;
    const done = () => current && setPrepared(signedIn);
    const timer = window.setTimeout(done, PREPARE_DESKS_MS);
    void (prepareDesks ? prepareDesks(store, signedIn.user, signedIn.role) : Promise.resolve()).catch(() => undefined).then(done);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [signedIn, store, loaded, prepared, prepareDesks]);

  const session = useMemo<Session | null>(() => {
    if (!loaded?.office || !signedIn || store?.db !== loaded.db) return null;
    return {
      store,
      office: loaded.office,
      deviceId: loaded.deviceId,
      user: signedIn.user,
      role: signedIn.role,
      actor: actorOf(signedIn.user, signedIn.role, loaded.office, loaded.deviceId),
      lock: () => setLocked(true),
      logout: () => setSignedIn(null),
    };
  }, [loaded, signedIn, store]);

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
  if (!loaded && officeHint() && !signedIn) {
    return screen(<LoginScreen db={openOfficeDatabaseOnce()} onSignedIn={(user, role) => setSignedIn({ user, role })} />);
  }
  if (!loaded) {
    return screen(
      <Box sx={{ p: 6, display: 'flex', gap: 2, alignItems: 'center', justifyContent: 'center' }} role="status">
        <CircularProgress size={24} />
        <Typography>{t('session.opening')}</Typography>
      </Box>,
    );
  }
  const loading = <LinearProgress aria-label={t('app.loading')} />;
  if (!loaded.office) return screen(<FirstStartWizard db={loaded.db} deviceId={loaded.deviceId} onDone={() => load(loaded.db)} />);
  if (!signedIn) return screen(<LoginScreen db={loaded.db} onSignedIn={(user, role) => setSignedIn({ user, role })} />);
  if (!session || prepared !== signedIn) return loading;
  if (locked) {
    return screen(
      <LoginScreen
        db={loaded.db}
        lockedUser={signedIn}
        onSignedIn={() => {
          lastActivity.current = Date.now();
          setLocked(false);
        }}
      />,
    );
  }
  return (
    <CaseStoreProvider store={session.store}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </CaseStoreProvider>
  );
}

/** What this workstation is: its office (none before the first start) and its device id. */
async function readWorkstation(db: CaseDatabase): Promise<Loaded> {
  const officeId = await settings.find<string>(db, 'office.id');
  const deviceId = (await settings.find<string>(db, 'device.id')) ?? crypto.randomUUID();
  const office = officeId ? await officeDirectory.findOffice(db, officeId) : undefined;
  return { db, office, deviceId };
}
