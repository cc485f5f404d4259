// The officers' page needs little script: everything works without it; these are comforts.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // The sign-in page sends its form by itself (a link preview fetching the URL runs no script,
  // so it cannot use the one-time link up).
  const auto = document.querySelector("form[data-auto-submit]");
  if (auto) auto.submit();

  // An action that cannot be undone (closing a campaign) asks first; a form sent once is not sent
  // again by a second click while the page loads (a reminder would go out twice).
  for (const form of document.querySelectorAll("form[method=post]")) {
    form.addEventListener("submit", (event) => {
      if (form.dataset.confirm && !confirm(form.dataset.confirm)) return event.preventDefault();
      // Confirmed here: the form names what was confirmed (the reminder sent within the hour).
      for (const input of form.querySelectorAll("input[data-confirmed]")) input.value = input.dataset.confirmed;
      if (form.dataset.sent) return event.preventDefault();
      form.dataset.sent = "true";
    });
  }

  // A board reloads itself when a unit answers: it polls a small change stamp, not the page.
  const from = document.body.dataset.refreshFrom;
  if (!from) return;
  let stamp;
  const typing = () => [...document.querySelectorAll("textarea, input[type=text]")].some((field) => field.value !== field.defaultValue);
  const poll = async () => {
    // A hidden tab does not poll; a session that ended stops it (the next reload shows the sign-in page).
    if (document.hidden) return setTimeout(poll, 3000);
    try {
      const response = await fetch(from, { credentials: "same-origin", cache: "no-store" });
      if (response.status === 401) return;
      if (response.ok) {
        const next = (await response.json()).stamp;
        // Not while the officer is typing a form of the page (a notice, a new deadline): the text
        // would be lost; the board reloads at the next tick once that form is sent or emptied.
        if (stamp !== undefined && next !== stamp) {
          if (!typing()) return location.reload();
        } else stamp = next;
      }
    } catch {
      // Offline for a moment: try again at the next tick.
    }
    setTimeout(poll, 3000);
  };
  poll();
});
