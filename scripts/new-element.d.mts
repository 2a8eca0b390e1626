// Types of scripts/new-element.mjs, for the test that imports it.
export declare const SCAFFOLD_MARK: string;
export interface ElementNames {
  tag: string;
  folder: string;
  className: string;
  prefix: string;
}
export interface RegistrationFiles {
  all: string;
  index: string;
  packageJson: string;
}
export declare function namesOf(tag: string): ElementNames;
/** Every file the element starts with: repo-relative path -> content. */
export declare function elementFiles(tag: string): Map<string, string>;
export declare function addRegistration(files: RegistrationFiles, tag: string): RegistrationFiles;
export declare function removeRegistration(files: RegistrationFiles, tag: string): RegistrationFiles;
