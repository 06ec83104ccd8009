import type { TaskModel } from '@kts/language/model';

/** A share of one task budget, placed in one year (or none when the task has no period). */
export interface BudgetAllocation {
    task: TaskModel;
    year?: number;
    funding?: string;
    currency: string;
    amount: number;
}

/** An amount per currency: budgets in different currencies are never added together. */
export type MoneyTotals = Map<string, number>;

/**
 * Spreads each task budget evenly over the years of the task's period, so that a five-year task weighs on
 * each of its years. Shares are whole currency units; the rounding remainder goes to the last year, so the
 * years of a task always add up to its budget exactly.
 */
export function allocateBudgets(tasks: TaskModel[]): BudgetAllocation[] {
    const allocations: BudgetAllocation[] = [];
    for (const task of tasks) {
        for (const budget of task.budgets) {
            const base = { task, funding: budget.funding, currency: budget.currency };
            if (!task.period || task.period.end < task.period.start) {
                allocations.push({ ...base, amount: budget.amount });
                continue;
            }
            const years = task.period.end - task.period.start + 1;
            const share = Math.round(budget.amount / years);
            for (let index = 0; index < years; index++) {
                const amount = index === years - 1 ? budget.amount - share * (years - 1) : share;
                allocations.push({ ...base, year: task.period.start + index, amount });
            }
        }
    }
    return allocations;
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
