// The JSON schema of kts.config.json, made from the rule catalogue so that every rule the language knows
// is offered, described and checked in the editor. Mirrors parseConfig in packages/language/src/config/kts-config.ts.
const SEVERITIES = ['ignore', 'info', 'warning', 'error'];

/** @param {{ rules: Record<string, { severity: string, vi: string, en: string }> }} ruleCatalog */
export function configSchema(ruleCatalog) {
    const severity = description => ({ type: 'string', enum: SEVERITIES, markdownDescription: description });
    // Syntax errors are always errors: kts.config.json cannot name that rule.
    const rules = Object.fromEntries(
        Object.entries(ruleCatalog.rules)
            .filter(([id]) => id !== 'kts/syntax')
            .map(([id, rule]) => [id, severity(`${rule.vi}\n\n${rule.en}\n\nMặc định / default: \`${rule.severity}\``)])
    );
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'kts.config.json',
        description: 'Cấu hình KTS của một không gian làm việc / KTS workspace configuration',
        type: 'object',
        additionalProperties: false,
        properties: {
            language: {
                type: 'string',
                enum: ['vi', 'en'],
                default: 'vi',
                markdownDescription:
                    'Ngôn ngữ của thông báo kiểm tra và tài liệu được sinh / language of diagnostics and generated documents'
            },
            strict: {
                type: 'boolean',
                default: false,
                markdownDescription:
                    'Thiếu nội dung bắt buộc (Chương 1, III.2) là lỗi thay vì cảnh báo / missing mandatory content (Chapter 1, III.2) is an error instead of a warning'
            },
            catalogs: {
                type: 'array',
                items: { type: 'string' },
                default: [],
                markdownDescription:
                    'Tệp hoặc thư mục danh mục bổ sung (`.kts` hoặc `.json`), đường dẫn tương đối tính từ tệp cấu hình / extra catalogue files or folders, relative to this file'
            },
            rules: {
                type: 'object',
                markdownDescription: 'Mức độ của từng quy tắc kiểm tra / severity of each validation rule',
                properties: rules,
                additionalProperties: false
            }
        }
    };
}
