'use strict';
// Duel: GET /api/predict/duel, with suggestions from GET /api/predict/warriors?prefix=...
(() => {
  const { call, el, percent, problemText, showFieldErrors, clearFieldErrors } = Console;
  const form = document.getElementById('duel-form');
  const button = document.getElementById('duel-button');
  const result = document.getElementById('result');

  function suggest(input) {
    const list = document.getElementById(input.getAttribute('list'));
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const prefix = input.value.trim();
      if (!prefix) {
        list.replaceChildren();
        return;
      }
      timer = setTimeout(async () => {
        const answer = await call(`/api/predict/warriors?prefix=${encodeURIComponent(prefix)}&limit=8`);
        if (answer.ok && input.value.trim() === prefix) {
          list.replaceChildren(...answer.body.warriors.map((w) =>
            el('option', { value: w.name, label: `${w.kind === 'hero' ? 'hero' : w.hero}, ${w.age}` })));
        }
      }, 150);
    });
  }

  function side(name, probability, second) {
    return el('div', { class: 'side' },
      el('div', { class: 'label' }, el('span', {}, name), el('span', { class: 'probability', 'data-probability': probability }, percent(probability))),
      el('div', { class: second ? 'bar second' : 'bar', role: 'img', 'aria-label': `${name}: ${percent(probability)}` },
        el('span', { style: `width: ${(probability * 100).toFixed(1)}%` })));
  }

  async function duel() {
    clearFieldErrors(form);
    button.disabled = true;
    const query = new URLSearchParams({ name1: form.name1.value, name2: form.name2.value });
    const answer = await call(`/api/predict/duel?${query}`);
    button.disabled = false;
    if (!answer.ok) {
      showFieldErrors(form, answer.body);
      result.replaceChildren(el('p', { class: 'alert', role: 'alert' }, problemText(answer)));
      return;
    }
    const d = answer.body;
    result.replaceChildren(el('section', { class: 'card', id: 'duel-result', 'aria-labelledby': 'winner' },
      el('h2', { id: 'winner' }, `${d.winner} wins`),
      side(d.name1, d.probabilities[d.name1], false),
      side(d.name2, d.probabilities[d.name2], true),
      el('p', { class: 'meta' }, 'Model ', el('span', { id: 'model-version' }, d.modelVersion),
        ' (', el('span', { id: 'variant' }, d.variant), ')')));
    history.replaceState(null, '', `/duel?${query}`);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!button.disabled) {
      duel();
    }
  });
  suggest(form.name1);
  suggest(form.name2);
  const params = new URLSearchParams(location.search);
  form.name1.value = params.get('name1') || '';
  form.name2.value = params.get('name2') || '';
  if (form.name1.value && form.name2.value) {
    duel();
  }
  else {
    (form.name1.value ? form.name2 : form.name1).focus();
  }
})();
