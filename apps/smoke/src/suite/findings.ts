/**
 * Results by operation x check: a check is passed when it was evaluated and held every time,
 * failed with its findings, or skipped with the reason it could not be evaluated.
 */
import { CHECK_IDS, type CheckId } from "./check-ids.js";

export interface Finding {
  check: CheckId;
  operation: string;
  /** The case, e.g. `positive`, `missing path`, `no token`, `fuzz`. */
  label: string;
  /** The JSON path in the answer (or `HTTP status`, `Content-Type`). */
  path: string;
  expected: string;
  actual: string;
  /** Reproduces the request (token as `$ALIST_TOKEN`). */
  curl: string;
  /** Extra context, e.g. the fuzz seed and counterexample. */
  note?: string;
}

export type CellStatus = "passed" | "failed" | "skipped";

export interface Cell {
  operation: string;
  check: CheckId;
  status: CellStatus;
  /** How many times the check was evaluated for this operation. */
  evaluated: number;
  findings: Finding[];
  /** Why it was never evaluated. */
  skipReason?: string;
}

export class Results {
  private readonly cells = new Map<string, Cell>();

  constructor(private readonly enabled: Set<CheckId>) {}

  isEnabled(check: CheckId): boolean {
    return this.enabled.has(check);
  }

  private cell(operation: string, check: CheckId): Cell {
    const key = `${operation}\0${check}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { operation, check, status: "skipped", evaluated: 0, findings: [] };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The check ran once for the operation; a finding means it did not hold. */
  evaluated(operation: string, check: CheckId, finding?: Finding): void {
    if (!this.enabled.has(check)) return;
    const cell = this.cell(operation, check);
    cell.evaluated += 1;
    if (finding) cell.findings.push(finding);
    cell.status = cell.findings.length > 0 ? "failed" : "passed";
    delete cell.skipReason;
  }

  /** The check could not run for the operation (kept only if it never ran). */
  skipped(operation: string, check: CheckId, reason: string): void {
    if (!this.enabled.has(check)) return;
    const cell = this.cell(operation, check);
    if (cell.evaluated === 0 && cell.skipReason === undefined) cell.skipReason = reason;
  }

  /** Every cell touched, in operation order then check order. */
  all(operationOrder: string[]): Cell[] {
    const rank = (op: string) => {
      const index = operationOrder.indexOf(op);
      return index === -1 ? operationOrder.length : index;
    };
    return [...this.cells.values()]
      .filter((cell) => cell.evaluated > 0 || cell.skipReason !== undefined)
      .sort((a, b) => rank(a.operation) - rank(b.operation) || CHECK_IDS.indexOf(a.check) - CHECK_IDS.indexOf(b.check));
  }
}
