import PDFDocument from 'pdfkit';
import type { DossierForm, FormCondition, FormDefinition, FormField } from '@dvc-kit/spec';
import { childPointer, valueAt } from '@dvc-kit/spec/forms';
import { answerText } from './answer-text.js';
import { FORM_FONTS, formFontData } from './fonts.js';

/** What the PDF says about the dossier besides the answers. */
export interface FormPdfDossier {
  code: string;
  submittedAt: Date;
  procedureName: string;
  applicantName: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 70, right: 56 };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** dd/MM/yyyy HH:mm in Vietnam time (UTC+7 all year), as the receipt shows it. */
function vietnamTime(at: Date): { date: string; time: string; day: string; month: string; year: string } {
  const local = new Date(at.getTime() + 7 * 3600 * 1000).toISOString();
  const [year = '', month = '', day = ''] = local.slice(0, 10).split('-');
  return { date: `${day}/${month}/${year}`, time: local.slice(11, 16), day, month, year };
}

function shown(condition: FormCondition | undefined, data: Record<string, unknown>): boolean {
  return !condition || String(valueAt(data, condition.pointer) ?? '') === condition.equals;
}

/**
 * The filled form laid out like the paper one: the national motto, the title, then each section
 * with "label: answer" lines (dotted where nothing was answered), repeated groups numbered, the
 * place and date, and the applicant's name; every page carries the dossier code and submission
 * time. pdfkit embeds a subset of the font, so the file stays small and prints the same anywhere.
 */
export function renderFormPdf(definition: FormDefinition, form: DossierForm, dossier: FormPdfDossier): Promise<Buffer> {
  const submitted = vietnamTime(dossier.submittedAt);
  const fonts = formFontData();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    font: FORM_FONTS.regular,
    info: {
      Title: `${definition.title.vi} - ${dossier.code}`,
      Subject: dossier.procedureName,
      Author: dossier.applicantName,
      Creator: 'dvc-sandbox',
      CreationDate: dossier.submittedAt,
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  // The national motto, as every administrative form opens.
  doc.font('bold').fontSize(12).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center' });
  doc.font('bold').fontSize(12.5).text('Độc lập - Tự do - Hạnh phúc', { align: 'center' });
  const mottoEnd = doc.y + 2;
  doc.moveTo(A4.width / 2 - 80, mottoEnd).lineTo(A4.width / 2 + 80, mottoEnd).lineWidth(0.6).stroke();
  doc.moveDown(1.5);
  doc.font('bold').fontSize(14).text(definition.title.vi.toUpperCase(), { align: 'center' });
  doc.moveDown(0.3);
  doc.font('italic').fontSize(10).text(`Thủ tục: ${dossier.procedureName}`, { align: 'center' });
  doc.moveDown(1);

  const line = (label: string, value: string, indent = 0) => {
    doc.font('regular').fontSize(11.5);
    const x = MARGIN.left + indent;
    // "Label: answer", but a label that is a question or a sentence keeps its own punctuation.
    const lead = /[?.:]$/.test(label) ? `${label} ` : `${label}: `;
    if (value) {
      doc.text(lead, x, doc.y, { width: WIDTH - indent, continued: true }).font('bold').text(value);
    } else {
      doc.text(`${lead}${'.'.repeat(60)}`, x, doc.y, { width: WIDTH - indent, lineBreak: true, height: 16, ellipsis: true });
    }
    doc.moveDown(0.25);
  };

  const data = form.data;
  for (const section of definition.layout.sections) {
    if (!shown(section.visibleWhen, data)) continue;
    doc.moveDown(0.4);
    doc.font('bold').fontSize(12).text(section.title.vi.toUpperCase(), MARGIN.left, doc.y, { width: WIDTH });
    doc.moveDown(0.3);
    for (const field of section.fields) {
      if (!shown(field.visibleWhen, data)) continue;
      renderField(field, data, line, doc);
    }
  }

  doc.moveDown(1.2);
  doc.font('italic').fontSize(11.5).text(`Ngày ${submitted.day} tháng ${submitted.month} năm ${submitted.year}`, MARGIN.left + WIDTH / 2, doc.y, { width: WIDTH / 2, align: 'center' });
  doc.font('bold').text('NGƯỜI KHAI', MARGIN.left + WIDTH / 2, doc.y, { width: WIDTH / 2, align: 'center' });
  doc.font('italic').fontSize(10).text('(đã xác thực bằng tài khoản định danh điện tử)', MARGIN.left + WIDTH / 2, doc.y, { width: WIDTH / 2, align: 'center' });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(11.5).text(dossier.applicantName, MARGIN.left + WIDTH / 2, doc.y, { width: WIDTH / 2, align: 'center' });

  // Every page: the dossier code and the submission time, as the receipt names them.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin: lift the margin while writing, or pdfkit would start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(9).text(
      `Mã hồ sơ: ${dossier.code}    Nộp lúc: ${submitted.time} ngày ${submitted.date}    Trang ${i + 1}/${range.count}`,
      MARGIN.left, A4.height - MARGIN.bottom + 24, { width: WIDTH, align: 'center', lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

type Line = (label: string, value: string, indent?: number) => void;

function renderField(field: FormField, data: Record<string, unknown>, line: Line, doc: PDFKit.PDFDocument): void {
  const value = valueAt(data, field.pointer);
  if (field.widget !== 'group') {
    line(field.label.vi, answerText(field, value));
    return;
  }
  const items = Array.isArray(value) ? value : [];
  doc.font('regular').fontSize(11.5).text(`${field.label.vi}: ${items.length === 0 ? 'không có' : ''}`, MARGIN.left, doc.y);
  doc.moveDown(0.2);
  items.forEach((_item, index) => {
    doc.font('bold').fontSize(11.5).text(`${index + 1}.`, MARGIN.left + 12, doc.y);
    for (const inner of field.fields ?? []) {
      const innerValue = valueAt(data, `${childPointer(field.pointer, index)}${inner.pointer}`);
      line(inner.label.vi, answerText(inner, innerValue), 28);
    }
  });
}
