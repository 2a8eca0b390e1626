/**
 * A small hand-written catalog of realistic Vietnamese procedures for stories
 * and browser tests. Codes, names and agencies follow the real national
 * catalog's shape; amounts and texts are written for this project (the real
 * 2,642-procedure file is read at run time elsewhere, never copied here).
 */
import type { Agency, Channel, DossierCase, DossierComponent, Fee, Field, Level, OnlineLevel, Procedure } from '@dvc-kit/spec';

export const AGENCIES = {
  btp: { id: '000.00.00.G15', name: 'Bộ Tư pháp', level: 'ministry', parentId: null },
  bca: { id: '000.00.00.G01', name: 'Bộ Công an', level: 'ministry', parentId: null },
  btc: { id: '000.00.00.G09', name: 'Bộ Tài chính', level: 'ministry', parentId: null },
  bxd: { id: '000.00.00.G10', name: 'Bộ Xây dựng', level: 'ministry', parentId: null },
  bnnmt: { id: '000.00.00.G04', name: 'Bộ Nông nghiệp và Môi trường', level: 'ministry', parentId: null },
  nhnn: { id: '000.00.00.G13', name: 'Ngân hàng Nhà nước Việt Nam', level: 'ministry', parentId: null },
  thanhHoa: { id: '000.00.00.H56', name: 'Ủy ban nhân dân tỉnh Thanh Hóa', level: 'province', parentId: null },
  haNoi: { id: '000.00.00.H26', name: 'Ủy ban nhân dân thành phố Hà Nội', level: 'province', parentId: null },
  hacThanh: { id: '000.01.01.H56', name: 'Ủy ban nhân dân phường Hạc Thành', level: 'commune', parentId: '000.00.00.H56' },
} satisfies Record<string, Agency>;

const FIELDS = {
  hoTich: { id: 'ho-tich', name: 'Hộ tịch' },
  llTuPhap: { id: 'ly-lich-tu-phap', name: 'Lý lịch tư pháp' },
  chungThuc: { id: 'chung-thuc', name: 'Chứng thực' },
  cuTru: { id: 'dang-ky-quan-ly-cu-tru', name: 'Đăng ký, quản lý cư trú' },
  xuatNhapCanh: { id: 'quan-ly-xuat-nhap-canh', name: 'Quản lý xuất nhập cảnh' },
  canCuoc: { id: 'cap-quan-ly-can-cuoc', name: 'Cấp, quản lý căn cước' },
  doanhNghiep: { id: 'thanh-lap-va-hoat-dong-doanh-nghiep', name: 'Thành lập và hoạt động của doanh nghiệp' },
  thue: { id: 'thue', name: 'Thuế' },
  haiQuan: { id: 'hai-quan', name: 'Hải quan' },
  xayDung: { id: 'hoat-dong-xay-dung', name: 'Hoạt động xây dựng' },
  duongBo: { id: 'duong-bo', name: 'Đường bộ' },
  datDai: { id: 'dat-dai', name: 'Đất đai' },
  nganHang: { id: 'thanh-lap-va-hoat-dong-ngan-hang', name: 'Thành lập và hoạt động ngân hàng' },
  khieuNai: { id: 'giai-quyet-khieu-nai', name: 'Giải quyết khiếu nại' },
} satisfies Record<string, Field>;

const free: Fee = { kind: 'charge', amount: null, currency: 'VND', free: true, text: 'Miễn phí' };
const charge = (amount: number, text?: string): Fee => ({
  kind: 'charge', amount, currency: 'VND', free: false, text: text ?? `Lệ phí: ${amount.toLocaleString('vi-VN')} đồng`,
});
const fee = (amount: number, text?: string): Fee => ({
  kind: 'fee', amount, currency: 'VND', free: false, text: text ?? `Phí: ${amount.toLocaleString('vi-VN')} đồng`,
});

interface Compact {
  code: string;
  name: string;
  field: Field;
  levels: Level[];
  online: OnlineLevel;
  agency: Agency;
  decision: string;
  implementing?: string;
  days: number;
  unit?: 'working_day' | 'day' | 'hour' | 'month';
  fees?: Fee[];
  postal?: boolean;
  components?: Array<[name: string, originals: number, copies: number, template?: string]>;
  cases?: Array<{ name: string; components: Array<[string, number, number, string?]> }>;
  result?: [code: string | null, name: string];
  legal?: string[];
  requirements?: string;
  targets?: string[];
}

function components(list: Array<[string, number, number, string?]>, prefix = 'c'): DossierComponent[] {
  return list.map(([name, originals, copies, template], i) => ({
    id: `${prefix}${i + 1}`,
    name,
    required: !/\(nếu có\)/.test(name),
    originals,
    copies,
    template: template ? { name: template, url: `/templates/${encodeURIComponent(template)}` } : null,
  }));
}

function build(c: Compact): Procedure {
  const unit = c.unit ?? 'working_day';
  const fees = c.fees ?? [free];
  const channel = (kind: Channel['channel'], extraDays = 0, note: string | null = null): Channel => ({
    channel: kind,
    duration: { value: c.days + extraDays, unit, text: null },
    fees,
    note,
  });
  const channels: Channel[] = [];
  if (c.online !== 'info') channels.push(channel('online', 0, 'Nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia.'));
  channels.push(channel('in_person'));
  if (c.postal !== false) channels.push(channel('postal', 1, 'Thời gian chuyển phát không tính vào thời hạn giải quyết.'));
  const cases: DossierCase[] = c.cases
    ? c.cases.map((k, i) => ({ id: `tr${i + 1}`, name: k.name, components: components(k.components, `tr${i + 1}c`) }))
    : [{ id: 'default', name: null, components: components(c.components ?? [['Tờ khai theo mẫu', 1, 0]]) }];
  return {
    code: c.code,
    name: c.name,
    field: c.field,
    levels: c.levels,
    onlineLevel: c.online,
    agency: c.agency,
    decisionNo: c.decision,
    procedureType: 'TTHC được luật giao quy định chi tiết',
    implementingAgency: c.implementing ?? c.agency.name,
    targetGroups: c.targets ?? ['Công dân Việt Nam', 'Người nước ngoài'],
    channels,
    cases,
    results: c.result ? [{ code: c.result[0], name: c.result[1] }] : [],
    legalBasis: c.legal ?? [],
    requirements: c.requirements ?? null,
    steps:
      'Bước 1: Người có yêu cầu nộp hồ sơ trực tuyến, trực tiếp hoặc qua bưu chính.\n' +
      'Bước 2: Cơ quan tiếp nhận kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.\n' +
      'Bước 3: Giải quyết và trả kết quả theo cách thức người yêu cầu đã chọn.',
    sourceUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${c.code}`,
  };
}

/** A real-length name (about 1,100 characters), as the national catalog has. */
export const LONG_NAME =
  'Thủ tục đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền ' +
  'với đất lần đầu đối với trường hợp hộ gia đình, cá nhân, cộng đồng dân cư đang sử dụng đất có giấy tờ về quyền sử dụng đất ' +
  'quy định tại Điều 137 của Luật Đất đai; trường hợp hộ gia đình, cá nhân đang sử dụng đất mà không có giấy tờ về quyền sử dụng ' +
  'đất và không vi phạm pháp luật về đất đai, không thuộc trường hợp đất được giao không đúng thẩm quyền; trường hợp đất được giao ' +
  'không đúng thẩm quyền cho hộ gia đình, cá nhân trước ngày 01 tháng 7 năm 2014; trường hợp sử dụng đất có vi phạm pháp luật về ' +
  'đất đai trước ngày 01 tháng 7 năm 2014; trường hợp tổ chức trong nước, cơ sở tôn giáo, tổ chức kinh tế có vốn đầu tư nước ngoài, ' +
  'người gốc Việt Nam định cư ở nước ngoài đang sử dụng đất; trường hợp chủ đầu tư dự án đầu tư xây dựng nhà ở để bán hoặc để bán ' +
  'kết hợp cho thuê, cấp Giấy chứng nhận cho người mua nhà ở, người nhận chuyển nhượng quyền sử dụng đất ở gắn liền với nhà ở ' +
  'trong dự án; và trường hợp đăng ký, cấp Giấy chứng nhận đối với đất xây dựng công trình ngầm, đất có mặt nước chuyên dùng, đất ' +
  'sử dụng vào mục đích quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế thực hiện tại cấp tỉnh và cấp xã';

const registry: Compact[] = [
  {
    code: '1.001193', name: 'Thủ tục đăng ký khai sinh', field: FIELDS.hoTich, levels: ['commune'], online: 'full',
    agency: AGENCIES.hacThanh, decision: '1872/QĐ-BTP', implementing: 'Ủy ban nhân dân cấp xã', days: 1, unit: 'working_day',
    fees: [free, charge(8000, 'Lệ phí đăng ký khai sinh không đúng hạn: 8.000 đồng')],
    components: [
      ['Tờ khai đăng ký khai sinh theo mẫu', 1, 0, 'Mẫu TK1-TS.docx'],
      ['Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh', 1, 0],
      ['Văn bản ủy quyền được chứng thực (nếu có)', 1, 0],
    ],
    result: ['KQ.G15.000031', 'Giấy khai sinh (bản chính)'],
    legal: ['60/2014/QH13', '123/2015/NĐ-CP', '04/2020/TT-BTP'],
    targets: ['Công dân Việt Nam'],
  },
  {
    code: '1.000894', name: 'Thủ tục đăng ký kết hôn', field: FIELDS.hoTich, levels: ['commune'], online: 'full',
    agency: AGENCIES.hacThanh, decision: '1872/QĐ-BTP', days: 1,
    components: [
      ['Tờ khai đăng ký kết hôn theo mẫu', 1, 0, 'Mẫu TK-KH.docx'],
      ['Giấy xác nhận tình trạng hôn nhân (nếu có)', 1, 0],
    ],
    result: ['KQ.G15.000045', 'Giấy chứng nhận kết hôn'],
    legal: ['52/2014/QH13', '60/2014/QH13', '123/2015/NĐ-CP'],
  },
  {
    code: '1.000656', name: 'Thủ tục đăng ký khai tử', field: FIELDS.hoTich, levels: ['commune'], online: 'full',
    agency: AGENCIES.hacThanh, decision: '1872/QĐ-BTP', days: 1,
    components: [['Tờ khai đăng ký khai tử theo mẫu', 1, 0, 'Mẫu TK-KT.docx'], ['Giấy báo tử hoặc giấy tờ thay thế giấy báo tử', 1, 0]],
    result: ['KQ.G15.000052', 'Trích lục khai tử'],
    legal: ['60/2014/QH13', '123/2015/NĐ-CP'],
  },
  {
    code: '1.004884', name: 'Thủ tục đăng ký lại khai sinh', field: FIELDS.hoTich, levels: ['commune'], online: 'partial',
    agency: AGENCIES.hacThanh, decision: '1872/QĐ-BTP', days: 5, fees: [charge(8000)],
    components: [
      ['Tờ khai đăng ký lại khai sinh theo mẫu', 1, 0, 'Mẫu TK-DLKS.docx'],
      ['Bản sao giấy tờ chứng minh nội dung khai sinh (nếu có)', 0, 1],
    ],
    result: ['KQ.G15.000031', 'Giấy khai sinh (bản chính)'],
    legal: ['123/2015/NĐ-CP'],
  },
  {
    code: '1.001022', name: 'Thủ tục đăng ký khai sinh kết hợp nhận cha, mẹ, con', field: FIELDS.hoTich, levels: ['commune'],
    online: 'full', agency: AGENCIES.hacThanh, decision: '1872/QĐ-BTP', days: 3, fees: [charge(15000)],
    components: [['Tờ khai đăng ký khai sinh và nhận cha, mẹ, con', 1, 0, 'Mẫu TK-KSNCMC.docx'], ['Chứng cứ chứng minh quan hệ cha, mẹ, con', 1, 0]],
    result: ['KQ.G15.000031', 'Giấy khai sinh'],
  },
  {
    code: '1.004873', name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', field: FIELDS.hoTich, levels: ['commune'], online: 'full',
    agency: AGENCIES.hacThanh, decision: '1872/QĐ-BTP', days: 3, fees: [charge(3000)],
    components: [['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu', 1, 0, 'Mẫu TK-XNTTHN.docx']],
    result: ['KQ.G15.000061', 'Giấy xác nhận tình trạng hôn nhân'],
  },
  {
    code: '2.000635', name: 'Thủ tục cấp bản sao trích lục hộ tịch', field: FIELDS.hoTich, levels: ['province', 'commune'],
    online: 'full', agency: AGENCIES.btp, decision: '1872/QĐ-BTP', days: 1, fees: [charge(8000, '8.000 đồng/bản sao')],
    components: [['Tờ khai cấp bản sao trích lục hộ tịch theo mẫu', 1, 0, 'Mẫu TK-BSTL.docx']],
    result: [null, 'Bản sao trích lục hộ tịch'],
  },
  {
    code: '1.001978',
    name: 'Thủ tục cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    field: FIELDS.llTuPhap, levels: ['province'], online: 'full', agency: AGENCIES.thanhHoa, decision: '2383/QĐ-BTP',
    implementing: 'Sở Tư pháp tỉnh Thanh Hóa', days: 10, fees: [fee(200000), fee(100000, 'Phí đối với sinh viên, người có công: 100.000 đồng')],
    components: [
      ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu', 1, 0, 'Mẫu số 03-LLTP.docx'],
      ['Bản chụp Căn cước hoặc Hộ chiếu của người được cấp Phiếu', 0, 1],
    ],
    result: ['KQ.G15.000120', 'Phiếu lý lịch tư pháp số 1'],
    legal: ['28/2009/QH12', '111/2010/NĐ-CP', '244/2016/TT-BTC'],
  },
  {
    code: '2.000815',
    name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: FIELDS.chungThuc, levels: ['commune'], online: 'partial', agency: AGENCIES.hacThanh, decision: '1024/QĐ-BTP', days: 1,
    unit: 'day', postal: false, fees: [fee(2000, '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản')],
    components: [['Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 1, 0], ['Bản sao cần chứng thực', 0, 1]],
    result: [null, 'Bản sao được chứng thực từ bản chính'],
    legal: ['23/2015/NĐ-CP'],
  },
  {
    code: '1.004222', name: 'Đăng ký thường trú', field: FIELDS.cuTru, levels: ['commune'], online: 'full', agency: AGENCIES.bca,
    decision: '5548/QĐ-BCA', implementing: 'Công an cấp xã', days: 7, fees: [charge(20000, 'Lệ phí: 20.000 đồng (nộp trực tuyến: 10.000 đồng)')],
    components: [
      ['Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', 1, 0, 'Mẫu CT01.docx'],
      ['Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 0, 1],
    ],
    result: [null, 'Thông báo kết quả giải quyết thủ tục đăng ký cư trú'],
    legal: ['68/2020/QH14', '62/2021/NĐ-CP', '75/2022/TT-BTC'],
  },
  {
    code: '2.002203', name: 'Cấp hộ chiếu phổ thông ở trong nước', field: FIELDS.xuatNhapCanh, levels: ['ministry', 'province'],
    online: 'full', agency: AGENCIES.bca, decision: '6155/QĐ-BCA', implementing: 'Phòng Quản lý xuất nhập cảnh Công an cấp tỉnh',
    days: 8, fees: [charge(200000, 'Cấp mới: 200.000 đồng/hộ chiếu'), charge(100000, 'Cấp lại do bị hỏng hoặc bị mất: 400.000 đồng/hộ chiếu')],
    components: [['Tờ khai đề nghị cấp hộ chiếu phổ thông (Mẫu TK01)', 1, 0, 'Mẫu TK01.docx'], ['Ảnh chân dung 4cm x 6cm', 2, 0]],
    result: [null, 'Hộ chiếu phổ thông'],
    legal: ['49/2019/QH14', '25/2021/TT-BTC'],
  },
  {
    code: '1.001943', name: 'Cấp đổi thẻ Căn cước', field: FIELDS.canCuoc, levels: ['province', 'commune'], online: 'partial',
    agency: AGENCIES.bca, decision: '4211/QĐ-BCA', days: 7, fees: [charge(50000), free],
    components: [['Không yêu cầu giấy tờ; thu nhận thông tin sinh trắc học tại cơ quan quản lý căn cước', 1, 0]],
    result: [null, 'Thẻ Căn cước'],
    legal: ['26/2023/QH15', '70/2024/NĐ-CP'],
  },
  {
    code: '1.010020', name: 'Đăng ký thành lập doanh nghiệp tư nhân', field: FIELDS.doanhNghiep, levels: ['province'], online: 'full',
    agency: AGENCIES.thanhHoa, decision: '1780/QĐ-BTC', implementing: 'Phòng Đăng ký kinh doanh, Sở Tài chính', days: 3,
    fees: [charge(50000, 'Lệ phí đăng ký doanh nghiệp: 50.000 đồng (miễn khi đăng ký qua mạng)'), fee(100000, 'Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng')],
    components: [['Giấy đề nghị đăng ký doanh nghiệp tư nhân', 1, 0, 'Phụ lục I-1.docx'], ['Bản sao giấy tờ pháp lý của chủ doanh nghiệp tư nhân', 0, 1]],
    result: [null, 'Giấy chứng nhận đăng ký doanh nghiệp'],
    legal: ['59/2020/QH14', '168/2025/NĐ-CP'],
    targets: ['Doanh nghiệp', 'Công dân Việt Nam'],
  },
  {
    code: '1.007725', name: 'Đăng ký thuế lần đầu đối với người nộp thuế là hộ kinh doanh, cá nhân kinh doanh', field: FIELDS.thue,
    levels: ['other'], online: 'full', agency: AGENCIES.btc, decision: '1462/QĐ-BTC', implementing: 'Cơ quan thuế quản lý trực tiếp', days: 3,
    components: [['Tờ khai đăng ký thuế (mẫu 03-ĐK-TCT)', 1, 0, 'Mẫu 03-ĐK-TCT.xlsx'], ['Bản sao Căn cước của chủ hộ kinh doanh', 0, 1]],
    result: [null, 'Thông báo mã số thuế'],
    legal: ['38/2019/QH14', '86/2024/TT-BTC'],
    targets: ['Hộ kinh doanh', 'Cá nhân kinh doanh'],
  },
  {
    code: '1.009974', name: 'Khai hải quan đối với hàng hóa xuất khẩu, nhập khẩu thương mại', field: FIELDS.haiQuan, levels: ['other'],
    online: 'full', agency: AGENCIES.btc, decision: '2770/QĐ-BTC', implementing: 'Chi cục Hải quan', days: 2, unit: 'hour', postal: false,
    fees: [charge(20000, 'Lệ phí làm thủ tục hải quan: 20.000 đồng/tờ khai'), { kind: 'fee', amount: 25, currency: 'USD', free: false, text: '25 USD' }],
    components: [['Tờ khai hàng hóa xuất khẩu, nhập khẩu theo mẫu', 1, 0], ['Hóa đơn thương mại (nếu có)', 0, 1]],
    result: [null, 'Tờ khai hải quan được thông quan'],
    legal: ['54/2014/QH13', '08/2015/NĐ-CP'],
    targets: ['Doanh nghiệp'],
  },
  {
    code: '1.009794', name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', field: FIELDS.xayDung, levels: ['commune'],
    online: 'partial', agency: AGENCIES.bxd, decision: '1017/QĐ-BXD', implementing: 'Ủy ban nhân dân cấp xã', days: 15,
    fees: [charge(75000, 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ: 75.000 đồng/giấy phép')],
    cases: [
      { name: 'Trường hợp xây dựng nhà ở riêng lẻ không theo thiết kế mẫu', components: [['Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)', 1, 0, 'Mẫu số 01 - Đơn đề nghị.docx'], ['Bản vẽ thiết kế xây dựng', 2, 0], ['Bản sao giấy tờ chứng minh quyền sử dụng đất', 0, 1]] },
      { name: 'Trường hợp sử dụng thiết kế mẫu nhà ở riêng lẻ do Nhà nước ban hành', components: [['Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)', 1, 0, 'Mẫu số 01 - Đơn đề nghị.docx'], ['Bản sao thiết kế mẫu được chọn', 0, 1]] },
    ],
    result: [null, 'Giấy phép xây dựng'],
    legal: ['50/2014/QH13', '175/2024/NĐ-CP'],
  },
  {
    code: '1.012047', name: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', field: FIELDS.duongBo, levels: ['province'],
    online: 'full', agency: AGENCIES.bca, decision: '3620/QĐ-BCA', days: 5, fees: [charge(135000, 'Lệ phí: 135.000 đồng/lần (trực tuyến: 115.000 đồng)')],
    components: [['Đơn đề nghị đổi giấy phép lái xe theo mẫu', 1, 0, 'Mẫu đơn đổi GPLX.docx'], ['Giấy khám sức khỏe của người lái xe', 1, 0]],
    result: [null, 'Giấy phép lái xe'],
  },
  {
    code: '1.012792', name: LONG_NAME, field: FIELDS.datDai, levels: ['province', 'commune'], online: 'partial', agency: AGENCIES.bnnmt,
    decision: '2304/QĐ-BNNMT', implementing: 'Văn phòng đăng ký đất đai; Chi nhánh Văn phòng đăng ký đất đai', days: 20,
    fees: [charge(100000, 'Lệ phí cấp Giấy chứng nhận: theo mức do Hội đồng nhân dân cấp tỉnh quy định'), { kind: 'unknown', amount: null, currency: 'VND', free: false, text: 'Không có thông tin' }],
    components: [['Đơn đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (Mẫu số 04/ĐK)', 1, 0, 'Mẫu số 04-ĐK.docx'], ['Một trong các loại giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai (nếu có)', 0, 1], ['Chứng từ thực hiện nghĩa vụ tài chính (nếu có)', 0, 1]],
    result: [null, 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất'],
    legal: ['31/2024/QH15', '101/2024/NĐ-CP', '10/2024/TT-BTNMT'],
  },
  {
    code: '2.001980', name: 'Cấp Giấy phép thành lập và hoạt động ngân hàng thương mại', field: FIELDS.nganHang, levels: ['ministry'],
    online: 'info', agency: AGENCIES.nhnn, decision: '1219/QĐ-NHNN', days: 150, unit: 'day', postal: true,
    components: [['Đơn đề nghị cấp Giấy phép', 1, 0], ['Dự thảo Điều lệ', 1, 0], ['Đề án thành lập', 1, 0]],
    result: [null, 'Giấy phép thành lập và hoạt động ngân hàng'],
    legal: ['32/2024/QH15'],
    targets: ['Doanh nghiệp'],
  },
  {
    code: '2.002319', name: 'Giải quyết khiếu nại lần đầu tại cấp tỉnh', field: FIELDS.khieuNai, levels: ['province'], online: 'info',
    agency: AGENCIES.haNoi, decision: '1880/QĐ-TTCP', days: 30, unit: 'day',
    components: [['Đơn khiếu nại hoặc văn bản ghi lời khiếu nại', 1, 0], ['Tài liệu, chứng cứ liên quan (nếu có)', 0, 1]],
    result: [null, 'Quyết định giải quyết khiếu nại'],
    legal: ['02/2011/QH13', '124/2020/NĐ-CP'],
  },
];

/** The fake catalog, built once. */
export const PROCEDURES: readonly Procedure[] = registry.map(build);
