// Types of scripts/gen-react.mjs, for the tests that import it.
export declare const MANIFEST: string;
export declare const ELEMENTS_PACKAGE: string;
export declare const REACT_SRC: string;
/** The generated files: path relative to packages/react/src -> content. */
export declare function reactWrappers(manifest: object, elementsPackage: object): Map<string, string>;
/** Files of `dir` that differ from what the manifest makes (missing, changed or left over). */
export declare function outdatedWrappers(dir?: string): string[];
/** Writes the wrappers into `dir`; returns the file names written. */
export declare function writeReactWrappers(dir?: string): string[];
/** `dvc-tax-code` -> `DvcTaxCode`. */
export declare function pascal(kebab: string): string;
