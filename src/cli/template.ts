/**
 * `npm run template -- check FILE...`: checks report template files without starting the bot or
 * opening a database. Every problem is printed with its file, line, section and question, in
 * words the person editing the file understands; the exit code is 1 when anything is wrong, so a
 * script can check files before copying them into TEMPLATES_DIR.
 */
import { checkTemplateFile, formatProblem } from "../templates/check-template.ts";
import { listFields } from "../templates/template-fields.ts";
import { vi } from "../sentences/vi.ts";

const [command, ...files] = process.argv.slice(2);
if (command !== "check" || files.length === 0) {
  console.error(vi.template.checkUsage);
  process.exit(2);
}
let problems = 0;
let failedFiles = 0;
for (const file of files) {
  const checked = checkTemplateFile(file);
  if (checked.ok) {
    console.log(vi.template.checkOk(file, checked.template.title, listFields(checked.template).length));
    continue;
  }
  failedFiles++;
  problems += checked.problems.length;
  for (const problem of checked.problems) console.log(formatProblem(problem));
}
if (problems > 0) {
  console.log(vi.template.checkFailed(failedFiles, problems));
  process.exit(1);
}
