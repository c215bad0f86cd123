import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BriefingSummary, CitationStyleInfo, NotebookStatus, Settings, TagWithCount } from '../api/contract';
import { notebook } from '../api/notebook-client';
import { ErrorArea, type ShownError } from '../components/error-area';
import { StatusBanner } from '../components/status-banner';
import { Toasts, type Toast } from '../components/toasts';
import { BriefingsScreen } from '../screens/briefings/briefings-screen';
import { ReaderScreen } from '../screens/reader/reader-screen';
import { SearchDialog } from '../screens/search/search-dialog';
import { SourcesScreen } from '../screens/sources/sources-screen';
import { TagsScreen } from '../screens/tags/tags-screen';
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

  useEffect(() => {
    void attempt(async () => {
      const [st, s, styleList] = await Promise.all([notebook.status(), notebook.getSettings(), notebook.listStyles()]);
      setStatus(st);
      setSettings(s);
      setStyles(styleList);
    });
    void refreshTags();
    void refreshBriefings();
  }, [attempt, refreshTags, refreshBriefings]);

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
      report,
      toast,
      attempt,
      openSearch,
      exportRequest,
    }),
    [route, routeSeq, navigate, tags, refreshTags, briefings, refreshBriefings, settings, updateSettings, styles, report, toast, attempt, openSearch, exportRequest],
  );

  return (
    <AppContext.Provider value={services}>
      <div className="app">
        <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
          Skip to content
        </button>
        <NavBar />
        <main id="main" ref={mainRef} tabIndex={-1} className="main">
          {status && !noticesDismissed && <StatusBanner notices={status.notices} onDismiss={() => setNoticesDismissed(true)} />}
          <ErrorArea errors={errors} onDismiss={(id) => setErrors((list) => list.filter((e) => e.id !== id))} />
          <Screen route={route} />
        </main>
        {searchOpen && <SearchDialog onClose={() => setSearchOpen(false)} />}
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
    case 'briefings':
      return <BriefingsScreen briefingId={route.briefingId} />;
  }
}
