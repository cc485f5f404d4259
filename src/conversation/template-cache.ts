/**
 * Parsed templates by stored row id. Template rows never change (a new version is a new row), so
 * each is read and parsed once per process, whichever instance stored it.
 */
import type { Repositories } from "../db/repositories.ts";
import { parseTemplate } from "../templates/load-template.ts";
import type { Template } from "../templates/template-schema.ts";

export function createTemplateCache(repos: Repositories): (templateId: number) => Promise<Template> {
  const cache = new Map<number, Template>();
  return async (templateId) => {
    let template = cache.get(templateId);
    if (!template) {
      template = parseTemplate(await repos.directory.templateDefinition(templateId), `template #${templateId}`);
      cache.set(templateId, template);
    }
    return template;
  };
}
