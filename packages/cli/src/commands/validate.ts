import * as path from 'node:path';
import { loadWorkspace } from '@kts/language';
import { term, type Language, type Severity } from '@kts/language/model';
import type { Diagnostic } from 'vscode-languageserver';
import { invalidChoice, UsageError, type CliIo } from '../cli-io.js';
import { asUsageError } from '../workspace-input.js';
import { cliMessage, counted } from '../messages.js';

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'] as const;

export interface CliDiagnostic {
    file: string;
    line: number;
    column: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    rule?: string;
    message: string;
}

export async function validateCommand(
    paths: string[],
    options: { format: string; strict?: boolean; lang?: string },
    language: Language,
    io: CliIo
): Promise<number> {
    if (options.format !== 'text' && options.format !== 'json') throw invalidChoice('--format', options.format, ['text', 'json']);
    const workspace = await loadWorkspace({ paths, overrides: { strict: options.strict, language } }).catch(asUsageError);
    if (workspace.documents.length === 0) throw UsageError.of('noKtsFiles', { paths: paths.join(', ') });
    const diagnostics: CliDiagnostic[] = [];
    for (const [document, list] of workspace.diagnostics) {
        const file = path.relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath;
        for (const diagnostic of list) diagnostics.push(toCliDiagnostic(file, diagnostic));
    }
    diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    const count = (severity: CliDiagnostic['severity']) => diagnostics.filter(item => item.severity === severity).length;
    const summary = { files: workspace.documents.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
    if (options.format === 'json') {
        io.out(JSON.stringify({ valid: summary.errors === 0, summary, diagnostics }, null, 2) + '\n');
    } else {
        for (const item of diagnostics) {
            io.out(`${item.file}:${item.line}:${item.column} ${item.severity} ${item.message}${item.rule ? ` [${item.rule}]` : ''}\n`);
        }
        const severities = (count: number, severity: Severity) => counted(count, term('severity', severity, language), language);
        const line = cliMessage('validateSummary', language, {
            files: counted(summary.files, cliMessage('fileNoun', language), language),
            errors: severities(summary.errors, 'error'),
            warnings: severities(summary.warnings, 'warning'),
            infos: severities(summary.infos, 'info')
        });
        io.out(`${line}\n`);
    }
    return summary.errors > 0 ? 1 : 0;
}

export function toCliDiagnostic(file: string, diagnostic: Diagnostic): CliDiagnostic {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        severity: SEVERITY_NAMES[diagnostic.severity ?? 1] || 'error',
        rule: typeof diagnostic.code === 'string' ? diagnostic.code : undefined,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}
