/** The pages' one way to write markup: every value escaped unless it is already markup. */
import { expect, it } from "vitest";
import { html } from "../../src/web/html.ts";

it("escapes interpolated text, keeps nested fragments, joins arrays and drops empty values", () => {
  const name = `<script>alert("x")</script> & 'co'`;
  const row = html`<td>${name}</td>`;
  expect(row.text).toBe("<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</td>");
  expect(html`<tr>${row}${[html`<td>${1}</td>`, "<b>"]}${null}${undefined}${false}</tr>`.text).toBe(`<tr>${row.text}<td>1</td>&lt;b&gt;</tr>`);
});
