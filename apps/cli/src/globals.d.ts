/** The package version, put in by the build (tsup `define`). */
declare const __ALIST_VERSION__: string;
