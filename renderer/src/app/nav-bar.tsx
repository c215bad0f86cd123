import type { Theme } from '../api/contract';
import { useApp } from './app-context';
import { hrefFor } from './route';

const isMac = /Mac/.test(navigator.platform);

export function NavBar() {
  const { route, tags, briefings, settings, updateSettings, openSearch, openSettings } = useApp();
  const current = route.screen === 'reader' ? 'sources' : route.screen;
  const links = [
    { screen: 'sources' as const, label: 'Sources', count: undefined },
    { screen: 'tags' as const, label: 'Tags', count: tags.length },
    { screen: 'claims' as const, label: 'Claims', count: undefined },
    { screen: 'briefings' as const, label: 'Briefings', count: briefings.length },
  ];
  return (
    <nav className="nav" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">D</span>
        <span className="brand-name">Dossier</span>
      </div>
      <button type="button" className="nav-search" onClick={openSearch} aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}>
        <span>Search</span>
        <kbd aria-hidden="true">{isMac ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      <ul className="nav-links">
        {links.map((l) => (
          <li key={l.screen}>
            <a href={hrefFor({ screen: l.screen })} aria-current={current === l.screen ? 'page' : undefined}>
              <span>{l.label}</span>
              {l.count !== undefined && l.count > 0 && (
                <span className="nav-count">
                  <span className="sr-only">(</span>
                  {l.count}
                  <span className="sr-only">)</span>
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
      <div className="nav-footer">
        <button type="button" className="nav-settings" onClick={openSettings} aria-keyshortcuts={isMac ? 'Meta+,' : 'Control+,'}>
          Settings…
        </button>
        <label htmlFor="theme-select">Theme</label>
        <select id="theme-select" value={settings.theme} onChange={(e) => void updateSettings({ theme: e.target.value as Theme })}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
    </nav>
  );
}
