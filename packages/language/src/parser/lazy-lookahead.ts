import { LLStarLookaheadStrategy } from 'chevrotain-allstar';

type AlternationOptions = Parameters<LLStarLookaheadStrategy['buildLookaheadForAlternation']>[0];
type AlternationLookahead = ReturnType<LLStarLookaheadStrategy['buildLookaheadForAlternation']>;
type OptionalOptions = Parameters<LLStarLookaheadStrategy['buildLookaheadForOptional']>[0];
type OptionalLookahead = ReturnType<LLStarLookaheadStrategy['buildLookaheadForOptional']>;
type Rules = Parameters<LLStarLookaheadStrategy['initialize']>[0]['rules'];

/**
 * Langium's lookahead (chevrotain-allstar's ALL(*)), built on first use. Chevrotain asks for the lookahead of every
 * alternative and optional part of the grammar when the parser is made; with the ATN they take about 50 ms, a tenth
 * of a `kts validate` of a small file, which meets only a few of them. Each decision is now built the first time
 * the parser reaches it, into the same function chevrotain would have kept. Lookahead of a finished text only:
 * the completion parser's guess at the end of an unfinished text (`incomplete`) is not made.
 */
export class LazyLookaheadStrategy extends LLStarLookaheadStrategy {
    private pendingRules: Rules | undefined;

    constructor() {
        // Silent, as Langium makes it for a grammar generated in production mode.
        super({ logging: () => undefined });
    }

    override initialize(options: { rules: Rules }): void {
        this.pendingRules = options.rules;
    }

    override buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
        let built: AlternationLookahead | undefined;
        const build = () => {
            this.initializePending();
            return super.buildLookaheadForAlternation(options);
        };
        return function (this: ThisParameterType<AlternationLookahead>, orAlts) {
            built ??= build();
            return built.call(this, orAlts);
        };
    }

    override buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
        let built: OptionalLookahead | undefined;
        const build = () => {
            this.initializePending();
            return super.buildLookaheadForOptional(options);
        };
        return function (this: ThisParameterType<OptionalLookahead>) {
            built ??= build();
            return built.call(this);
        };
    }

    private initializePending(): void {
        if (this.pendingRules === undefined) return;
        const rules = this.pendingRules;
        this.pendingRules = undefined;
        super.initialize({ rules });
    }
}
