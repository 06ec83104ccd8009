import type { CatalogEntryModel, TaskModel } from './architecture-model.js';

/** The unit budgets are printed in: millions of the currency. */
export const PRINTED_UNIT = 1_000_000;

/** A share of one of a task's budgets, placed in one year (or none when the task has no period). */
export interface BudgetShare {
    year?: number;
    /** The funding-source entry, or the free text of a source outside the list. */
    funding?: CatalogEntryModel | string;
    currency: string;
    amount: number;
}

/**
 * Places a task's budgets in years: an amount written for a year stays in it; one written for the whole period is
 * spread over the period's years, evenly or by the task's weights, in whole printed units, so that the years of a
 * budget add up to it exactly and no row carries a fraction of a million. The documents' budget tables and the
 * model diff both read budgets this way, so a budget moved between years is the same change in both.
 */
export function budgetShares(task: TaskModel): BudgetShare[] {
    const shares: BudgetShare[] = [];
    const years = task.period && task.period.end >= task.period.start ? task.period.end - task.period.start + 1 : 0;
    const weights =
        task.split.kind === 'weights' && task.split.weights.length === years && task.split.weights.every(weight => weight > 0)
            ? task.split.weights
            : Array.from({ length: years }, () => 1);
    for (const budget of task.budgets) {
        const base = { funding: budget.funding ?? budget.fundingText, currency: budget.currency };
        if (budget.year !== undefined || !task.period || years === 0) {
            shares.push({ ...base, year: budget.year, amount: budget.amount });
            continue;
        }
        const start = task.period.start;
        splitAmount(budget.amount, weights).forEach((amount, index) => {
            shares.push({ ...base, year: start + index, amount });
        });
    }
    return shares;
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
