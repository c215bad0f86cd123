// citation-js ships no typings. This declares only the part Dossier uses: the citeproc-js engine
// that @citation-js/plugin-csl registers, with its style and locale registers.

declare module '@citation-js/core' {
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
  }

  /** A CSL-JSON item (only the fields Dossier fills in). */
  export interface CslItem {
    id: string;
    type: string;
    title?: string;
    'title-short'?: string;
    genre?: string;
    'container-title'?: string;
    author?: CslName[];
    issued?: { 'date-parts': number[][] };
    URL?: string;
    language?: string;
  }

  /** A cite in a cluster; position and its companions are citeproc's own item fields. */
  export interface CiteprocCite {
    id: string;
    locator?: string;
    label?: string;
    position?: number;
    'near-note'?: boolean;
    'first-reference-note-number'?: number;
  }

  export interface CiteprocBibliographyParams {
    entry_ids: string[][];
    hangingindent?: boolean | number;
    'second-field-align'?: false | 'flush' | 'margin';
  }

  export interface CiteprocEngine {
    /** Registers the items (and only them), disambiguates and sorts them. */
    updateItems(ids: string[]): string[];
    /** Formats one cluster against the registered items, without changing the engine's state. */
    makeCitationCluster(cites: CiteprocCite[]): string;
    /** false when the style has no <bibliography>. */
    makeBibliography(): [CiteprocBibliographyParams, string[]] | false;
  }

  export interface Register<T> {
    set(key: string, value: T): Register<T>;
    has(key: string): boolean;
    get(key: string): T | undefined;
    delete(key: string): Register<T>;
  }

  export interface CslPluginConfig {
    engine(items: CslItem[], styleName: string, locale: string, format: string): CiteprocEngine;
    styles: Register<string>;
    locales: Register<string>;
  }

  export const plugins: {
    config: { get(name: '@csl'): CslPluginConfig };
  };
}

declare module '@citation-js/plugin-csl';
