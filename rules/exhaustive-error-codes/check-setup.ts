import type { ParserServicesWithTypeInformation } from '@typescript-eslint/utils';

import type { LicenseSpringSettings } from '../utils/catalog/settings.js';

/** What the switch, ladder and table checks of one file share, settled once in the rule's `create`. */
export interface CheckSetup {
  readonly settings: LicenseSpringSettings;
  /** The type checker, when the program has the License API's types; `undefined` leaves labels and keys to tell. */
  readonly services: ParserServicesWithTypeInformation | undefined;
  /** Whether the file shows it talks to the License API: without it, only types make a dispatch one on License API errors. */
  readonly inFile: boolean;
  /** `defaultCaseCommentPattern`, compiled. */
  readonly commentPattern: RegExp;
  /** `considerDefaultExhaustive` with its default applied. */
  readonly considerDefaultExhaustive: boolean;
  /** `allowDefaultCaseForExhaustiveSwitch` with its default applied. */
  readonly allowDefaultCaseForExhaustiveSwitch: boolean;
  /** The file's indentation step, guessed on the first suggestion that needs it. */
  readonly indentUnit: () => string;
}
