import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tagEarlierVersion } from '../../language/test/git-repository.js';
import { CodeServerHost, findPrograms, REPO_ROOT } from './code-server-host.js';
import { launchChromium, Workbench } from './workbench.js';

// The extension as a user gets it: `npm run package` builds the .vsix, code-server (VS Code 1.139) installs
// it, and Chromium drives the workbench. Screenshots of every step go to .e2e/artifacts/vscode/.
// code-server, Node 24 and Chromium come from scripts/install-vscode-e2e-deps.sh; without them every test
// here fails, naming that script.

const VSIX = path.join(REPO_ROOT, 'packages', 'extension', 'out', 'kts-vscode.vsix');
const ARTIFACTS = path.join(REPO_ROOT, '.e2e', 'artifacts', 'vscode');

const BROKEN = `framework hue {
    body "Ủy ban nhân dân tỉnh Thừa Thiên Huế"
    level province
    target {
        application {
            app dvc "Hệ thống giải quyết thủ tục hành chính" {
                integrates csdlqg-dan-cuu via ndxp
            }
        }
    }
}
`;

const SCRATCH = `framework nhap {
    target {
        application {
            app thu "Ứng dụng thử" {
                integrates csdlqg-dan
            }
        }
    }
}
`;

// A ministry framework that integrates an application of the Lào Cai province framework.
const MINISTRY = `framework bo_noi_vu {
    body "Bộ Nội vụ"
    level ministry
    target {
        application {
            app httt_bo "Hệ thống thông tin của Bộ Nội vụ" {
                integrates tinh_lao_cai.httt_tthc_tinh via ndxp
            }
        }
    }
}
`;

const GRADLE_BUILD = `plugins {
    kotlin("jvm") version "2.1.0"
    application
}

repositories { mavenCentral() }

dependencies {
    testImplementation(kotlin("test"))
}
`;

const KOTLIN_SCRIPT = `import java.io.File

val names = File(".").list().orEmpty()
println(names.joinToString())
`;

interface Session {
    host: CodeServerHost;
    browser: Browser;
    workbench: Workbench;
    workspace: string;
}

let session: Promise<Session>;
const cleanup: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
    session = (async () => {
        const programs = findPrograms();
        if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run package\` first (npm run test:e2e does)`);
        fs.rmSync(ARTIFACTS, { recursive: true, force: true });
        const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-e2e-workspace-'));
        cleanup.push(() => fs.rmSync(workspace, { recursive: true, force: true }));
        fs.cpSync(path.join(REPO_ROOT, 'examples', 'tinh-lao-cai'), path.join(workspace, 'tinh-lao-cai'), { recursive: true });
        fs.cpSync(path.join(REPO_ROOT, 'examples', 'catalogs'), path.join(workspace, 'catalogs'), { recursive: true });
        fs.mkdirSync(path.join(workspace, 'nhap'));
        fs.writeFileSync(path.join(workspace, 'nhap', 'hong.kts'), BROKEN);
        fs.writeFileSync(path.join(workspace, 'nhap', 'nhap.kts'), SCRATCH);
        fs.mkdirSync(path.join(workspace, 'bo-noi-vu'));
        fs.writeFileSync(path.join(workspace, 'bo-noi-vu', 'bo-noi-vu.kts'), MINISTRY);
        fs.mkdirSync(path.join(workspace, 'gradle-app'));
        fs.writeFileSync(path.join(workspace, 'gradle-app', 'build.gradle.kts'), GRADLE_BUILD);
        fs.writeFileSync(path.join(workspace, 'gradle-app', 'settings.gradle.kts'), 'rootProject.name = "gradle-app"\n');
        fs.writeFileSync(path.join(workspace, 'gradle-app', 'liet-ke.kts'), KOTLIN_SCRIPT);
        tagApprovedVersion(workspace);

        const host = await CodeServerHost.start(programs, workspace, VSIX);
        cleanup.push(() => host.stop());
        const browser = await launchChromium(programs.chromium);
        cleanup.push(() => browser.close());
        const workbench = await Workbench.open(browser, host.url, ARTIFACTS);
        return { host, browser, workbench, workspace };
    })();
    // Each test awaits the session itself, so that a missing program fails every test by name.
    session.catch(() => undefined);
}, 600_000);

afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
}, 60_000);

/** The tag "Compare with Version…" is tried on: the workspace as approved, when the LGSP had a shorter name. */
const APPROVED_TAG = 'v4.0-phe-duyet';

/** Makes the workspace a git repository whose tag holds the approved version; the files stay as they are now. */
function tagApprovedVersion(workspace: string): void {
    tagEarlierVersion(workspace, APPROVED_TAG, 'Phiên bản đã phê duyệt', [
        path.join('tinh-lao-cai', '09-muc-tieu-ung-dung.kts'),
        'platform lgsp_tinh "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lào Cai (LGSP)"',
        'platform lgsp_tinh "LGSP tỉnh"'
    ]);
}

/** Line and column (1-based) of the first occurrence of `needle` in a file of the workspace. */
function find(file: string, needle: string): { line: number; column: number } {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex(line => line.includes(needle));
    if (index < 0) throw new Error(`${needle} not in ${file}`);
    return { line: index + 1, column: lines[index].indexOf(needle) + 1 };
}

/** VS Code may load a webview's frame anew, and each refresh replaces the document: a step on what went away is redone. */
async function retryIfDetached<T>(step: () => Promise<T>, attempts = 3): Promise<T> {
    for (let attempt = 1; ; attempt++) {
        try {
            return await step();
        } catch (error) {
            if (attempt >= attempts || !/detached|not attached/i.test((error as Error).message)) throw error;
        }
    }
}

async function withLogs<T>(run: (session: Session) => Promise<T>): Promise<T> {
    const current = await session;
    try {
        return await run(current);
    } catch (error) {
        await current.workbench.screenshot(`failure-${Date.now()}`).catch(() => undefined);
        throw new Error(`${(error as Error).message}\n--- extension host logs ---\n${current.host.extensionLogs()}`, { cause: error });
    }
}

describe('the KTS extension in code-server', () => {
    it(
        'opens an example as KTS, highlighted, with the validation state in the status bar',
        () =>
            withLogs(async ({ workbench }) => {
                await workbench.openFile('01-tong-quan.kts');
                await expect
                    .poll(() => workbench.statusItem('status.editor.mode').innerText(), { timeout: 30_000 })
                    .toBe('KTS (Kiến Trúc Số)');
                // The TextMate grammar colours keywords apart from names and strings.
                const keyword = workbench
                    .editorLines()
                    .locator('span', { hasText: /^framework$/ })
                    .first();
                const name = workbench
                    .editorLines()
                    .locator('span', { hasText: /^tinh_lao_cai$/ })
                    .first();
                const keywordColour = await keyword.evaluate(element => getComputedStyle(element).color);
                const nameColour = await name.evaluate(element => getComputedStyle(element).color);
                expect(keywordColour).not.toBe(nameColour);
                // The whole workspace is validated, not only open files: the broken file's error counts before it is opened.
                await expect
                    .poll(() => workbench.statusItem('kts.kts-vscode.kts.validation').getAttribute('aria-label'), { timeout: 120_000 })
                    .toMatch(/KTS: [1-9]\d* errors and \d+ warnings/);
                await workbench.screenshot('01-example-open');
            }),
        180_000
    );

    it(
        'lists the diagnostics of a broken file in the Problems panel',
        () =>
            withLogs(async ({ workbench }) => {
                await workbench.openFile('hong.kts');
                const problems = await workbench.openProblems();
                const row = problems.locator('.monaco-list-row', { hasText: 'csdlqg-dan-cuu' }).first();
                await row.waitFor({ timeout: 90_000 });
                // The error names the closest real national component.
                expect(await problems.innerText()).toContain('csdlqg-dan-cu');
                await expect
                    .poll(() => workbench.statusItem('kts.kts-vscode.kts.validation').getAttribute('aria-label'), { timeout: 30_000 })
                    .toMatch(/[1-9]\d* (errors|lỗi)/);
                await workbench.screenshot('02-problems');
            }),
        180_000
    );

    it(
        'hovers a national component and a reference code and reads their Vietnamese names',
        () =>
            withLogs(async ({ workbench, workspace }) => {
                await workbench.openFile('09-muc-tieu-ung-dung.kts');
                const at = find(path.join(workspace, 'tinh-lao-cai', '09-muc-tieu-ung-dung.kts'), 'csdlqg-dan-cu');
                await workbench.goTo(at.line, at.column + 3);
                await workbench.hoverAtCursor('Cơ sở dữ liệu quốc gia về dân cư');
                await workbench.screenshot('03-hover');
                await workbench.page.keyboard.press('Escape');
                // A reference-model code (from the workspace's illustrative catalogue) explains itself the same way.
                const code = find(path.join(workspace, 'tinh-lao-cai', '09-muc-tieu-ung-dung.kts'), 'MH-ARM.01.03');
                await workbench.goTo(code.line, code.column + 4);
                await workbench.hoverAtCursor('Hệ thống thông tin giải quyết thủ tục hành chính');
                await workbench.screenshot('03-hover-code');
                await workbench.page.keyboard.press('Escape');
            }),
        180_000
    );

    it(
        'completes a national component and accepts it',
        () =>
            withLogs(async ({ workbench, workspace }) => {
                const file = path.join(workspace, 'nhap', 'nhap.kts');
                await workbench.openFile('nhap.kts');
                const at = find(file, 'csdlqg-dan');
                await workbench.goTo(at.line, at.column + 'csdlqg-dan'.length);
                await workbench.page.keyboard.press('Control+Space');
                const suggestion = workbench.page.locator('.suggest-widget .monaco-list-row', { hasText: 'csdlqg-dan-cu' }).first();
                await suggestion.waitFor({ timeout: 60_000 });
                await workbench.screenshot('04-completion');
                await suggestion.click();
                await workbench.page.keyboard.press('Control+S');
                await expect.poll(() => fs.readFileSync(file, 'utf8'), { timeout: 30_000 }).toContain('integrates csdlqg-dan-cu\n');
            }),
        180_000
    );

    it(
        'searches the reference catalogue without diacritics and inserts the chosen code',
        () =>
            withLogs(async ({ workbench, workspace }) => {
                const file = path.join(workspace, 'nhap', 'nhap.kts');
                await workbench.openFile('nhap.kts');
                const at = find(file, 'integrates csdlqg-dan-cu');
                await workbench.goTo(at.line, at.column + 'integrates csdlqg-dan-cu'.length);
                await workbench.page.keyboard.type(', ');
                await workbench.runCommand('KTS: Search Reference Catalogue…');
                const input = workbench.page.locator('.quick-input-widget input');
                await input.fill('dat dai');
                const row = workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'csdlqg-dat-dai' }).first();
                await row.waitFor({ timeout: 30_000 });
                expect(await row.innerText()).toContain('Cơ sở dữ liệu quốc gia về đất đai');
                await workbench.screenshot('05-search-catalogue');
                await row.click();
                await workbench.page.keyboard.press('Control+S');
                await expect
                    .poll(() => fs.readFileSync(file, 'utf8'), { timeout: 30_000 })
                    .toContain('integrates csdlqg-dan-cu, csdlqg-dat-dai\n');
            }),
        180_000
    );

    it(
        'generates the Word document from the editor and tells where it is',
        () =>
            withLogs(async ({ workbench, workspace }) => {
                await workbench.openFile('01-tong-quan.kts');
                await workbench.runCommand('KTS: Generate Word Document (.docx)');
                const done = workbench.notification(/Generated .*tinh_lao_cai\.docx/);
                await done.waitFor({ timeout: 480_000 });
                await workbench.screenshot('06-generate-word');
                const docx = path.join(workspace, 'out', 'tinh_lao_cai.docx');
                expect(fs.existsSync(docx)).toBe(true);
                expect(fs.readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
            }),
        600_000
    );

    it(
        'opens the live preview with the overview diagram, and a click reveals the element in the source',
        () =>
            withLogs(async ({ workbench, workspace }) => {
                await workbench.openFile('09-muc-tieu-ung-dung.kts');
                await workbench.runCommand('KTS: Open Preview to the Side');
                const overview = async () =>
                    (await workbench.webviewFrame('figure[data-view="target-overview"] svg', 180_000)).locator(
                        'figure[data-view="target-overview"] svg'
                    );
                await retryIfDetached(async () => {
                    // A large overview is cut into parts for the page, each its own figure of the same view.
                    const diagram = await overview();
                    await diagram.first().scrollIntoViewIfNeeded();
                    expect(await diagram.locator('[data-element]').count()).toBeGreaterThan(3);
                });
                await workbench.screenshot('07-preview');
                const declared = find(path.join(workspace, 'tinh-lao-cai', '09-muc-tieu-ung-dung.kts'), 'platform lgsp_tinh');
                await retryIfDetached(async () =>
                    (await overview()).locator('[data-element="tinh_lao_cai.target.lgsp_tinh"]').first().click()
                );
                await expect
                    .poll(() => workbench.statusItem('status.editor.selection').innerText(), { timeout: 30_000 })
                    .toContain(`Ln ${declared.line},`);
                await workbench.screenshot('08-preview-reveal');

                // Typing refreshes the preview a moment later, and the keyboard stays in the editor.
                const title = find(path.join(workspace, 'tinh-lao-cai', '09-muc-tieu-ung-dung.kts'), 'platform lgsp_tinh "');
                await workbench.goTo(title.line, title.column + 'platform lgsp_tinh "'.length);
                await workbench.page.keyboard.type('Bản xem trước ');
                await retryIfDetached(async () => {
                    const frame = await workbench.webviewFrame('figure[data-view="target-overview"] svg', 60_000);
                    // The element's row in the document and its box in the diagrams carry the new name.
                    await expect.poll(() => frame.locator('body').textContent(), { timeout: 60_000 }).toContain('Bản xem trước Nền tảng');
                });
                expect(await workbench.page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
                await workbench.screenshot('09-preview-live');
                // One Ctrl+Z would take back only the last space (VS Code stops undo at each word), and the tests after this one
                // compare the workspace with its git tag: the typed words are selected and deleted, and the preview loses them.
                await workbench.goTo(title.line, title.column + 'platform lgsp_tinh "'.length);
                for (const _ of 'Bản xem trước ') await workbench.page.keyboard.press('Shift+ArrowRight');
                await workbench.page.keyboard.press('Delete');
                await retryIfDetached(async () => {
                    const frame = await workbench.webviewFrame('figure[data-view="target-overview"] svg', 60_000);
                    await expect.poll(() => frame.locator('body').textContent(), { timeout: 60_000 }).not.toContain('Bản xem trước');
                });
            }),
        300_000
    );

    it(
        'compares with a git tag: the preview shows what changed since then, and a row leads to the source',
        () =>
            withLogs(async ({ workbench, workspace }) => {
                await workbench.openFile('09-muc-tieu-ung-dung.kts');
                // The KTS commands join the palette once the extension is active and has validated the workspace.
                await expect
                    .poll(() => workbench.statusItem('kts.kts-vscode.kts.validation').getAttribute('aria-label'), { timeout: 120_000 })
                    .toMatch(/KTS: \d+ errors/);
                await workbench.runCommand('KTS: Compare with Version…');
                const tag = workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: APPROVED_TAG }).first();
                await tag.waitFor({ timeout: 30_000 });
                await workbench.screenshot('10-compare-pick');
                await tag.click();
                const changed = '[data-element="tinh_lao_cai.target.lgsp_tinh"]';
                await retryIfDetached(async () => {
                    const frame = await workbench.webviewFrame('figure[data-view="changes"] svg', 180_000);
                    const text = await frame.locator('body').textContent();
                    expect(text).toContain(`Phụ lục: Nội dung cập nhật so với phiên bản ${APPROVED_TAG}`);
                    expect(text).toContain('Tên: LGSP tỉnh → Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lào Cai (LGSP)');
                    await frame.locator(`tr${changed}`).first().scrollIntoViewIfNeeded();
                });
                await workbench.screenshot('11-compare-report');
                const declared = find(path.join(workspace, 'tinh-lao-cai', '09-muc-tieu-ung-dung.kts'), 'platform lgsp_tinh');
                await workbench.goTo(1, 1);
                await retryIfDetached(async () =>
                    (await workbench.webviewFrame(`tr${changed}`, 60_000)).locator(`tr${changed}`).first().click()
                );
                await expect
                    .poll(() => workbench.statusItem('status.editor.selection').innerText(), { timeout: 30_000 })
                    .toContain(`Ln ${declared.line},`);
                await workbench.screenshot('12-compare-reveal');
            }),
        300_000
    );

    it(
        'leaves Gradle and other Kotlin scripts alone',
        () =>
            withLogs(async ({ workbench }) => {
                const validation = workbench.statusItem('kts.kts-vscode.kts.validation');
                const before = await validation.getAttribute('aria-label');
                await workbench.openFile('build.gradle.kts');
                await expect.poll(() => workbench.statusItem('status.editor.mode').innerText(), { timeout: 30_000 }).not.toContain('KTS');
                // A Kotlin script with an ordinary name is handed back to Kotlin by its content.
                await workbench.openFile('liet-ke.kts');
                await expect.poll(() => workbench.statusItem('status.editor.mode').innerText(), { timeout: 30_000 }).toBe('kotlin');
                // Give the server time to publish anything it would: one rebuild takes far less.
                await workbench.page.waitForTimeout(5_000);
                // The filter finds the broken KTS file's problems, and none of the Kotlin scripts'.
                expect(await workbench.problemsMatching('hong.kts')).toBeGreaterThan(0);
                for (const file of ['build.gradle.kts', 'settings.gradle.kts', 'liet-ke.kts']) {
                    expect(await workbench.problemsMatching(file), file).toBe(0);
                }
                expect(await validation.getAttribute('aria-label')).toBe(before);
                await workbench.screenshot('10-gradle');
            }),
        180_000
    );

    it(
        "creates a new framework from the body's name, with every mandatory part, and it validates",
        () =>
            withLogs(async ({ workbench, workspace }) => {
                await workbench.runCommand('KTS: New Architecture Framework…');
                const input = workbench.page.locator('.quick-input-widget input');
                await workbench.page
                    .locator('.quick-input-list .monaco-list-row', { hasText: 'Province or centrally-run city' })
                    .first()
                    .click();
                await expect.poll(() => input.getAttribute('placeholder'), { timeout: 30_000 }).toContain('Ủy ban nhân dân tỉnh');
                await input.fill('Ủy ban nhân dân tỉnh Lai Châu');
                await workbench.page.keyboard.press('Enter');
                await expect.poll(() => input.inputValue(), { timeout: 30_000 }).toBe('laichau');
                await workbench.page.keyboard.press('Enter');
                // code-server's save dialog is VS Code's simple dialog: a path in a quick input, suggested from the id.
                await expect.poll(() => input.inputValue(), { timeout: 30_000 }).toContain('laichau.kts');
                await workbench.page.keyboard.press('Enter');
                await workbench.page.locator('.tab.active', { hasText: 'laichau.kts' }).waitFor({ timeout: 30_000 });
                const file = path.join(workspace, 'laichau.kts');
                await expect.poll(() => fs.existsSync(file), { timeout: 30_000 }).toBe(true);
                const text = fs.readFileSync(file, 'utf8');
                for (const part of ['vision', 'goals', 'scope', 'principles', 'current', 'target', 'implementation'])
                    expect(text, part).toContain(`${part} `);
                await workbench.page.waitForTimeout(5_000);
                expect(await workbench.problemsMatching('laichau.kts')).toBe(0);
                await workbench.screenshot('11-new-framework');
            }),
        180_000
    );

    it(
        'renames a province application with F2 across both frameworks, refuses a national component, and no problem appears',
        () =>
            withLogs(async ({ workbench, workspace }) => {
                const province = path.join(workspace, 'tinh-lao-cai', '09-muc-tieu-ung-dung.kts');
                const ministry = path.join(workspace, 'bo-noi-vu', 'bo-noi-vu.kts');
                const validation = workbench.statusItem('kts.kts-vscode.kts.validation');
                // The counts once the whole workspace is validated.
                await expect
                    .poll(() => validation.getAttribute('aria-label'), { timeout: 120_000 })
                    .toMatch(/KTS: \d+ errors and \d+ warnings/);
                const before = await validation.getAttribute('aria-label');
                expect(await workbench.problemsMatching('httt_tthc_tinh')).toBe(0);

                // F2 on a national component: the editor says why it cannot be renamed.
                await workbench.openFile('bo-noi-vu.kts');
                const national = find(ministry, 'ndxp');
                await workbench.goTo(national.line, national.column + 1);
                await workbench.page.keyboard.press('F2');
                const refusal = workbench.page.locator('.monaco-editor-overlaymessage', { hasText: 'thành phần quốc gia dựng sẵn' });
                await refusal.waitFor({ timeout: 30_000 });
                await workbench.screenshot('13-rename-refused');
                await workbench.page.keyboard.press('Escape');

                // F2 on the province's application, where it is declared.
                await workbench.openFile('09-muc-tieu-ung-dung.kts');
                const declared = find(province, 'app httt_tthc_tinh');
                await workbench.goTo(declared.line, declared.column + 'app httt'.length);
                await workbench.page.keyboard.press('F2');
                const input = workbench.page.locator('.rename-box input, .rename-box textarea').first();
                await input.waitFor({ timeout: 30_000 });
                await input.fill('httt_gq_tthc_tinh');
                await workbench.screenshot('14-rename');
                await workbench.page.keyboard.press('Enter');
                await input.waitFor({ state: 'hidden', timeout: 30_000 });
                await workbench.runCommand('File: Save All');

                // The ministry's reference keeps its framework qualifier; the province's own references follow.
                await expect
                    .poll(() => fs.readFileSync(ministry, 'utf8'), { timeout: 30_000 })
                    .toContain('integrates tinh_lao_cai.httt_gq_tthc_tinh via ndxp');
                await expect.poll(() => fs.readFileSync(province, 'utf8'), { timeout: 30_000 }).toContain('app httt_gq_tthc_tinh "');
                const left = fs
                    .readdirSync(path.join(workspace, 'tinh-lao-cai'))
                    .filter(name => fs.readFileSync(path.join(workspace, 'tinh-lao-cai', name), 'utf8').includes('httt_tthc_tinh'));
                expect(left).toEqual([]);
                // Nothing new in the Problems panel: no problem names either id, and the counts are those of before.
                await workbench.page.waitForTimeout(5_000);
                expect(await workbench.problemsMatching('httt_gq_tthc_tinh')).toBe(0);
                expect(await workbench.problemsMatching('httt_tthc_tinh')).toBe(0);
                await expect.poll(() => validation.getAttribute('aria-label'), { timeout: 60_000 }).toBe(before);
                await workbench.screenshot('15-renamed');
            }),
        180_000
    );

    it(
        'checks kts.config.json against its schema as it is edited',
        () =>
            withLogs(async ({ workbench }) => {
                await workbench.openFile('kts.config.json');
                await workbench.page.locator('.tab.active', { hasText: 'kts.config.json' }).click();
                await workbench.page.keyboard.press('Control+A');
                await workbench.page.keyboard.press('Backspace');
                await workbench.page.keyboard.insertText('{ "language": "fr", "strikt": true');
                // The JSON editor closes the brace itself.
                await expect.poll(() => workbench.problemsMatching('Valid values: "vi", "en"'), { timeout: 60_000 }).toBeGreaterThan(0);
                expect(await workbench.problemsMatching('strikt')).toBeGreaterThan(0);
                await workbench.screenshot('12-config-schema');
                // Left unsaved: the file on disk, which the language server reads, stays as it was.
                await workbench.page.keyboard.press('Control+Z');
            }),
        180_000
    );
});
