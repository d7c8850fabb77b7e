import type { EnvironmentJSON } from '../api/schemas/index.js';
import { assignView, toView, type View } from './view.js';

type UserSettingsView = View<EnvironmentJSON>['userSettings'];

/** A user attribute's name (`email_address`, `username`, …), as keyed in `userSettings.attributes`. */
export type AttributeName = keyof UserSettingsView['attributes'];
/** How one attribute is configured: `enabled`, `required`, `usedForFirstFactor`, `firstFactors`, … */
export type AttributeSettings = UserSettingsView['attributes'][AttributeName];
export type PasswordSettings = UserSettingsView['passwordSettings'];
export type DisplayConfig = View<EnvironmentJSON>['displayConfig'];

export interface Environment extends Readonly<View<EnvironmentJSON>> {}

/** The instance's configuration (Clerk's `Environment`), fetched once on load. */
export class Environment {
  constructor(json: EnvironmentJSON) {
    assignView(this, toView(json));
  }
}
