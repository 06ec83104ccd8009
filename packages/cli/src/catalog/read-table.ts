import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { UsageError } from '../cli-io.js';

/** One row of a table as the user sees it: its line (CSV) or row number (XLSX) and its cell texts. */
export interface TableRow {
    line: number;
    values: string[];
}

export interface RawTable {
    file: string;
    header: string[];
    headerLine: number;
    rows: TableRow[];
    /** The worksheet the rows come from (XLSX); a CSV has none. */
    sheet?: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the first non-empty row as the header and every later non-empty row, from a CSV or XLSX file. */
export async function readTable(file: string, sheet?: string): Promise<RawTable> {
    if (!fs.existsSync(file)) throw UsageError.of('tableNoFile', { file });
    const extension = path.extname(file).toLowerCase();
    let rows: TableRow[];
    let sheetName: string | undefined;
    if (extension === '.csv' || extension === '.tsv' || extension === '.txt') rows = readCsv(file);
    else if (extension === '.xlsx') ({ rows, sheet: sheetName } = await readXlsx(file, sheet));
    else throw UsageError.of('tableUnsupported', { file });
    const nonEmpty = rows.filter(row => row.values.some(value => value.trim() !== ''));
    const [header, ...body] = nonEmpty;
    if (!header) throw UsageError.of('tableEmpty', { file });
    return { file, header: header.values.map(value => value.trim()), headerLine: header.line, rows: body, sheet: sheetName };
}

function readCsv(file: string): TableRow[] {
    let text: string;
    try {
        text = UTF8.decode(fs.readFileSync(file)).replace(/^\uFEFF/, '');
    } catch {
        throw UsageError.of('tableNotUtf8', { file });
    }
    const bytes = Buffer.from(text, 'utf8');
    const records = parseCsv(file, bytes, detectDelimiter(text));
    // A row starts on the physical line after the line breaks before it. The parser's own line count takes a
    // Windows line break inside a quoted cell for two, so the breaks are counted here from where each row ends.
    let line = 1;
    let previousEnd = 0;
    return records.map(({ record, info }) => {
        const row = { line, values: record.map(value => value.normalize('NFC')) };
        line += lineBreaks(bytes.subarray(previousEnd, info.bytes).toString('utf8'));
        previousEnd = info.bytes;
        return row;
    });
}

/** Windows (CRLF), Unix (LF) and old Mac (CR) line breaks alike. */
function lineBreaks(text: string): number {
    return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function parseCsv(file: string, bytes: Buffer, delimiter: string): Array<{ record: string[]; info: { bytes: number } }> {
    try {
        return parse(bytes, { delimiter, info: true, relax_column_count: true, skip_empty_lines: false }) as unknown as Array<{
            record: string[];
            info: { bytes: number };
        }>;
    } catch (error) {
        // The parser's `bytes` is where the row it could not read starts; its own line number miscounts CRLF.
        const detail = error as Error & { bytes?: number };
        const line = detail.bytes === undefined ? '?' : 1 + lineBreaks(bytes.subarray(0, detail.bytes).toString('utf8'));
        const reason = detail.message.replace(/ at line \d+/, '');
        throw UsageError.of('tableCsvUnreadable', { file, line, reason });
    }
}

/** Excel in Vietnamese locales saves CSV with semicolons; the header line tells which separator is used. */
function detectDelimiter(text: string): string {
    const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
    const counts = [',', ';', '\t'].map(delimiter => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
    counts.sort((a, b) => b.count - a.count);
    return counts[0].count > 0 ? counts[0].delimiter : ',';
}

async function readXlsx(file: string, sheet: string | undefined): Promise<{ rows: TableRow[]; sheet: string }> {
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.readFile(file);
    } catch (error) {
        throw UsageError.of('tableExcelUnreadable', { file, reason: (error as Error).message });
    }
    const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
    if (!worksheet) {
        const names = workbook.worksheets.map(candidate => `"${candidate.name}"`).join(', ');
        throw sheet === undefined
            ? UsageError.of('tableNoWorksheet', { file })
            : UsageError.of('tableMissingWorksheet', { file, sheet, names });
    }
    const rows: TableRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const values: string[] = [];
        for (let column = 1; column <= row.cellCount; column++) values.push(cellText(row.getCell(column)).normalize('NFC'));
        rows.push({ line: rowNumber, values });
    });
    return { rows, sheet: worksheet.name };
}

/**
 * The text Excel shows, so a code typed as text keeps its leading zeros and a formula gives its result.
 * A number formatted with zeros only (`000`) is padded as Excel pads it; other number formats are not
 * applied, so codes are best kept in text cells.
 */
function cellText(cell: ExcelJS.Cell): string {
    const format = cell.numFmt;
    if (typeof cell.value === 'number' && format && /^0+$/.test(format)) return String(cell.value).padStart(format.length, '0');
    try {
        return cell.text ?? '';
    } catch {
        return String(cell.value ?? '');
    }
}
