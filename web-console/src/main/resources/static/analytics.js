'use strict';
// Analytics: GET /api/analytics/analytics, revalidated on every load (the data version follows the ETL).
(() => {
  const { call, el, percent, problemText, when, barChart } = Console;

  function total(name, value) {
    return el('div', { class: 'total' }, el('span', { class: 'value' }, value), el('span', { class: 'name' }, name));
  }

  async function load() {
    const answer = await call('/api/analytics/analytics');
    if (!answer.ok) {
      document.getElementById('problem').replaceChildren(el('p', { class: 'alert', role: 'alert' }, problemText(answer)));
      return;
    }
    const a = answer.body;
    document.getElementById('data-version').textContent =
      `Data as of ${when(a.dataAsOf)} · ETL run ${a.etlRunId || '—'} · model ${a.modelVersion || '—'}`;
    document.getElementById('data-version').dataset.etlRunId = a.etlRunId || '';
    document.getElementById('totals').replaceChildren(
      total('Users', a.totalUsers.toLocaleString()),
      total('Submissions', a.totalSubmissions.toLocaleString()),
      total('Duels recorded', a.duels.recorded.toLocaleString()),
      total('Most popular hero', a.mostPopularHero ? `${a.mostPopularHero.hero} (${percent(a.mostPopularHero.share)})` : '—'),
      total('Strongest player', a.strongestPlayer ? `${a.strongestPlayer.name} (${percent(a.strongestPlayer.rating)})` : '—'));
    const withUsers = a.heroes.filter((h) => h.users > 0);
    barChart(document.getElementById('hero-chart'), 'Users', withUsers.map((h) => h.hero), withUsers.map((h) => h.users));
    barChart(document.getElementById('age-chart'), 'Users', a.ageHistogram.map((b) => `${b.from}-${b.to}`),
      a.ageHistogram.map((b) => b.users), { color: '#8e5bd6' });
    const strongest = a.strongestPlayer ? a.strongestPlayer.name : null;
    document.getElementById('strongest').textContent = strongest
      ? `Strongest player: ${strongest}, ${a.strongestPlayer.age}, ${a.strongestPlayer.hero}, rating ${percent(a.strongestPlayer.rating)}`
      : 'No rated users yet.';
    const rows = a.duels.leaderboard.map((entry, i) => el('tr', { class: entry.name === strongest ? 'strongest' : null },
      el('td', {}, i + 1), el('th', { scope: 'row' }, entry.name, entry.name === strongest ? ' ★ strongest' : ''),
      el('td', { class: 'num' }, entry.wins), el('td', { class: 'num' }, entry.losses),
      el('td', { class: 'num' }, percent(entry.winRate))));
    document.querySelector('#leaderboard tbody').replaceChildren(...(rows.length ? rows
      : [el('tr', {}, el('td', { colspan: 5 }, 'No duel results recorded yet.'))]));
  }

  load();
})();
