/** GET /healthz: the process is up and the database answers. */
import type { FastifyPluginAsync } from "fastify";

export const healthRoutes: FastifyPluginAsync<{ checkDatabase: () => Promise<void> }> = async (app, options) => {
  app.get("/healthz", async () => {
    await options.checkDatabase();
    return { ok: true };
  });
};
