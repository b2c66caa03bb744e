import { nodeSdkCodes } from './node-sdk.js';

/**
 * Code sets a project can switch on with `settings.licensespring.presets`,
 * each a map from code to the status it comes with. Every preset is generated
 * from the package it describes, never listed by hand.
 */
export const presets: ReadonlyMap<string, Readonly<Record<string, number>>> = new Map([['node-sdk', nodeSdkCodes]]);
