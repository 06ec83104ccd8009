// The shape of a synthetic workspace, decided before any text is written: frameworks, their elements
// (kind, layer, state, id, title) and every property and relation. The KTS and LikeC4 writers render
// the same plan, so both workspaces have the same elements and relationships.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Random } from './random.ts';

export type WorkspaceSize = 'one' | 'ten' | 'national';
export type State = 'current' | 'target';
export type Layer = 'business' | 'data' | 'application' | 'technology' | 'security';

export const LAYERS: Layer[] = ['business', 'data', 'application', 'technology', 'security'];
export const STATES: State[] = ['current', 'target'];

interface SizeSpec {
    ministries: number;
    provinces: number;
    /** Architecture elements (current + target) of an ordinary framework: about 1,850 lines. */
    elements: number;
    /** Elements of the first framework, written as one file of about 5,000 lines (the incremental-edit target). */
    bigElements?: number;
}

export const SIZES: Record<WorkspaceSize, SizeSpec> = {
    one: { ministries: 0, provinces: 1, elements: 500 },
    ten: { ministries: 4, provinces: 6, elements: 500 },
    national: { ministries: 20, provinces: 34, elements: 450, bigElements: 1220 }
};

export type Ref = { type: 'element'; framework: string; state: State; id: string } | { type: 'national'; code: string };

export interface RelationPlan {
    kind: string;
    targets: Ref[];
    via: Ref[];
    label?: string;
    data?: string;
    standards: string[];
}

export interface ElementPlan {
    framework: string;
    state: State;
    layer: Layer;
    kind: string;
    id: string;
    title: string;
    owner?: string;
    description?: string;
    codes: string[];
    standards: string[];
    level?: number;
    relations: RelationPlan[];
    /** Kept unchanged from the current architecture: no task needs to deliver it. */
    kept: boolean;
}

export interface TaskPlan {
    id: string;
    title: string;
    period: string;
    responsible: string;
    budget: string;
    layer: Layer;
    delivers: string[];
    after?: string;
}

export interface FrameworkPlan {
    id: string;
    level: 'ministry' | 'province';
    body: string;
    number: number;
    elements: ElementPlan[];
    tasks: TaskPlan[];
    goals: Array<{ id: string; title: string; indicator: string; baseline: number; target: number }>;
    principles: Array<{ id: string; title: string; implements: string[] }>;
}

export interface CatalogCode {
    code: string;
    model: string;
    title: string;
    parent?: string;
}

export interface WorkspacePlan {
    size: WorkspaceSize;
    seed: number;
    frameworks: FrameworkPlan[];
    catalog: CatalogCode[];
    /** The national components every reference to `national` names, with their kinds. */
    national: Array<{ code: string; kind: string; name: string }>;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CATALOG_DIR = path.join(REPO_ROOT, 'packages/language/data/catalogs');

interface JsonEntry {
    code: string;
    kind?: string;
    name: string;
    tier?: string;
    parent?: string;
}

function catalogEntries(file: string): JsonEntry[] {
    return (JSON.parse(fs.readFileSync(path.join(CATALOG_DIR, file), 'utf8')) as { entries: JsonEntry[] }).entries;
}

// Shares of each component architecture and of each kind inside it: close to the two examples, with a few more
// one-line elements (data sets, activities) so that ~25k elements fill ~100k lines as the issue sets out.
const LAYER_SHARE: Record<Layer, number> = { business: 0.28, data: 0.24, application: 0.22, technology: 0.14, security: 0.12 };
const KIND_SHARE: Record<Layer, Array<[string, number]>> = {
    business: [
        ['actor', 0.1],
        ['activity', 0.5],
        ['process', 0.25],
        ['service', 0.15]
    ],
    data: [
        ['database', 0.35],
        ['dataset', 0.65]
    ],
    application: [
        ['platform', 0.08],
        ['app', 0.5],
        ['service', 0.22],
        ['portal', 0.12],
        ['channel', 0.08]
    ],
    technology: [
        ['datacenter', 0.15],
        ['network', 0.2],
        ['cloud', 0.15],
        ['device', 0.25],
        ['infrastructure', 0.25]
    ],
    security: [
        ['system', 0.3],
        ['measure', 0.7]
    ]
};
const ID_PREFIX: Record<string, string> = {
    actor: 'nd',
    activity: 'hd',
    process: 'qt',
    'business:service': 'dvc',
    database: 'csdl',
    dataset: 'ds',
    platform: 'nt',
    app: 'ud',
    'application:service': 'dv',
    portal: 'cong',
    channel: 'kenh',
    datacenter: 'ttdl',
    network: 'mang',
    cloud: 'dm',
    device: 'tb',
    infrastructure: 'ht',
    system: 'atht',
    measure: 'bp'
};

const DOMAINS = [
    'đất đai',
    'y tế',
    'giáo dục',
    'giao thông',
    'tài chính',
    'nông nghiệp',
    'môi trường',
    'lao động',
    'văn hóa',
    'du lịch',
    'xây dựng',
    'công thương',
    'tư pháp',
    'nội vụ',
    'khoa học và công nghệ',
    'dân tộc',
    'thuế',
    'hải quan',
    'bảo hiểm xã hội',
    'phòng chống thiên tai'
];
const ACTIONS = [
    'Tiếp nhận',
    'Thẩm định',
    'Cấp phép',
    'Thanh tra',
    'Theo dõi',
    'Tổng hợp',
    'Phê duyệt',
    'Lưu trữ',
    'Công bố',
    'Kiểm tra',
    'Giám sát',
    'Đánh giá'
];
const OBJECTS = [
    'hồ sơ',
    'giấy phép',
    'kết quả thanh tra',
    'văn bản chỉ đạo',
    'số liệu thống kê',
    'báo cáo định kỳ',
    'phản ánh, kiến nghị',
    'kế hoạch',
    'dự án đầu tư',
    'chứng chỉ hành nghề'
];
const FUNCTIONS = [
    'quản lý hồ sơ',
    'cấp phép',
    'thanh tra, kiểm tra',
    'thống kê, báo cáo',
    'một cửa điện tử',
    'chỉ đạo, điều hành',
    'quản lý văn bản',
    'giám sát',
    'tra cứu',
    'thanh toán trực tuyến'
];
const ACTORS = [
    'Người dân',
    'Doanh nghiệp',
    'Cán bộ, công chức',
    'Hộ kinh doanh',
    'Hợp tác xã',
    'Tổ chức xã hội',
    'Nhà đầu tư',
    'Người lao động'
];
const CHANNELS = ['tổng đài hỗ trợ', 'ứng dụng di động', 'kiosk tra cứu', 'tin nhắn SMS', 'thư điện tử', 'mạng xã hội'];
const PLATFORMS = [
    'tổng hợp, phân tích dữ liệu',
    'xác thực tập trung',
    'quản lý danh mục dùng chung',
    'ký số tập trung',
    'thanh toán trực tuyến',
    'bản đồ số'
];
const SITES = ['chính', 'dự phòng', 'khu vực phía Bắc', 'khu vực phía Nam', 'vùng thảm họa'];
const NETWORKS = ['truyền số liệu chuyên dùng', 'nội bộ (LAN)', 'diện rộng (WAN)', 'kết nối Internet', 'không dây'];
const DEVICES = ['máy trạm', 'máy chủ', 'thiết bị lưu trữ', 'thiết bị mạng', 'thiết bị hội nghị truyền hình', 'camera giám sát'];
const INFRA = ['máy chủ ảo hóa', 'lưu trữ tập trung', 'sao lưu dữ liệu', 'khóa công khai', 'điện, làm mát phòng máy'];
const SECURITY = [
    'giám sát an toàn thông tin (SOC)',
    'phòng chống mã độc tập trung',
    'tường lửa thế hệ mới',
    'phát hiện xâm nhập',
    'quản lý truy cập đặc quyền',
    'ngăn chặn thất thoát dữ liệu'
];
const MEASURES = [
    'phân vùng mạng',
    'sao lưu định kỳ',
    'mã hóa dữ liệu',
    'xác thực hai lớp',
    'kiểm tra, đánh giá an toàn thông tin',
    'diễn tập ứng cứu sự cố',
    'quản lý bản vá'
];
const PURPOSES = [
    'rút ngắn thời gian giải quyết thủ tục hành chính',
    'dùng chung dữ liệu giữa các cơ quan',
    'phục vụ chỉ đạo, điều hành dựa trên dữ liệu',
    'giảm giấy tờ người dân phải nộp',
    'công khai, minh bạch kết quả xử lý',
    'bảo đảm an toàn thông tin theo cấp độ'
];
const MINISTRY_OWNERS = [
    'Văn phòng Bộ',
    'Cục Chuyển đổi số',
    'Vụ Kế hoạch – Tài chính',
    'Trung tâm Công nghệ thông tin',
    'Thanh tra Bộ',
    'Vụ Pháp chế'
];
const PROVINCE_OWNERS = [
    'Văn phòng UBND tỉnh',
    'Sở Khoa học và Công nghệ',
    'Sở Tài chính',
    'Sở Nông nghiệp và Môi trường',
    'Sở Xây dựng',
    'Sở Y tế',
    'Sở Giáo dục và Đào tạo'
];
const PERIODS = ['2026-2027', '2026-2028', '2027-2028', '2027-2030', '2028-2030', '2029-2030'];
const STANDARDS = ['1.4', '1.15', '2.13', '4.2', '4.10', '4.13', '4.17', '1.14', '2.1', '4.18'];
const PRINCIPLES = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l'];
/** Leaf codes of the built-in DRM draft (a group code would get kts/code-not-leaf). */
const DRM_LEAVES = catalogEntries('drm-draft-2019.json')
    .filter(entry => !catalogEntries('drm-draft-2019.json').some(child => child.parent === entry.code))
    .map(entry => entry.code);

/** The synthetic illustrative catalogue: BRM/ARM/TRM/SRM, 20 groups × 9 leaves each; codes start with `KT-` (kiểm thử). */
function syntheticCatalog(): CatalogCode[] {
    const codes: CatalogCode[] = [];
    for (const model of ['BRM', 'ARM', 'TRM', 'SRM']) {
        for (let group = 1; group <= 20; group++) {
            const groupCode = `KT-${model}.${String(group).padStart(2, '0')}`;
            const domain = DOMAINS[(group - 1) % DOMAINS.length];
            codes.push({ code: groupCode, model, title: `Nhóm ${model} thử nghiệm lĩnh vực ${domain}` });
            for (let leaf = 1; leaf <= 9; leaf++) {
                codes.push({
                    code: `${groupCode}.${String(leaf).padStart(2, '0')}`,
                    model,
                    parent: groupCode,
                    title: `${FUNCTIONS[(group + leaf) % FUNCTIONS.length]} lĩnh vực ${domain} (mục ${leaf})`
                });
            }
        }
    }
    return codes;
}

export function planWorkspace(size: WorkspaceSize, seed: number): WorkspacePlan {
    const spec = SIZES[size];
    const random = new Random(seed);
    const national = catalogEntries('national-components.json').map(entry => ({
        code: entry.code,
        kind: entry.kind ?? '',
        name: entry.name,
        tier: entry.tier
    }));
    const catalog = syntheticCatalog();
    const leaves = (model: string) => catalog.filter(code => code.model === model && code.parent).map(code => code.code);
    const codesByModel: Record<string, string[]> = {
        BRM: leaves('BRM'),
        ARM: leaves('ARM'),
        TRM: leaves('TRM'),
        SRM: leaves('SRM'),
        DRM: DRM_LEAVES
    };

    const frameworks: FrameworkPlan[] = [];
    for (let index = 0; index < spec.ministries + spec.provinces; index++) {
        const ministry = index < spec.ministries;
        const number = ministry ? index + 1 : index - spec.ministries + 1;
        const id = `${ministry ? 'bo' : 'tinh'}_${String(number).padStart(2, '0')}`;
        const elementCount = index === 0 && spec.bigElements ? spec.bigElements : spec.elements;
        frameworks.push({
            id,
            number,
            level: ministry ? 'ministry' : 'province',
            body: ministry
                ? `Bộ Thử nghiệm ${String(number).padStart(2, '0')}`
                : `Ủy ban nhân dân Tỉnh Thử nghiệm ${String(number).padStart(2, '0')}`,
            elements: skeleton(id, elementCount, random),
            tasks: [],
            goals: [],
            principles: []
        });
    }
    for (const framework of frameworks) {
        const context = new PlanContext(framework, frameworks, national, codesByModel, random);
        for (const element of framework.elements) context.fill(element);
        framework.tasks = tasksOf(framework, random);
        framework.goals = Array.from({ length: 4 }, (_, goal) => ({
            id: `mt${goal + 1}`,
            title: `Mục tiêu ${goal + 1}: ${random.pick(PURPOSES)}`,
            indicator: `Tỷ lệ ${random.pick(OBJECTS)} được xử lý trên môi trường số`,
            baseline: random.int(20, 50),
            target: random.int(60, 100)
        }));
        framework.principles = Array.from({ length: 5 }, (_, principle) => ({
            id: `nt${principle + 1}`,
            title: `Nguyên tắc ${principle + 1}: ${random.pick(PURPOSES)}`,
            implements: random.sample(PRINCIPLES, 2)
        }));
    }
    return { size, seed, frameworks, catalog, national: national.map(({ code, kind, name }) => ({ code, kind, name })) };
}

/** Ids, kinds and titles; about half the current elements carry over to the target (kept, upgraded or replaced). */
function skeleton(framework: string, count: number, random: Random): ElementPlan[] {
    const counters = new Map<string, number>();
    const nextId = (layer: Layer, kind: string) => {
        const prefix = ID_PREFIX[`${layer}:${kind}`] ?? ID_PREFIX[kind];
        const next = (counters.get(prefix) ?? 0) + 1;
        counters.set(prefix, next);
        return `${prefix}_${String(next).padStart(3, '0')}`;
    };
    const elements: ElementPlan[] = [];
    const make = (state: State, layer: Layer, kind: string, id: string): ElementPlan => ({
        framework,
        state,
        layer,
        kind,
        id,
        title: titleOf(layer, kind, random),
        codes: [],
        standards: [],
        relations: [],
        kept: false
    });
    const perState = { current: Math.round(count * 0.42), target: count - Math.round(count * 0.42) };
    const current: ElementPlan[] = [];
    for (const layer of LAYERS) {
        for (const [kind, share] of KIND_SHARE[layer]) {
            const n = Math.max(1, Math.round(perState.current * LAYER_SHARE[layer] * share));
            for (let i = 0; i < n; i++) current.push(make('current', layer, kind, nextId(layer, kind)));
        }
    }
    elements.push(...current);
    for (const layer of LAYERS) {
        for (const [kind, share] of KIND_SHARE[layer]) {
            const n = Math.max(1, Math.round(perState.target * LAYER_SHARE[layer] * share));
            const previous = current.filter(element => element.layer === layer && element.kind === kind);
            for (let i = 0; i < n; i++) {
                const old = previous[i];
                const roll = random.next();
                // The first platform (the body's LGSP) and the first data centre carry over as they are.
                if (old && (i === 0 || roll < 0.3)) {
                    const carried = make('target', layer, kind, old.id);
                    carried.title = old.title;
                    // The body's LGSP is upgraded in half the frameworks, so a platform also appears among the deliverables.
                    carried.kept = !(kind === 'platform' && i === 0 && random.chance(0.5));
                    carried.relations.push({
                        kind: carried.kept ? 'keeps' : 'upgrades',
                        targets: [{ type: 'element', framework, state: 'current', id: old.id }],
                        via: [],
                        standards: []
                    });
                    elements.push(carried);
                } else if (old && roll < 0.55) {
                    const upgraded = make('target', layer, kind, old.id);
                    upgraded.relations.push({
                        kind: 'upgrades',
                        targets: [{ type: 'element', framework, state: 'current', id: old.id }],
                        via: [],
                        standards: []
                    });
                    elements.push(upgraded);
                } else {
                    const fresh = make('target', layer, kind, nextId(layer, kind));
                    if (old && roll < 0.75)
                        fresh.relations.push({
                            kind: 'replaces',
                            targets: [{ type: 'element', framework, state: 'current', id: old.id }],
                            via: [],
                            standards: []
                        });
                    elements.push(fresh);
                }
            }
        }
    }
    return elements;
}

function titleOf(layer: Layer, kind: string, random: Random): string {
    const domain = random.pick(DOMAINS);
    switch (kind) {
        case 'actor':
            return `${random.pick(ACTORS)} (lĩnh vực ${domain})`;
        case 'activity':
            return `${random.pick(ACTIONS)} ${random.pick(OBJECTS)} lĩnh vực ${domain}`;
        case 'process':
            return `Quy trình ${random.pick(ACTIONS).toLowerCase()} ${random.pick(OBJECTS)} lĩnh vực ${domain}`;
        case 'service':
            return layer === 'business'
                ? `Dịch vụ công ${random.pick(ACTIONS).toLowerCase()} ${random.pick(OBJECTS)} lĩnh vực ${domain}`
                : `Dịch vụ ${random.pick(FUNCTIONS)} lĩnh vực ${domain}`;
        case 'database':
            return `Cơ sở dữ liệu ${domain}`;
        case 'dataset':
            return `Tập dữ liệu ${random.pick(OBJECTS)} lĩnh vực ${domain}`;
        case 'platform':
            return `Nền tảng ${random.pick(PLATFORMS)}`;
        case 'app':
            return `Hệ thống thông tin ${random.pick(FUNCTIONS)} lĩnh vực ${domain}`;
        case 'portal':
            return `Cổng thông tin lĩnh vực ${domain}`;
        case 'channel':
            return `Kênh ${random.pick(CHANNELS)}`;
        case 'datacenter':
            return `Trung tâm dữ liệu ${random.pick(SITES)}`;
        case 'network':
            return `Mạng ${random.pick(NETWORKS)}`;
        case 'cloud':
            return `Nền tảng điện toán đám mây ${random.pick(SITES)}`;
        case 'device':
            return `Hệ thống ${random.pick(DEVICES)}`;
        case 'infrastructure':
            return `Hạ tầng ${random.pick(INFRA)}`;
        case 'system':
            return `Hệ thống ${random.pick(SECURITY)}`;
        default:
            return `Biện pháp ${random.pick(MEASURES)}`;
    }
}

/** Fills properties and relations of one framework's elements; knows every framework's element lists. */
class PlanContext {
    private readonly framework: FrameworkPlan;
    private readonly frameworks: FrameworkPlan[];
    private readonly national: Array<{ code: string; kind: string; tier?: string }>;
    private readonly codes: Record<string, string[]>;
    private readonly random: Random;
    private readonly byState: Record<State, ElementPlan[]>;
    private readonly owners: string[];

    constructor(
        framework: FrameworkPlan,
        frameworks: FrameworkPlan[],
        national: Array<{ code: string; kind: string; tier?: string }>,
        codes: Record<string, string[]>,
        random: Random
    ) {
        this.framework = framework;
        this.frameworks = frameworks;
        this.national = national;
        this.codes = codes;
        this.random = random;
        this.byState = {
            current: framework.elements.filter(element => element.state === 'current'),
            target: framework.elements.filter(element => element.state === 'target')
        };
        this.owners = framework.level === 'ministry' ? MINISTRY_OWNERS : PROVINCE_OWNERS;
    }

    /** An element of the same framework and state, of one of the kinds (and layer, for `service`). */
    private local(element: ElementPlan, kinds: string[], layer?: Layer): Ref | undefined {
        const candidates = this.byState[element.state].filter(
            candidate => kinds.includes(candidate.kind) && (!layer || candidate.layer === layer) && candidate.id !== element.id
        );
        if (candidates.length === 0) return undefined;
        const chosen = this.random.pick(candidates);
        return { type: 'element', framework: chosen.framework, state: chosen.state, id: chosen.id };
    }

    private locals(element: ElementPlan, kinds: string[], count: number, layer?: Layer): Ref[] {
        const refs = new Map<string, Ref>();
        for (let i = 0; i < count; i++) {
            const ref = this.local(element, kinds, layer);
            if (ref && ref.type === 'element') refs.set(ref.id, ref);
        }
        return [...refs.values()];
    }

    /** An element of another framework (same state): the references that make the workspace one national model. */
    private foreign(element: ElementPlan, kinds: string[]): Ref | undefined {
        if (this.frameworks.length < 2) return undefined;
        let other = this.random.pick(this.frameworks);
        if (other === this.framework) other = this.frameworks[(this.frameworks.indexOf(other) + 1) % this.frameworks.length];
        const candidates = other.elements.filter(
            candidate => candidate.state === element.state && kinds.includes(candidate.kind) && candidate.layer === 'application'
        );
        if (candidates.length === 0) return undefined;
        const chosen = this.random.pick(candidates);
        return { type: 'element', framework: chosen.framework, state: chosen.state, id: chosen.id };
    }

    private nationalOf(kinds: string[], tiers?: Array<string | undefined>): Ref {
        const candidates = this.national.filter(entry => kinds.includes(entry.kind) && (!tiers || tiers.includes(entry.tier)));
        return { type: 'national', code: this.random.pick(candidates).code };
    }

    /** The body's LGSP (first platform of the state) and NDXP: the way to another body's system. */
    private platformPath(element: ElementPlan): Ref[] {
        const lgsp = this.byState[element.state].find(candidate => candidate.kind === 'platform')!;
        const path: Ref[] = [];
        if (lgsp.id !== element.id) path.push({ type: 'element', framework: lgsp.framework, state: lgsp.state, id: lgsp.id });
        path.push({ type: 'national', code: 'ndxp' });
        return path;
    }

    private relation(element: ElementPlan, kind: string, targets: Array<Ref | undefined>, extra: Partial<RelationPlan> = {}): void {
        const present = targets.filter((target): target is Ref => target !== undefined);
        if (present.length > 0) element.relations.push({ kind, targets: present, via: [], standards: [], ...extra });
    }

    private hosting(element: ElementPlan): Ref | undefined {
        if (element.kind !== 'app' && element.kind !== 'platform' && !this.random.chance(0.4)) return undefined;
        return this.random.chance(0.15) ? this.nationalOf(['infrastructure'], ['national']) : this.local(element, ['datacenter', 'cloud']);
    }

    fill(element: ElementPlan): void {
        const random = this.random;
        const codeModel = { business: 'BRM', data: 'DRM', application: 'ARM', technology: 'TRM', security: 'SRM' }[element.layer];
        const firstOfKind = this.byState[element.state].find(candidate => candidate.kind === element.kind) === element;
        if (element.kind !== 'actor' && random.chance(0.8))
            element.codes = random.sample(this.codes[codeModel], random.chance(0.25) ? 2 : 1);
        switch (element.kind) {
            case 'actor':
                this.relation(element, 'uses', [
                    random.chance(0.5) ? this.local(element, ['portal', 'channel']) : this.nationalOf(['channel', 'portal'])
                ]);
                break;
            case 'activity':
                element.owner = random.pick(this.owners);
                if (random.chance(0.15)) element.description = `${element.title}, ${random.pick(PURPOSES)}.`;
                break;
            case 'process':
                element.owner = random.pick(this.owners);
                element.description = `Quy trình liên thông giữa các đơn vị nhằm ${random.pick(PURPOSES)}.`;
                break;
            case 'service':
                if (element.layer === 'business') {
                    element.owner = random.pick(this.owners);
                } else {
                    this.relation(element, 'supports', [this.local(element, ['service', 'activity'], 'business')]);
                    this.relation(element, 'uses', [this.local(element, ['app', 'platform'])]);
                    this.relation(element, 'hosted', [this.hosting(element)]);
                }
                break;
            case 'database':
                element.owner = random.pick(this.owners);
                element.description = `Lưu trữ dữ liệu ${element.title.replace('Cơ sở dữ liệu ', '')} của cơ quan; ${random.pick(PURPOSES)}.`;
                element.level = random.int(2, 4);
                this.relation(element, 'hosted', [this.hosting(element)]);
                if (element.state === 'target' && random.chance(0.5)) this.relation(element, 'shares', [this.nationalOf(['database'])]);
                break;
            case 'dataset':
                this.relation(element, 'in', [this.local(element, ['database'])]);
                if (random.chance(0.3))
                    this.relation(element, 'shares', [
                        random.chance(0.4) ? this.foreign(element, ['app', 'platform']) : this.local(element, ['app', 'platform'])
                    ]);
                break;
            case 'platform':
                element.owner = random.pick(this.owners);
                element.level = 3;
                if (firstOfKind) {
                    element.title = `Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) ${this.framework.level === 'ministry' ? 'của Bộ' : 'của tỉnh'}`;
                    element.description = 'Mọi kết nối với hệ thống của cơ quan khác đi qua nền tảng này và NDXP.';
                    this.relation(element, 'realizes', [{ type: 'national', code: 'lgsp' }]);
                    this.relation(element, 'integrates', [{ type: 'national', code: 'ndxp' }], {
                        label: 'Kết nối, chia sẻ dữ liệu với bộ, ngành, địa phương',
                        standards: ['1.4', '1.15']
                    });
                } else {
                    this.relation(element, 'realizes', [{ type: 'national', code: 'nen-tang-phan-tich-du-lieu' }]);
                    this.relation(element, 'uses', this.locals(element, ['database'], 2));
                }
                element.standards = random.sample(STANDARDS, 2);
                this.relation(element, 'hosted', [this.hosting(element)]);
                break;
            case 'app': {
                element.owner = random.pick(this.owners);
                element.description = `${element.title} ${random.pick(PURPOSES)}.`;
                if (random.chance(0.3)) this.relation(element, 'realizes', [this.nationalOf(['system'], ['body'])]);
                this.relation(element, 'supports', this.locals(element, ['activity', 'process', 'service'], random.int(1, 2), 'business'));
                if (random.chance(0.7)) this.relation(element, 'stores', this.locals(element, ['database', 'dataset'], random.int(1, 2)));
                if (random.chance(0.4)) this.relation(element, 'uses', [this.local(element, ['platform', 'service'])]);
                if (random.chance(0.35)) {
                    this.relation(element, 'integrates', [this.nationalOf(['database', 'system'], ['national'])], {
                        via: this.platformPath(element),
                        label: `Khai thác dữ liệu phục vụ ${random.pick(OBJECTS)}`,
                        data: random.chance(0.5) ? `Thông tin ${random.pick(OBJECTS)}` : undefined
                    });
                }
                if (random.chance(0.45)) {
                    this.relation(element, 'integrates', [this.foreign(element, ['app', 'platform'])], {
                        via: this.platformPath(element),
                        standards: random.chance(0.5) ? ['1.4'] : []
                    });
                }
                element.level = random.int(1, 4);
                if (random.chance(0.5)) element.standards = random.sample(STANDARDS, 2);
                this.relation(element, 'hosted', [this.hosting(element)]);
                break;
            }
            case 'portal':
                this.relation(element, 'supports', [this.local(element, ['service'], 'business')]);
                this.relation(element, 'integrates', [{ type: 'national', code: 'cong-dvc-quoc-gia' }], {
                    via: this.platformPath(element)
                });
                this.relation(element, 'hosted', [this.hosting(element)]);
                break;
            case 'channel':
                this.relation(element, 'uses', [this.local(element, ['portal', 'app'])]);
                break;
            case 'datacenter':
                if (firstOfKind) this.relation(element, 'realizes', [{ type: 'national', code: 'ttdl-bo-tinh' }]);
                this.relation(element, 'uses', [this.local(element, ['network'])]);
                break;
            case 'network':
                if (random.chance(0.3)) this.relation(element, 'realizes', [{ type: 'national', code: 'mtslcd' }]);
                break;
            case 'cloud':
            case 'device':
            case 'infrastructure':
                if (random.chance(0.4)) this.relation(element, 'hosted', [this.local(element, ['datacenter'])]);
                break;
            case 'system':
                element.description = `Bảo đảm an toàn thông tin cho các hệ thống của cơ quan theo cấp độ; ${random.pick(PURPOSES)}.`;
                this.relation(element, 'protects', this.locals(element, ['app', 'database', 'platform', 'portal'], random.int(1, 3)));
                if (random.chance(0.5))
                    this.relation(element, 'integrates', [this.nationalOf(['security'])], { label: 'Chia sẻ thông tin giám sát' });
                this.relation(element, 'hosted', [this.local(element, ['datacenter'])]);
                break;
            default:
                if (random.chance(0.6))
                    this.relation(
                        element,
                        'protects',
                        this.locals(element, ['datacenter', 'network', 'app', 'database'], random.int(1, 2))
                    );
        }
    }
}

/** Tasks deliver every target element that is not kept (people are never delivered), ten at a time. */
function tasksOf(framework: FrameworkPlan, random: Random): TaskPlan[] {
    const owners = framework.level === 'ministry' ? MINISTRY_OWNERS : PROVINCE_OWNERS;
    const tasks: TaskPlan[] = [];
    for (const layer of LAYERS) {
        const deliverables = framework.elements.filter(
            element => element.state === 'target' && element.layer === layer && !element.kept && element.kind !== 'actor'
        );
        for (let start = 0; start < deliverables.length; start += 10) {
            const index = tasks.length;
            const period = PERIODS[Math.min(PERIODS.length - 1, Math.floor(index / 6))];
            tasks.push({
                id: `nv_${String(index + 1).padStart(3, '0')}`,
                title: `Triển khai ${deliverables[start].title.charAt(0).toLowerCase()}${deliverables[start].title.slice(1)} và các hạng mục liên quan`,
                period,
                responsible: random.pick(owners),
                budget: `${random.int(2, 60)}.${random.int(0, 9)} billion VND funding "${framework.level === 'ministry' ? 'Ngân sách trung ương' : 'Ngân sách tỉnh'}"`,
                layer,
                delivers: deliverables.slice(start, start + 10).map(element => element.id),
                after: index > 0 && random.chance(0.5) ? tasks[Math.max(0, index - random.int(1, 3))].id : undefined
            });
        }
    }
    return tasks;
}
