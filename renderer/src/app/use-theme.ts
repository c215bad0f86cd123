import { useEffect } from 'react';
import type { Theme } from '../api/contract';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function resolvedTheme(theme: Theme): 'light' | 'dark' {
  if (theme === 'system') return darkQuery().matches ? 'dark' : 'light';
  return theme;
}

/** Puts the resolved theme on <html data-theme>, following the system while the setting says so. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const apply = () => {
      document.documentElement.dataset.theme = resolvedTheme(theme);
    };
    apply();
    if (theme !== 'system') return;
    const q = darkQuery();
    q.addEventListener('change', apply);
    return () => q.removeEventListener('change', apply);
  }, [theme]);
}
