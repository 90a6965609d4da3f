'use strict';
// Submit a warrior: POST /api/ingest/submit-user-data with one Idempotency-Key per submission.
(() => {
  const { call, el, percent, problemText, showFieldErrors, clearFieldErrors, uuid } = Console;
  const form = document.getElementById('submit-form');
  const button = document.getElementById('submit-button');
  const heroSelect = document.getElementById('hero');
  const stats = document.getElementById('hero-stats');
  const result = document.getElementById('result');
  const STATS = ['strength', 'speed', 'durability', 'intelligence', 'combat'];
  let heroes = [];
  // one key per submission: a double click or a retry of the same form sends the same key, so ingest stores
  // one record; any edit makes it another submission
  let idempotencyKey = uuid();
  form.addEventListener('input', () => { idempotencyKey = uuid(); });

  function showStats() {
    const hero = heroes.find((h) => h.name === heroSelect.value);
    stats.replaceChildren(...(hero ? STATS.map((stat) => el('div', { class: 'stat' },
      el('span', { id: `stat-${stat}` }, stat[0].toUpperCase() + stat.slice(1)),
      el('meter', { min: 0, max: 100, value: hero.stats[stat], 'aria-labelledby': `stat-${stat}` }),
      el('span', {}, hero.stats[stat]))) : []));
  }

  async function loadHeroes() {
    const answer = await call('/console/heroes');
    heroes = answer.ok ? answer.body : [];
    heroSelect.replaceChildren(el('option', { value: '' }, 'Choose a hero'),
      ...heroes.map((hero) => el('option', { value: hero.name }, hero.name)));
    showStats();
  }

  function rating(stored) {
    if (stored.predictionStatus !== 'ok' || !stored.prediction) {
      return el('p', { class: 'notice', id: 'rating-unavailable' },
        'Rating unavailable: predict-service did not answer in time. The warrior is stored and will be rated by the next ETL run.');
    }
    const p = stored.prediction;
    return el('dl', { class: 'facts', id: 'rating' },
      el('dt', {}, 'Rating'), el('dd', { id: 'rating-value' }, percent(p.rating)),
      el('dt', {}, 'Best matchup'), el('dd', { id: 'best-matchup' }, `${p.bestMatchup.hero} (wins ${percent(p.bestMatchup.probability)})`),
      el('dt', {}, 'Worst matchup'), el('dd', { id: 'worst-matchup' }, `${p.worstMatchup.hero} (wins ${percent(p.worstMatchup.probability)})`),
      el('dt', {}, 'Model'), el('dd', {}, p.modelVersion));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (button.disabled) {
      return;
    }
    button.disabled = true;
    clearFieldErrors(form);
    const age = form.age.value.trim();
    const body = { name: form.name.value, age: /^-?\d+$/.test(age) ? Number(age) : age, hero: heroSelect.value };
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey };
    const apiKey = document.getElementById('api-key').value;
    if (apiKey) {
      headers['X-API-Key'] = apiKey;
    }
    const answer = await call('/api/ingest/submit-user-data', { method: 'POST', headers, body: JSON.stringify(body) });
    button.disabled = false;
    if (answer.ok) {
      const stored = answer.body;
      const duel = `/duel?name1=${encodeURIComponent(stored.name)}`;
      result.replaceChildren(el('div', { class: 'card ok' },
        el('h2', { id: 'stored', tabindex: -1 }, `${stored.name} is stored`),
        el('p', { class: 'meta' }, `${stored.age} years old, fighting as ${stored.hero}. Id ${stored.id}.`),
        rating(stored),
        el('p', {}, el('a', { href: duel, id: 'duel-link' }, `Duel ${stored.name}`),
          ' (users join the duel directory with the next ETL run)')));
      // keyboard and screen-reader users land on the outcome; Tab goes on to the duel link
      document.getElementById('stored').focus();
      return;
    }
    if (!showFieldErrors(form, answer.body)) {
      result.replaceChildren(el('p', { class: 'alert', role: 'alert' }, problemText(answer)));
    }
    else {
      result.replaceChildren(el('p', { class: 'alert' }, problemText(answer)));
    }
  });

  heroSelect.addEventListener('change', showStats);
  loadHeroes();
})();
