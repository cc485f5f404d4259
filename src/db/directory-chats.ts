/**
 * The chats the bot is in, as the platforms tell of them: added to a group, removed from it (no
 * longer active), a group's new id; and the local demo's chats with their members. Part of the
 * directory repository (directory-repository.ts), which reads them with their units on every update.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "./database.ts";

export function createDirectoryChats(database: Database) {
  const { chatMembers, chats, members, units } = database.tables;
  const db = () => database.db;

  return {
    /** Remembers a chat the bot was added to (unbound until an officer binds it) and marks it active. */
    async ensureChat(channel: string, externalId: string, title: string): Promise<void> {
      await db()
        .insert(chats)
        .values({ channel, externalId, title })
        .onConflictDoUpdate({ target: [chats.channel, chats.externalId], set: { isActive: true, ...(title ? { title } : {}) } });
    },

    async setChatActive(channel: string, externalId: string, isActive: boolean): Promise<void> {
      await db().update(chats).set({ isActive }).where(and(eq(chats.channel, channel), eq(chats.externalId, externalId)));
    },

    /** A group's new id (supergroup upgrade): the binding follows; a no-op when already moved. */
    async moveChat(channel: string, fromId: string, toId: string): Promise<void> {
      const chatById = async (externalId: string) =>
        (await db().select().from(chats).where(and(eq(chats.channel, channel), eq(chats.externalId, externalId))).limit(1))[0];
      const target = await chatById(toId);
      if (target) {
        const source = await chatById(fromId);
        // Both ids known (the bot saw the new group first): keep the old binding on the new id.
        if (source && source.kind !== "unbound") {
          await db().update(chats).set({ kind: source.kind, unitId: source.unitId, isActive: true }).where(eq(chats.id, target.id));
          await db().update(chats).set({ isActive: false }).where(eq(chats.id, source.id));
        }
        return;
      }
      await db().update(chats).set({ externalId: toId }).where(and(eq(chats.channel, channel), eq(chats.externalId, fromId)));
    },

    async insertChat(values: typeof chats.$inferInsert) {
      const [row] = await db().insert(chats).values(values).returning();
      return row!;
    },

    async addChatMember(chatId: number, memberId: number): Promise<void> {
      await db().insert(chatMembers).values({ chatId, memberId }).onConflictDoNothing();
    },

    /** Chats of one channel with their unit code, for the local chat's picker. */
    async listChats(channel: string) {
      return db()
        .select({ chat: chats, unitCode: units.code })
        .from(chats)
        .leftJoin(units, eq(units.id, chats.unitId))
        .where(eq(chats.channel, channel))
        .orderBy(asc(chats.id));
    },

    async listChatMembers(chatId: number) {
      return db()
        .select({ externalId: members.externalId, displayName: members.displayName, role: members.role })
        .from(chatMembers)
        .innerJoin(members, eq(members.id, chatMembers.memberId))
        .where(eq(chatMembers.chatId, chatId))
        .orderBy(asc(members.id));
    },
  };
}
