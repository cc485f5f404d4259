// The officers' page needs little script: it works without it, except the two comforts below.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // The sign-in page sends its form by itself (a link preview fetching the URL runs no script,
  // so it cannot use the one-time link up).
  const auto = document.querySelector("form[data-auto-submit]");
  if (auto) auto.submit();

  // An action that cannot be undone (closing a campaign) asks first.
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => {
      if (!confirm(form.dataset.confirm)) event.preventDefault();
    });
  }

  // A board reloads itself when a unit answers: it polls a small change stamp, not the page.
  const from = document.body.dataset.refreshFrom;
  if (!from) return;
  let stamp;
  const poll = async () => {
    try {
      const response = await fetch(from, { credentials: "same-origin", cache: "no-store" });
      if (response.ok) {
        const next = (await response.json()).stamp;
        if (stamp !== undefined && next !== stamp) return location.reload();
        stamp = next;
      }
    } catch {
      // Offline for a moment: try again at the next tick.
    }
    setTimeout(poll, 3000);
  };
  poll();
});
