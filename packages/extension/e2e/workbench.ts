import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Frame, type Locator, type Page } from 'playwright-core';

/** The flags measured to run Debian's Chromium headless on this kind of machine, offline. */
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
];

export async function launchChromium(executablePath: string): Promise<Browser> {
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** The VS Code workbench in a browser page, driven the way a user drives it: keyboard, menus, clicks. */
export class Workbench {
    constructor(
        readonly page: Page,
        private readonly artifacts: string
    ) {
        fs.mkdirSync(artifacts, { recursive: true });
    }

    static async open(browser: Browser, url: string, artifacts: string): Promise<Workbench> {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        await page.goto(url);
        await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
        // The explorer shows the folder once the remote file system answers.
        await page.locator('.explorer-folders-view').waitFor({ timeout: 90_000 });
        return new Workbench(page, artifacts);
    }

    async screenshot(name: string): Promise<string> {
        const file = path.join(this.artifacts, `${name}.png`);
        await this.page.screenshot({ path: file });
        return file;
    }

    /**
     * Ctrl+P, the file name, a click on it in the list (tabs move as others open; the list does not). A file that
     * is already the active editor is left as it is: quick open on it sometimes never re-activates its tab.
     */
    async openFile(name: string): Promise<void> {
        const active = this.page.locator('.tab.active', { hasText: name });
        if (await active.isVisible()) return;
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press('Control+P');
            const input = this.page.locator('.quick-input-widget input');
            await input.waitFor();
            await input.fill(name);
            const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
            await row.waitFor({ timeout: 30_000 });
            await row.click();
            try {
                await active.waitFor({ timeout: 15_000 });
                break;
            } catch (error) {
                if (attempt >= 3) throw error;
                await this.page.keyboard.press('Escape');
            }
        }
        await this.editorLines().first().waitFor();
        // The pointer stays where the list was; a tooltip under it would push the editor's hover away.
        await this.page.mouse.move(1, 1);
    }

    /** The hover at the cursor (Ctrl+K Ctrl+I), waited for until it shows `text`. */
    async hoverAtCursor(text: string): Promise<Locator> {
        const hover = this.page.locator('.monaco-hover:not(.hidden)', { hasText: text }).first();
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press('Control+K');
            await this.page.keyboard.press('Control+I');
            try {
                await hover.waitFor({ timeout: 20_000 });
                return hover;
            } catch (error) {
                if (attempt >= 3) throw error;
                await this.page.keyboard.press('Escape');
            }
        }
    }

    /** F1, the command's title, Enter. */
    async runCommand(title: string): Promise<void> {
        await this.page.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`>${title}`);
        await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30_000 });
        await this.page.keyboard.press('Enter');
    }

    /** Ctrl+G `line:column` (1-based, as the status bar counts). */
    async goTo(line: number, column: number): Promise<void> {
        await this.page.keyboard.press('Control+G');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.statusItem('status.editor.selection')
            .filter({ hasText: `Ln ${line}, Col ${column}` })
            .waitFor({ timeout: 10_000 });
    }

    editorLines(): Locator {
        return this.page.locator('.editor-group-container.active .monaco-editor .view-lines');
    }

    statusItem(id: string): Locator {
        return this.page.locator(`[id="${id}"]`);
    }

    async openProblems(): Promise<Locator> {
        await this.page.keyboard.press('Control+Shift+M');
        const panel = this.page.locator('.markers-panel');
        await panel.waitFor();
        return panel;
    }

    /** Problems panel rows that mention `text`, read through the panel's own filter (the list only draws what is on screen). */
    async problemsMatching(text: string): Promise<number> {
        const panel = await this.openProblems();
        const filter = this.page.locator('.panel .viewpane-filter input, .panel .markers-panel-action-filter input').first();
        await filter.fill(text);
        await this.page.waitForTimeout(1_000);
        const rows = await panel.locator('.monaco-list-row').count();
        await filter.fill('');
        return rows;
    }

    notification(text: string | RegExp): Locator {
        return this.page.locator('.notifications-toasts .notification-toast', { hasText: text });
    }

    /** The document inside the newest webview (VS Code nests the content in an inner frame). */
    async webviewFrame(hasSelector: string, timeout: number): Promise<Frame> {
        const deadline = Date.now() + timeout;
        while (Date.now() < deadline) {
            for (const frame of this.page.frames()) {
                if (
                    (await frame
                        .locator(hasSelector)
                        .count()
                        .catch(() => 0)) > 0
                )
                    return frame;
            }
            await this.page.waitForTimeout(500);
        }
        throw new Error(`no webview shows ${hasSelector} within ${timeout} ms`);
    }
}
