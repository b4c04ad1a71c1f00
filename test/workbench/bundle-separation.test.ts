import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import webpack, { type Configuration, type RuleSetRule, type StatsModule } from "webpack";

// The in-memory workbook, the formula engine and the .xlsx export belong to the workbench and
// the CLI; Excel must never download them with the task pane. This builds the task pane with
// its own webpack configuration (unminified, so names stay readable) and looks at every
// module webpack put in and at the files it wrote.
const ROOT = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const paneConfig = require(join(ROOT, "webpack.config.js")) as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Configuration;

const FORBIDDEN_MODULES = [
  /^src\/workbench\//,
  /^src\/office\/memory\//,
  /^src\/export\//,
  /node_modules\/(fast-formula-parser|exceljs)\//,
];
const FORBIDDEN_TEXT = ["class MemoryWorkbook", "class FormulaEngine", "__workbench"];

let output = "";
let modules: string[] = [];

beforeAll(async () => {
  output = mkdtempSync(join(tmpdir(), "ambitiekaart-pane-"));
  const config = paneConfig({}, { mode: "production" });
  const stats = await compile({
    ...config,
    output: { ...config.output, path: output },
    devtool: false,
    optimization: { ...config.optimization, minimize: false },
    module: { rules: (config.module?.rules ?? []).map(transpileOnly) },
  });
  modules = (stats.modules ?? []).flatMap(modulePaths);
}, 600_000);

afterAll(() => {
  rmSync(output, { recursive: true, force: true });
});

describe("the task pane bundle in dist/web", () => {
  it("is built from the pane's own modules", () => {
    expect(modules).toContain("src/taskpane/app.tsx");
    expect(modules).toContain("src/office/workbook-actions.ts");
  });

  it("holds no workbench, in-memory workbook, formula engine or export module", () => {
    const found = modules.filter((path) => FORBIDDEN_MODULES.some((rule) => rule.test(path)));
    expect(found).toEqual([]);
  });

  it("writes no code of them into its files", () => {
    const scripts = readdirSync(output).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    const found = scripts.flatMap((file) => {
      const code = readFileSync(join(output, file), "utf8");
      return FORBIDDEN_TEXT.filter((text) => code.includes(text)).map((text) => `${file}: ${text}`);
    });
    expect(found).toEqual([]);
  });
});

function compile(config: Configuration): Promise<webpack.StatsCompilation> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats) reject(new Error("webpack returned no stats"));
      else if (stats.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve(stats.toJson({ modules: true, nestedModules: true, reasons: false }));
    });
  });
}

// Type checking is `npm run typecheck`'s work; here only the module graph matters.
function transpileOnly(rule: RuleSetRule | "..." | false | null | undefined | 0 | "") {
  if (typeof rule !== "object" || rule === null || rule.loader !== "ts-loader") return rule;
  const options = typeof rule.options === "object" ? rule.options : {};
  return { ...rule, options: { ...options, transpileOnly: true } };
}

// Concatenated modules list the modules webpack merged into them.
function modulePaths(module: StatsModule): string[] {
  const own = module.nameForCondition ? [relative(ROOT, module.nameForCondition)] : [];
  return [...own, ...(module.modules ?? []).flatMap(modulePaths)].map((path) =>
    path.split("\\").join("/"),
  );
}
