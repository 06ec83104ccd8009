import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const INSTALL_HINT = 'run scripts/install-vscode-e2e-deps.sh (as root or with sudo) to install code-server, Node 24 and Chromium';

/** The programs the e2e suite drives; missing ones fail the suite with the way to install them. */
export interface Programs {
    node24: string;
    codeServer: string;
    chromium: string;
}

export function findPrograms(): Programs {
    const e2e = process.env.KTS_E2E_DIR ?? path.join(REPO_ROOT, '.e2e');
    const programs: Programs = {
        node24: path.join(e2e, 'node24', 'node_modules', `node-linux-${process.arch === 'arm64' ? 'arm64' : 'x64'}`, 'bin', 'node'),
        codeServer: path.join(e2e, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
        chromium: process.env.KTS_CHROMIUM ?? '/usr/bin/chromium'
    };
    const missing = Object.entries(programs)
        .filter(([, file]) => !fs.existsSync(file))
        .map(([name, file]) => `${name} (${file})`);
    if (missing.length > 0) throw new Error(`VS Code e2e: missing ${missing.join(', ')}; ${INSTALL_HINT}`);
    return programs;
}

async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as net.AddressInfo;
            server.close(() => resolve(port));
        });
    });
}

/**
 * code-server (VS Code 1.139 in the browser) serving one workspace folder, with the extension installed from
 * its .vsix into a private extensions folder, no authentication, bound to 127.0.0.1, and every setting and log
 * kept in a temporary folder instead of the user's home.
 */
export class CodeServerHost {
    private constructor(
        readonly url: string,
        readonly root: string,
        private readonly child: ChildProcess,
        readonly logFile: string
    ) {}

    static async start(programs: Programs, workspace: string, vsix: string): Promise<CodeServerHost> {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-code-server-'));
        const extensions = path.join(root, 'extensions');
        const userData = path.join(root, 'user-data');
        fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
        fs.writeFileSync(
            path.join(userData, 'User', 'settings.json'),
            JSON.stringify(
                {
                    'workbench.startupEditor': 'none',
                    'workbench.tips.enabled': false,
                    'chat.disableAIFeatures': true,
                    'extensions.autoUpdate': false,
                    'extensions.ignoreRecommendations': true,
                    'telemetry.telemetryLevel': 'off',
                    'security.workspace.trust.enabled': false,
                    'git.enabled': false,
                    'editor.hover.delay': 300,
                    // A monospace font with precomposed Vietnamese letters, for readable screenshots.
                    'editor.fontFamily': "'Liberation Mono', 'DejaVu Sans Mono', monospace"
                },
                null,
                2
            )
        );
        const port = await freePort();
        const config = path.join(root, 'config.yaml');
        fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
        const common = ['--config', config, '--extensions-dir', extensions, '--user-data-dir', userData];

        const install = spawnSync(programs.node24, [programs.codeServer, ...common, '--install-extension', vsix, '--force'], {
            encoding: 'utf8',
            timeout: 120_000
        });
        if (install.status !== 0 || !/successfully installed/.test(install.stdout)) {
            throw new Error(`code-server could not install ${vsix} (exit ${install.status}):\n${install.stdout}\n${install.stderr}`);
        }

        const logFile = path.join(root, 'code-server.log');
        const log = fs.openSync(logFile, 'a');
        const child = spawn(
            programs.node24,
            [
                programs.codeServer,
                ...common,
                '--disable-telemetry',
                '--disable-update-check',
                '--disable-workspace-trust',
                '--disable-getting-started-override',
                workspace
            ],
            { stdio: ['ignore', log, log], detached: false }
        );
        const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
        const host = new CodeServerHost(url, root, child, logFile);
        await host.waitUntilListening(port);
        return host;
    }

    private async waitUntilListening(port: number): Promise<void> {
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
            if (this.child.exitCode !== null)
                throw new Error(`code-server exited (${this.child.exitCode}):\n${fs.readFileSync(this.logFile, 'utf8')}`);
            const open = await new Promise<boolean>(resolve => {
                const socket = net.connect(port, '127.0.0.1', () => {
                    socket.end();
                    resolve(true);
                });
                socket.on('error', () => resolve(false));
            });
            if (open) return;
            await new Promise(resolve => setTimeout(resolve, 250));
        }
        throw new Error(`code-server did not listen on ${port} within 60 s:\n${fs.readFileSync(this.logFile, 'utf8')}`);
    }

    /** The log files of the extension host and of the KTS output channel, for a failure message. */
    extensionLogs(): string {
        const logs = path.join(this.root, 'user-data', 'logs');
        if (!fs.existsSync(logs)) return '';
        const found: string[] = [];
        const visit = (dir: string) => {
            for (const name of fs.readdirSync(dir)) {
                const full = path.join(dir, name);
                if (fs.statSync(full).isDirectory()) visit(full);
                else if (/remoteexthost\.log$|KTS\.log$/.test(name))
                    found.push(`== ${full}\n${fs.readFileSync(full, 'utf8').slice(-4000)}`);
            }
        };
        visit(logs);
        return found.join('\n');
    }

    async stop(): Promise<void> {
        if (this.child.exitCode === null) {
            const exited = new Promise(resolve => this.child.once('exit', resolve));
            this.child.kill('SIGTERM');
            await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 5_000))]);
            if (this.child.exitCode === null) this.child.kill('SIGKILL');
        }
        fs.rmSync(this.root, { recursive: true, force: true });
    }
}
