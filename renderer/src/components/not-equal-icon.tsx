/** The "sources disagree" mark: drawn, since the ≠ glyph renders poorly in many UI fonts. Decorative. */
export function NotEqualIcon({ className = 'flag-icon' }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M3.5 6.2h9M3.5 9.8h9M10.2 3 5.8 13" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
