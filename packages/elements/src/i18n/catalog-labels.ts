import type { ChannelKind, DurationUnit, Level, OnlineLevel } from '@dvc-kit/spec';
import type { Locale } from './locale.js';

/**
 * Labels for the contract's catalog enums, shared by search and detail
 * (the server's facet labels are Vietnamese; these follow the element's locale).
 */
export const LEVEL_LABELS: Record<Locale, Record<Level, string>> = {
  vi: { ministry: 'Cấp bộ', province: 'Cấp tỉnh', commune: 'Cấp xã', other: 'Cơ quan khác' },
  en: { ministry: 'Ministry', province: 'Province', commune: 'Commune', other: 'Other agency' },
};

export const ONLINE_LEVEL_LABELS: Record<Locale, Record<OnlineLevel, string>> = {
  vi: { full: 'Dịch vụ công trực tuyến toàn trình', partial: 'Dịch vụ công trực tuyến một phần', info: 'Chỉ cung cấp thông tin' },
  en: { full: 'Fully online', partial: 'Partly online', info: 'Information only' },
};

export const ONLINE_LEVEL_SHORT: Record<Locale, Record<OnlineLevel, string>> = {
  vi: { full: 'Toàn trình', partial: 'Một phần', info: 'Thông tin' },
  en: { full: 'Fully online', partial: 'Partly online', info: 'Information only' },
};

export const CHANNEL_LABELS: Record<Locale, Record<ChannelKind, string>> = {
  vi: { online: 'Trực tuyến', in_person: 'Trực tiếp', postal: 'Dịch vụ bưu chính' },
  en: { online: 'Online', in_person: 'In person', postal: 'By post' },
};

const UNIT_LABELS: Record<Locale, Record<DurationUnit, [one: string, many: string]>> = {
  vi: { working_day: ['ngày làm việc', 'ngày làm việc'], day: ['ngày', 'ngày'], hour: ['giờ', 'giờ'], month: ['tháng', 'tháng'] },
  en: { working_day: ['working day', 'working days'], day: ['day', 'days'], hour: ['hour', 'hours'], month: ['month', 'months'] },
};

/** '3 ngày làm việc' / '3 working days'; the value alone when the unit is unknown. */
export function durationLabel(value: number, unit: DurationUnit | null, locale: Locale, formatted: string): string {
  if (!unit) return formatted;
  const [one, many] = UNIT_LABELS[locale][unit];
  return `${formatted} ${value === 1 ? one : many}`;
}

/** A label for a facet value of a known enum facet, else the server's label. */
export function facetLabel(facet: 'field' | 'level' | 'onlineLevel' | 'agency', value: string, serverLabel: string, locale: Locale): string {
  if (facet === 'level' && value in LEVEL_LABELS[locale]) return LEVEL_LABELS[locale][value as Level];
  if (facet === 'onlineLevel' && value in ONLINE_LEVEL_SHORT[locale]) return ONLINE_LEVEL_SHORT[locale][value as OnlineLevel];
  return serverLabel;
}
