import { budgetShares, type BudgetShare, type CatalogEntryModel, type TaskModel } from '@kts/language/model';

/** A share of one task budget placed in a year, with its task and the task's investment form. */
export interface BudgetAllocation extends BudgetShare {
    task: TaskModel;
    form?: CatalogEntryModel;
}

/** An amount per currency: budgets in different currencies are never added together. */
export type MoneyTotals = Map<string, number>;

/**
 * Places each task budget in years (`budgetShares` of the model face), with the task and its investment form for
 * the tables that group by them.
 */
export function allocateBudgets(tasks: TaskModel[]): BudgetAllocation[] {
    return tasks.flatMap(task => budgetShares(task).map(share => ({ ...share, task, form: task.form })));
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
