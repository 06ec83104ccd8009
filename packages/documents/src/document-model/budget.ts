import type { CatalogEntryModel, TaskModel } from '@kts/language/model';

/** A share of one task budget, placed in one year (or none when the task has no period). */
export interface BudgetAllocation {
    task: TaskModel;
    year?: number;
    /** The funding-source entry, or the free text of a source outside the list. */
    funding?: CatalogEntryModel | string;
    /** The task's investment form. */
    form?: CatalogEntryModel;
    currency: string;
    amount: number;
}

/** An amount per currency: budgets in different currencies are never added together. */
export type MoneyTotals = Map<string, number>;

/** The unit the budget tables print: millions of the currency. */
export const PRINTED_UNIT = 1_000_000;

/**
 * Places each task budget in years: an amount written for a year stays in it; one written for the whole
 * period is spread over the period's years, evenly or by the task's weights, in whole printed units, so
 * that the years of a budget add up to it exactly and no row carries a fraction of a million.
 */
export function allocateBudgets(tasks: TaskModel[]): BudgetAllocation[] {
    const allocations: BudgetAllocation[] = [];
    for (const task of tasks) {
        const years = task.period && task.period.end >= task.period.start ? task.period.end - task.period.start + 1 : 0;
        const weights =
            task.split.kind === 'weights' && task.split.weights.length === years && task.split.weights.every(weight => weight > 0)
                ? task.split.weights
                : Array.from({ length: years }, () => 1);
        for (const budget of task.budgets) {
            const base = { task, funding: budget.funding ?? budget.fundingText, form: task.form, currency: budget.currency };
            if (budget.year !== undefined || !task.period || years === 0) {
                allocations.push({ ...base, year: budget.year, amount: budget.amount });
                continue;
            }
            const start = task.period.start;
            splitAmount(budget.amount, weights).forEach((amount, index) => {
                allocations.push({ ...base, year: start + index, amount });
            });
        }
    }
    return allocations;
}

/**
 * Splits an amount by weights into shares that are whole multiples of the printed unit (of a thousand, or
 * of one, when the amount itself is not) and add up to it exactly: each share is first rounded down, and
 * the units left over go one each to the shares with the largest remainders (the earlier year on a tie).
 */
export function splitAmount(amount: number, weights: number[], unit = PRINTED_UNIT): number[] {
    if (weights.length === 0) return [];
    const sign = amount < 0 ? -1 : 1;
    const magnitude = Math.abs(amount);
    const quantum = [unit, 1000, 1].find(candidate => magnitude % candidate === 0) ?? 1;
    const units = Math.round(magnitude / quantum);
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const exact = weights.map(weight => (units * weight) / totalWeight);
    const shares = exact.map(Math.floor);
    let left = units - shares.reduce((sum, share) => sum + share, 0);
    const byRemainder = exact
        .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
        .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
    // At most one unit per share, unless floating-point weights left more; then round again.
    for (let position = 0; left > 0; position = (position + 1) % byRemainder.length) {
        shares[byRemainder[position].index] += 1;
        left -= 1;
    }
    return shares.map(share => sign * share * quantum);
}

export function addMoney(totals: MoneyTotals, currency: string, amount: number): void {
    totals.set(currency, (totals.get(currency) ?? 0) + amount);
}

/** Sums allocations by a key (year, funding source, task …); the key order is the order of first appearance. */
export function totalsBy<K>(allocations: BudgetAllocation[], key: (allocation: BudgetAllocation) => K): Map<K, MoneyTotals> {
    const result = new Map<K, MoneyTotals>();
    for (const allocation of allocations) {
        const group = key(allocation);
        let totals = result.get(group);
        if (!totals) {
            totals = new Map();
            result.set(group, totals);
        }
        addMoney(totals, allocation.currency, allocation.amount);
    }
    return result;
}

export function grandTotal(allocations: BudgetAllocation[]): MoneyTotals {
    const totals: MoneyTotals = new Map();
    for (const allocation of allocations) addMoney(totals, allocation.currency, allocation.amount);
    return totals;
}

/** Total budget of one task, per currency. */
export function taskTotal(task: TaskModel): MoneyTotals {
    const totals: MoneyTotals = new Map();
    for (const budget of task.budgets) addMoney(totals, budget.currency, budget.amount);
    return totals;
}
