'use strict';
// Models: GET /api/predict/models and the drift report GET /api/analytics/analytics/drift.
(() => {
  const { call, el, percent, problemText, when, barChart } = Console;

  function fact(name, value, id) {
    return [el('dt', {}, name), el('dd', id ? { id } : {}, value)];
  }

  function render(role, served, verdict) {
    const card = document.getElementById(role);
    const heading = card.querySelector('h2');
    if (!served) {
      card.replaceChildren(heading, el('p', { class: 'meta' }, `No ${role} is serving.`));
      return;
    }
    const m = served.manifest;
    const facts = [
      fact('Version', served.version, `${role}-version`),
      fact('Holdout accuracy', `${percent(m.holdoutAccuracy)} (Bayes ${percent(m.bayesAccuracy)}, ${m.holdoutRows.toLocaleString()} duels)`),
      fact('Traffic share', percent(served.trafficShare)),
      fact('Shadow scoring', served.shadow ? 'yes' : 'no'),
      fact('Trained', `${when(m.createdAt)} on ${m.trainingRows.toLocaleString()} duels`),
      fact('Lineage', `ETL run ${m.lineage.etlRunId || '—'}: ${m.lineage.syntheticDuels.toLocaleString()} synthetic, ${m.lineage.recordedDuels.toLocaleString()} recorded duels`),
      fact('Gate', `${m.gate.verdict.toLowerCase()}: ${m.gate.reason}`),
      fact('Loaded', when(served.loadedAt)),
    ];
    // the ETL's online evaluation on recorded duels, once it has scored this version
    const online = served.online;
    if (online && online.accuracy && online.accuracy.value !== null) {
      const a = online.accuracy;
      const interval = (a.low !== null && a.high !== null) ? ` (95%: ${percent(a.low)} to ${percent(a.high)})` : '';
      facts.push(fact('Online accuracy', `${percent(a.value)}${interval} on ${online.duels.toLocaleString()} recorded duels`,
        `${role}-online-accuracy`));
    }
    else if (online) {
      facts.push(fact('Online accuracy', 'no recorded duels scored yet'));
    }
    if (verdict) {
      const difference = verdict.meanLogLossDifference === null ? ''
        : `, log-loss difference ${verdict.meanLogLossDifference.toFixed(4)}`;
      facts.push(fact('Verdict', `${verdict.outcome} after ${verdict.duels.toLocaleString()} paired duels${difference}`,
        `${role}-verdict`));
    }
    card.replaceChildren(heading, el('dl', { class: 'facts' }, facts));
  }

  async function loadModels() {
    const answer = await call('/api/predict/models');
    if (!answer.ok) {
      document.getElementById('problem').replaceChildren(el('p', { class: 'alert', role: 'alert' }, problemText(answer)));
      return;
    }
    render('champion', answer.body.champion, null);
    // the verdict compares the challenger with the champion: shown with the challenger
    render('challenger', answer.body.challenger, answer.body.verdict);
  }

  async function loadDrift() {
    const summary = document.getElementById('drift-summary');
    const chart = document.getElementById('drift-chart');
    const answer = await call('/api/analytics/analytics/drift');
    if (!answer.ok) {
      summary.textContent = problemText(answer);
      chart.hidden = true;
      return;
    }
    const d = answer.body;
    const features = ['age', 'hero'].filter((f) => d[f]);
    summary.textContent = `Run ${d.runId} (${when(d.createdAt)}): ${d.status}, ${d.currentCount.toLocaleString()} new submissions against ${d.referenceCount.toLocaleString()}; threshold ${d.threshold}; ${d.drifted ? 'drift detected' : 'no drift'}.`;
    chart.hidden = features.length === 0;
    if (features.length) {
      barChart(chart, 'PSI', features, features.map((f) => d[f].psi), {
        yName: 'PSI', markLine: { symbol: 'none', data: [{ yAxis: d.threshold, name: 'threshold' }], lineStyle: { color: '#b3261e' } },
      });
    }
  }

  loadModels();
  loadDrift();
})();
