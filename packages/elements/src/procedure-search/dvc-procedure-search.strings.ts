import type { SearchFilters } from '../base/events.js';
import { countText } from '../i18n/plural.js';
import { commonStrings } from '../i18n/common-strings.js';
import { defineStrings } from '../i18n/strings.js';

/** A label for each facet filter. */
type FacetLabels = Record<keyof SearchFilters, string>;

export const strings = defineStrings(
  {
    ...commonStrings.vi,
    label: 'Tìm thủ tục hành chính',
    placeholder: 'Ví dụ: đăng ký khai sinh',
    hint: (min: number) => `Gõ từ ${min} ký tự để xem gợi ý, có dấu hoặc không dấu. Nhấn Enter để xem tất cả kết quả.`,
    submit: 'Tìm kiếm',
    suggestions: 'Gợi ý thủ tục',
    suggestCount: (n: number) => countText(n, 'vi', { other: 'Có {n} gợi ý. Dùng phím mũi tên lên, xuống để duyệt.' }),
    suggestNone: 'Không có gợi ý nào.',
    suggestError: 'Không tải được gợi ý.',
    suggestOffline: 'Bạn đang ngoại tuyến: chưa tải được gợi ý.',
    selected: (name: string) => `Đã chọn: ${name}. Thông tin chi tiết hiển thị bên dưới.`,
    resultsHeading: 'Kết quả tìm kiếm',
    total: (n: number, q: string) =>
      q ? `${countText(n, 'vi', { other: 'Tìm thấy {n} thủ tục' })} cho “${q}”` : countText(n, 'vi', { other: 'Có {n} thủ tục' }),
    totalAnnounce: (n: number) => countText(n, 'vi', { other: 'Tìm thấy {n} thủ tục.' }),
    loading: 'Đang tìm kiếm…',
    empty: 'Nhập tên hoặc mã thủ tục rồi nhấn Tìm kiếm, hoặc chọn một gợi ý.',
    noResults: (q: string) => `Không tìm thấy thủ tục nào phù hợp với “${q}”.`,
    noResultsTips: 'Hãy thử từ khóa ngắn hơn, kiểm tra chính tả hoặc bỏ bớt bộ lọc.',
    clearFilters: 'Bỏ tất cả bộ lọc',
    offline: 'Bạn đang ngoại tuyến. Kết quả sẽ tự tải lại khi có mạng, hoặc nhấn Thử lại.',
    filters: 'Bộ lọc',
    facet: { field: 'Lĩnh vực', level: 'Cấp thực hiện', onlineLevel: 'Mức độ trực tuyến', agency: 'Cơ quan' } as FacetLabels,
    any: 'Tất cả',
    withCount: (label: string, n: string) => `${label} (${n})`,
    code: 'Mã',
    pagination: 'Phân trang kết quả',
    previous: 'Trang trước',
    next: 'Trang sau',
    pageOf: (page: string, pages: string) => `Trang ${page} / ${pages}`,
    back: 'Quay lại kết quả tìm kiếm',
    valueMissing: 'Hãy tìm và chọn một thủ tục.',
  },
  {
    ...commonStrings.en,
    label: 'Search administrative procedures',
    placeholder: 'For example: birth registration',
    hint: (min: number) => `Type ${min} or more characters for suggestions, with or without accents. Press Enter to see all results.`,
    submit: 'Search',
    suggestions: 'Suggested procedures',
    suggestCount: (n: number) =>
      countText(n, 'en', {
        one: '{n} suggestion. Use the up and down arrow keys to browse.',
        other: '{n} suggestions. Use the up and down arrow keys to browse.',
      }),
    suggestNone: 'No suggestions.',
    suggestError: 'Suggestions could not be loaded.',
    suggestOffline: 'You are offline: suggestions could not be loaded.',
    selected: (name: string) => `Selected: ${name}. Details are shown below.`,
    resultsHeading: 'Search results',
    total: (n: number, q: string) =>
      q
        ? `${countText(n, 'en', { one: '{n} procedure found', other: '{n} procedures found' })} for “${q}”`
        : countText(n, 'en', { one: '{n} procedure', other: '{n} procedures' }),
    totalAnnounce: (n: number) => countText(n, 'en', { one: '{n} procedure found.', other: '{n} procedures found.' }),
    loading: 'Searching…',
    empty: 'Type a procedure name or code and press Search, or pick a suggestion.',
    noResults: (q: string) => `No procedure matches “${q}”.`,
    noResultsTips: 'Try a shorter keyword, check the spelling or remove some filters.',
    clearFilters: 'Clear all filters',
    offline: 'You are offline. Results will reload when you are back online, or press Try again.',
    filters: 'Filters',
    facet: { field: 'Field', level: 'Government level', onlineLevel: 'Online level', agency: 'Agency' } as FacetLabels,
    any: 'All',
    withCount: (label: string, n: string) => `${label} (${n})`,
    code: 'Code',
    pagination: 'Result pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
    back: 'Back to search results',
    valueMissing: 'Search for a procedure and choose one.',
  },
);

/** The search's strings in one locale. */
export type SearchStrings = (typeof strings)['vi'];
