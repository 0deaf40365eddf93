// Just what the project uses of two untyped libraries: citeproc-js and Citation.js.

declare module 'citeproc' {
  interface CslSys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
  }
  export class Engine {
    constructor(sys: CslSys, style: unknown, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
    previewCitationCluster(
      citation: { citationItems: CitationItem[]; properties: { noteIndex: number } },
      before: unknown[],
      after: unknown[],
      format: 'html' | 'text',
    ): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}

declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibtex' | 'data', options?: Record<string, unknown>): string;
  }
}

declare module '@citation-js/plugin-bibtex';
