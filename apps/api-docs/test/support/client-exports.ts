// The client's public entry as TypeScript sees it: every export, its kind and its doc
// comment, so the reference test checks the built pages against the code, not a list.
import { fileURLToPath } from "node:url";
import ts from "typescript";

const entry = fileURLToPath(new URL("../../../../packages/client/src/index.ts", import.meta.url));
const tsconfig = fileURLToPath(new URL("../../tsconfig.client.json", import.meta.url));

export interface ClientExport {
  name: string;
  /** The folder the reference keeps its page in. */
  kind: "functions" | "classes" | "interfaces" | "types" | "variables";
  /** The doc comment's text, empty when there is none. */
  doc: string;
}

export function clientExports(): ClientExport[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  if (!config) throw new Error(`cannot read ${tsconfig}`);
  const program = ts.createProgram([entry], config.options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const { flags } = symbol;
    const kind =
      flags & ts.SymbolFlags.Function
        ? "functions"
        : flags & ts.SymbolFlags.Class
          ? "classes"
          : flags & ts.SymbolFlags.Interface
            ? "interfaces"
            : flags & ts.SymbolFlags.TypeAlias
              ? "types"
              : "variables";
    return { name: exported.name, kind, doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)) };
  });
}
