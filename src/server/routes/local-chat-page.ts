/**
 * GET /: the local web chat page. One self-contained HTML file (no build step): pick a chat and a
 * member, talk to the bot as in a group; choices are buttons, documents are links; the file button
 * sends a photo (with the text box's words as its caption) to POST /local/chats/:chatId/files.
 */
import type { FastifyPluginAsync } from "fastify";
import { vi } from "../../sentences/vi.ts";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, "Segoe UI", Roboto, sans-serif; background: #eef1f5; color: #1c2430; }
  header { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; padding: 10px 16px; background: #0b5cad; color: #fff; }
  header h1 { font-size: 17px; margin: 0 12px 0 0; }
  header label { font-size: 14px; display: flex; gap: 6px; align-items: center; }
  select { font-size: 14px; padding: 4px 6px; border-radius: 6px; border: 0; }
  main { width: 100%; max-width: 820px; margin: 0 auto; flex: 1; min-height: 0; display: flex; flex-direction: column; }
  #log { flex: 1; overflow-y: auto; padding: 16px; display: flex; flex-direction: column; gap: 8px; }
  .msg { max-width: 78%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; line-height: 1.4; font-size: 15px; }
  .bot { align-self: flex-start; background: #fff; border: 1px solid #d6dde6; }
  .user { align-self: flex-end; background: #d9ecff; }
  .who { font-size: 12px; color: #56657a; margin-bottom: 2px; }
  .choices { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 8px; }
  .choices button { border: 1px solid #0b5cad; background: #fff; color: #0b5cad; border-radius: 14px; padding: 4px 12px; cursor: pointer; font-size: 14px; }
  .doc { display: inline-block; margin-top: 6px; font-weight: 600; color: #0b5cad; }
  form { display: flex; gap: 8px; padding: 12px 16px; background: #fff; border-top: 1px solid #d6dde6; }
  textarea { flex: 1; resize: none; font: inherit; padding: 8px; border-radius: 8px; border: 1px solid #b8c3d1; height: 44px; }
  form button { background: #0b5cad; color: #fff; border: 0; border-radius: 8px; padding: 0 18px; font-size: 15px; cursor: pointer; }
  form #attach { background: #fff; color: #0b5cad; border: 1px solid #0b5cad; padding: 0 12px; }
`;

const SCRIPT = `
const $ = (id) => document.getElementById(id);
let chats = [];
async function api(path, options) {
  const res = await fetch(path, { headers: { "content-type": "application/json" }, ...options });
  return res.json();
}
function render(messages) {
  const log = $("log");
  log.innerHTML = "";
  for (const m of messages) {
    const div = document.createElement("div");
    div.className = "msg " + m.from;
    div.dataset.from = m.from;
    const who = document.createElement("div");
    who.className = "who";
    who.textContent = m.from === "bot" ? "Bot báo cáo" : m.userName;
    const text = document.createElement("div");
    text.className = "text";
    text.textContent = m.text;
    div.append(who, text);
    if (m.choices) {
      const box = document.createElement("div");
      box.className = "choices";
      for (const c of m.choices) {
        const b = document.createElement("button");
        b.type = "button"; b.textContent = c; b.onclick = () => send(c);
        box.append(b);
      }
      div.append(box);
    }
    if (m.document) {
      const a = document.createElement("a");
      a.className = "doc"; a.href = m.document.url; a.textContent = LABELS.document + ": " + m.document.name;
      div.append(a);
    }
    log.append(div);
  }
  log.scrollTop = log.scrollHeight;
}
async function refresh() {
  const chatId = $("chat").value;
  if (!chatId) return;
  const data = await api("/local/chats/" + encodeURIComponent(chatId) + "/messages");
  render(data.messages || []);
}
function fillMembers() {
  const chat = chats.find((c) => c.id === $("chat").value);
  $("member").innerHTML = "";
  for (const m of (chat && chat.members) || []) {
    const o = document.createElement("option");
    o.value = m.userId; o.textContent = m.userName;
    $("member").append(o);
  }
}
async function send(text) {
  const member = $("member").selectedOptions[0];
  if (!text.trim() || !member) return;
  await api("/local/chats/" + encodeURIComponent($("chat").value) + "/messages", {
    method: "POST",
    body: JSON.stringify({ userId: member.value, userName: member.textContent, text }),
  });
  await refresh();
}
$("composer").onsubmit = async (e) => {
  e.preventDefault();
  const text = $("text").value;
  $("text").value = "";
  await send(text);
  $("text").focus();
};
// A file goes as the platforms send a photo: the text box's words, if any, are its caption.
async function sendFile(file) {
  const member = $("member").selectedOptions[0];
  if (!file || !member) return;
  const form = new FormData();
  form.append("userId", member.value);
  form.append("userName", member.textContent);
  const caption = $("text").value.trim();
  if (caption) form.append("caption", caption);
  form.append("file", file, file.name);
  $("text").value = "";
  await fetch("/local/chats/" + encodeURIComponent($("chat").value) + "/files", { method: "POST", body: form });
  await refresh();
}
$("attach").onclick = () => $("file").click();
$("file").onchange = async () => {
  const file = $("file").files[0];
  $("file").value = "";
  await sendFile(file);
};
$("text").onkeydown = (e) => {
  if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("composer").requestSubmit(); }
};
$("chat").onchange = () => { fillMembers(); refresh(); };
(async () => {
  chats = await api("/local/chats");
  for (const c of chats) {
    const o = document.createElement("option");
    o.value = c.id; o.textContent = c.title;
    $("chat").append(o);
  }
  fillMembers();
  await refresh();
  document.body.dataset.ready = "true";
  setInterval(refresh, 3000);
})();
`;

export function renderLocalChatPage(): string {
  const t = vi.page;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>${escapeHtml(t.title)}</h1>
  <label>${escapeHtml(t.chatLabel)} <select id="chat"></select></label>
  <label>${escapeHtml(t.memberLabel)} <select id="member"></select></label>
</header>
<main>
  <div id="log" aria-live="polite"></div>
  <form id="composer">
    <button type="button" id="attach" title="${escapeHtml(t.attachTitle)}">${escapeHtml(t.attach)}</button>
    <input type="file" id="file" accept="image/jpeg,image/png" hidden>
    <textarea id="text" placeholder="${escapeHtml(t.placeholder)}"></textarea>
    <button type="submit">${escapeHtml(t.send)}</button>
  </form>
</main>
<script>const LABELS = ${JSON.stringify({ document: t.document })};${SCRIPT}</script>
</body>
</html>`;
}

export const localChatPageRoutes: FastifyPluginAsync = async (app) => {
  const page = renderLocalChatPage();
  app.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").send(page));
};
