// A mock interview's countdown. The server's deadline is the truth: the page starts from the
// server's clock (so a wrong laptop clock does not matter), re-reads the mock every few seconds
// and, at zero, reloads the mock page, whose read ends the mock and shows its report.
function format(ms) {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return `${minutes}:${seconds}`;
}

export function startCountdown(element) {
  let endsAt = Date.parse(element.dataset.endsAt);
  let skew = Date.parse(element.dataset.serverTime) - Date.now();
  const announcer = document.getElementById("countdown-announcer");
  let announced = null;
  let ending = false;

  const end = () => {
    if (ending) return;
    ending = true;
    window.location.assign(element.dataset.doneUrl);
  };

  const sync = async () => {
    try {
      const response = await fetch(element.dataset.syncUrl, { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const mock = await response.json();
      skew = Date.parse(mock.server_time) - Date.now();
      endsAt = Date.parse(mock.ends_at);
      if (mock.status !== "active") end();
    } catch {
      // Offline for a moment: keep counting from what we know and try again at the next sync.
    }
  };

  const tick = () => {
    const left = Math.max(0, endsAt - (Date.now() + skew));
    element.textContent = format(left);
    element.classList.toggle("countdown-low", left < 5 * 60 * 1000);
    const minutes = Math.ceil(left / 60000);
    if (announcer && [10, 5, 1].includes(minutes) && announced !== minutes) {
      announced = minutes;
      announcer.textContent = `${minutes} minute${minutes === 1 ? "" : "s"} left`;
    }
    if (left <= 0) sync().then(() => { if (endsAt - (Date.now() + skew) <= 0) end(); });
  };

  tick();
  setInterval(tick, 1000);
  setInterval(sync, Number(element.dataset.syncSeconds || 15) * 1000);
}
