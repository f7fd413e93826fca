/**
 * A repair (settings.ts: data, no words) as a sentence in the user's language: `repair_<kind>` from
 * _locales, with the setting named by the label the options page shows for it. A field with no label
 * yet (a setting added after this list) is named by its path, which is better than no name.
 */
import type { Repair } from '../lib/settings';
import { t } from '../lib/i18n';

const FIELD_LABELS: Record<string, string> = {
  settings: 'optionsTitle',
  version: 'repairFieldVersion',
  autoDefault: 'optionsDefaultHeading',
  autoSites: 'optionsSitesHeading',
  reader: 'optionsReaderHeading',
  'reader.theme': 'optionsTheme',
  'reader.fontSize': 'optionsFontSize',
  'reader.lineWidth': 'optionsLineWidth',
};

/** Values that are choices are shown by their label too ("system" → "Same as the system"). */
const VALUE_LABELS: Record<string, string> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
  'hide-related': 'optionsDefaultHide',
  reader: 'optionsDefaultReader',
};

const MESSAGE: Record<Repair['kind'], string> = {
  clamped: 'repairClamped',
  'not-number': 'repairNotNumber',
  unknown: 'repairUnknown',
  'not-object': 'repairNotObject',
  'not-setting': 'repairNotSetting',
  'not-host': 'repairNotHost',
  'unreadable-site': 'repairUnreadableSite',
  upgraded: 'repairUpgraded',
  'unreadable-version': 'repairUnreadableVersion',
};

const label = (field: string): string => (FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field);
const value = (v: string | undefined): string => (v === undefined ? '' : VALUE_LABELS[v] ? t(VALUE_LABELS[v]) : v);

/** The sentence for one repair. */
export function repairText(repair: Repair): string {
  const field = repair.kind === 'not-host' || repair.kind === 'unreadable-site' || repair.kind === 'not-setting' ? repair.field : label(repair.field);
  return t(MESSAGE[repair.kind], [field, value(repair.from), value(repair.to)]);
}
