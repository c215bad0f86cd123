import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BackupInfo, BriefingSummary, CitationStyleInfo, NotebookStatus, Settings, TagWithCount } from '../api/contract';
import { notebook } from '../api/notebook-client';
import { ErrorArea, type ShownError } from '../components/error-area';
import { StatusBanner } from '../components/status-banner';
import { Toasts, type Toast } from '../components/toasts';
import { BriefingsScreen } from '../screens/briefings/briefings-screen';
import { ReaderScreen } from '../screens/reader/reader-screen';
import { SearchDialog } from '../screens/search/search-dialog';
import { SourcesScreen } from '../screens/sources/sources-screen';
import { TagsScreen } from '../screens/tags/tags-screen';
import { ClaimsScreen } from '../screens/claims/claims-screen';
import { RestoreBackupDialog } from '../screens/settings/restore-backup-dialog';
import { SettingsDialog } from '../screens/settings/settings-dialog';
import { backupTime } from '../lib/describe-backup';
import { AppContext, type AppServices, type ToastAction } from './app-context';
import { NavBar } from './nav-bar';
import { hrefFor, parseHash, type Route } from './route';
import { useCommands } from './use-commands';
import { resolvedTheme, useTheme } from './use-theme';

const DEFAULT_SETTINGS: Settings = { theme: 'system', hideBoilerplate: false, defaultStyle: 'chicago', paper: 'a4', lastExportDir: '' };
const TOAST_MS = 6000;

export function App() {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  const [routeSeq, setRouteSeq] = useState(0);
  const [tags, setTags] = useState<TagWithCount[]>([]);
  const [briefings, setBriefings] = useState<BriefingSummary[]>([]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [styles, setStyles] = useState<CitationStyleInfo[]>([]);
  const [status, setStatus] = useState<NotebookStatus | null>(null);
  const [noticesDismissed, setNoticesDismissed] = useState(false);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [searchOpen, setSearchOpen] = useState(false);
  const [exportRequest, setExportRequest] = useState(0);
  const [dataDialog, setDataDialog] = useState<'settings' | 'restore' | null>(null);
  /** Bumped when the notebook's data was replaced (a restore), so every screen loads afresh. */
  const [dataEpoch, setDataEpoch] = useState(0);
  const nextId = useRef(1);
  const mainRef = useRef<HTMLElement>(null);

  useTheme(settings.theme);

  const report = useCallback((e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
    setErrors((list) => [...list.filter((x) => x.message !== message), { id: nextId.current++, message, code }].slice(-3));
  }, []);

  const attempt = useCallback(
    async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await fn();
      } catch (e) {
        report(e);
        return undefined;
      }
    },
    [report],
  );

  const dismissToast = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const toast = useCallback(
    (message: string, action?: ToastAction) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-2), { id, message, action }]);
      window.setTimeout(() => dismissToast(id), action ? TOAST_MS * 1.5 : TOAST_MS);
    },
    [dismissToast],
  );

  const navigate = useCallback((next: Route) => {
    setRoute(next);
    setRouteSeq((n) => n + 1);
    const href = hrefFor(next);
    if (window.location.hash !== href) window.history.pushState(null, '', href);
  }, []);

  useEffect(() => {
    const onHash = () => {
      setRoute(parseHash(window.location.hash));
      setRouteSeq((n) => n + 1);
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('popstate', onHash);
    };
  }, []);

  const refreshTags = useCallback(async () => {
    await attempt(async () => setTags(await notebook.listTags()));
  }, [attempt]);
  const refreshBriefings = useCallback(async () => {
    await attempt(async () => setBriefings(await notebook.listBriefings()));
  }, [attempt]);

  const updateSettings = useCallback(
    async (patch: Partial<Omit<Settings, 'lastExportDir'>>) => {
      setSettings((s) => ({ ...s, ...patch }));
      const saved = await attempt(() => notebook.updateSettings(patch));
      if (saved) setSettings(saved);
    },
    [attempt],
  );

  const refreshStyles = useCallback(async () => {
    await attempt(async () => setStyles(await notebook.listStyles()));
  }, [attempt]);

  const loadNotebook = useCallback(async () => {
    await Promise.all([
      attempt(async () => {
        const [st, s, styleList] = await Promise.all([notebook.status(), notebook.getSettings(), notebook.listStyles()]);
        setStatus(st);
        setSettings(s);
        setStyles(styleList);
      }),
      refreshTags(),
      refreshBriefings(),
    ]);
  }, [attempt, refreshTags, refreshBriefings]);

  useEffect(() => {
    void loadNotebook();
  }, [loadNotebook]);

  const openSettings = useCallback(() => setDataDialog('settings'), []);

  const afterRestore = useCallback(
    async (backup: BackupInfo) => {
      setDataDialog(null);
      setNoticesDismissed(true);
      await loadNotebook();
      setDataEpoch((n) => n + 1);
      const list = await attempt(() => notebook.listBriefings());
      if (route.screen === 'briefings' && route.briefingId && list && !list.some((b) => b.id === route.briefingId)) {
        navigate({ screen: 'briefings' });
      }
      toast(`Restored the backup from ${backupTime(backup)}. Your notebook as it was before is kept as a “before restore” backup.`);
    },
    [attempt, loadNotebook, navigate, route, toast],
  );

  const afterStylesChanged = useCallback(
    async (restyled: number) => {
      await refreshStyles();
      // Briefings moved to another style: an open briefing must show its new style.
      if (restyled > 0) {
        await refreshBriefings();
        setDataEpoch((n) => n + 1);
      }
    },
    [refreshStyles, refreshBriefings],
  );

  const openSearch = useCallback(() => setSearchOpen(true), []);

  useCommands({
    find: openSearch,
    'toggle-theme': () => void updateSettings({ theme: resolvedTheme(settings.theme) === 'dark' ? 'light' : 'dark' }),
    'new-briefing': () =>
      void attempt(async () => {
        const b = await notebook.createBriefing({ title: 'Untitled briefing' });
        await refreshBriefings();
        navigate({ screen: 'briefings', briefingId: b.id });
      }),
    export: () => {
      if (route.screen === 'briefings' && route.briefingId) setExportRequest((n) => n + 1);
      else report(new Error('Open a briefing first, then export it.'));
    },
    'restore-backup': () => setDataDialog('restore'),
    'open-settings': openSettings,
  });

  const services = useMemo<AppServices>(
    () => ({
      route,
      routeSeq,
      navigate,
      tags,
      refreshTags,
      briefings,
      refreshBriefings,
      settings,
      updateSettings,
      styles,
      refreshStyles,
      report,
      toast,
      attempt,
      openSearch,
      openSettings,
      exportRequest,
    }),
    [route, routeSeq, navigate, tags, refreshTags, briefings, refreshBriefings, settings, updateSettings, styles, refreshStyles, report, toast, attempt, openSearch, openSettings, exportRequest],
  );

  return (
    <AppContext.Provider value={services}>
      <div className="app">
        <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
          Skip to content
        </button>
        <NavBar />
        <main id="main" ref={mainRef} tabIndex={-1} className="main">
          {status && !noticesDismissed && (
            <StatusBanner notices={status.notices} onDismiss={() => setNoticesDismissed(true)} onRestoreBackup={() => setDataDialog('restore')} />
          )}
          <ErrorArea errors={errors} onDismiss={(id) => setErrors((list) => list.filter((e) => e.id !== id))} />
          <Screen key={dataEpoch} route={route} />
        </main>
        {searchOpen && <SearchDialog onClose={() => setSearchOpen(false)} />}
        {dataDialog === 'settings' && (
          <SettingsDialog
            dataDir={status?.dataDir ?? ''}
            onClose={() => setDataDialog(null)}
            onRestoreBackup={() => setDataDialog('restore')}
            onStylesChanged={afterStylesChanged}
          />
        )}
        {dataDialog === 'restore' && (
          <RestoreBackupDialog dataDir={status?.dataDir ?? ''} onClose={() => setDataDialog(null)} onRestored={(b) => void afterRestore(b)} />
        )}
        <Toasts toasts={toasts} onDismiss={dismissToast} />
      </div>
    </AppContext.Provider>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'sources':
      return <SourcesScreen />;
    case 'reader':
      return <ReaderScreen key={route.sourceId} sourceId={route.sourceId} paragraphId={route.paragraphId} />;
    case 'tags':
      return <TagsScreen tagId={route.tagId} />;
    case 'claims':
      return <ClaimsScreen claimId={route.claimId} />;
    case 'briefings':
      return <BriefingsScreen briefingId={route.briefingId} />;
  }
}
