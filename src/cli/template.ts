/**
 * `npm run template -- check FILE...`: checks report template files without starting the bot or
 * opening a database. Every problem is printed with its file, line, section and question, in
 * words the person editing the file understands; the exit code is 1 when anything is wrong, so a
 * script can check files before copying them into TEMPLATES_DIR.
 */
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { BUILT_IN_TEMPLATES_DIR } from "../templates/built-in-templates.ts";
import { checkTemplateFile, formatProblem } from "../templates/check-template.ts";
import { counterpartProblems, type TemplateInFile } from "../templates/counterpart-problems.ts";
import { replacedBuiltInNote } from "../templates/replaced-built-in.ts";
import { listFields } from "../templates/template-fields.ts";
import { unmarkedTemplateTexts } from "../templates/unmarked-template-texts.ts";
import { vi } from "../sentences/vi.ts";
import { folderTemplates } from "./folder-templates.ts";
import { typedPath } from "./typed-path.ts";

const [command, ...typed] = process.argv.slice(2);
const files = typed.map(typedPath);
if (command !== "check" || files.length === 0) {
  console.error(vi.template.checkUsage);
  process.exit(2);
}
let problems = 0;
const failed = new Set<string>();
const good: TemplateInFile[] = [];
for (const file of files) {
  const checked = checkTemplateFile(file);
  if (checked.ok) {
    good.push({ template: checked.template, file });
    continue;
  }
  failed.add(file);
  problems += checked.problems.length;
  for (const problem of checked.problems) console.log(formatProblem(problem));
}
// Between the files, and with the report types they may name that the bot would read beside them:
// the other files of TEMPLATES_DIR and the built-ins (a file given replaces the one of its key there,
// as a folder file replaces a built-in).
const given = new Set(good.map((t) => t.template.key));
const folder = folderTemplates({ files, keys: given });
const inFolder = new Set(folder.templates.map((t) => t.template.key));
const builtIns = readdirSync(BUILT_IN_TEMPLATES_DIR).map((name) => join(BUILT_IN_TEMPLATES_DIR, name)).flatMap((file) => {
  const checked = checkTemplateFile(file);
  return checked.ok ? [{ template: checked.template, file }] : [];
});
const others = [...folder.templates, ...builtIns.filter(({ template }) => !given.has(template.key) && !inFolder.has(template.key))];
const builtInFile = (file: string) => file.startsWith(BUILT_IN_TEMPLATES_DIR);
// As TEMPLATES_DIR reads them together (template-catalog.ts): two files with one key are both
// refused there, a second report type with a title in use is.
const keyFile = new Map<string, string>();
const titleKey = new Map(others.map(({ template }) => [template.title, template.key]));
for (const { template, file } of good) {
  const earlier = keyFile.get(template.key);
  const sameTitle = titleKey.get(template.title);
  const message = earlier ? vi.template.duplicateKeyBoth(template.key, basename(earlier)) : sameTitle && sameTitle !== template.key ? vi.template.duplicateTitle(template.title, sameTitle) : undefined;
  keyFile.set(template.key, earlier ?? file);
  titleKey.set(template.title, template.key);
  if (!message) continue;
  if (earlier) failed.add(earlier);
  failed.add(file);
  problems++;
  console.log(formatProblem({ file, message }));
}
// A folder file the files given would break (a question its `from` reads, dropped) is said too: the
// bot would refuse it. What is wrong in the folder without them is not this check's.
const before = new Set(counterpartProblems(others, undefined, builtInFile).map(formatProblem));
const folderFiles = new Set(folder.templates.map((t) => t.file));
// The files checked are the ones being changed: a folder file that no longer fits them is theirs to
// fix (a question renamed in pccc.yaml broke pccc-phuong.yaml, which was blamed, pccc.yaml "hợp lệ").
const between = counterpartProblems([...good, ...others], undefined, builtInFile, (file) => files.includes(file));
for (const problem of between.filter((p) => files.includes(p.file) || (folderFiles.has(p.file) && !before.has(formatProblem(p))))) {
  failed.add(problem.file);
  problems++;
  console.log(formatProblem(problem));
}
for (const { template, file } of good) {
  if (failed.has(file)) continue;
  console.log(vi.template.checkOk(file, template.title, listFields(template).length));
  const replaced = builtIns.find((b) => b.template.key === template.key);
  const note = replaced && replacedBuiltInNote(template, replaced.template);
  if (note) console.log(vi.template.noteLine(file, note));
  const unmarked = unmarkedTemplateTexts(template);
  if (unmarked.length > 0) console.log(vi.template.unmarkedNote(file, unmarked));
}
// Said last, where it explains a reference the files above resolved.
if (folder.templates.length > 0) console.log(vi.template.checkedWithFolder(folder.templates.length, folder.dir!));
const failedFiles = failed.size;
if (problems > 0) {
  console.log(vi.template.checkFailed(failedFiles, problems));
  process.exit(1);
}
