'use strict';
// Health: each service's /actuator/health through the console, predict's model, S3 as the services reach it.
(() => {
  const { call, el } = Console;

  function badge(status) {
    const kind = status === 'UP' ? 'up' : (status === 'DOWN' || status === 'OUT_OF_SERVICE' || status === 'unreachable') ? 'down' : 'other';
    return el('span', { class: `badge ${kind}` }, status);
  }

  async function service(link) {
    const answer = await call(`/api/${link.route}/actuator/health`);
    const status = answer.body && answer.body.status ? answer.body.status : 'unreachable';
    const components = (answer.body && answer.body.components) || {};
    const items = Object.entries(components).map(([name, c]) => el('li', {}, `${name}: `, badge(c.status)));
    return {
      link, status, components,
      card: el('section', { class: 'card', id: `service-${link.route}`, 'aria-labelledby': `service-${link.route}-heading` },
        el('h2', { id: `service-${link.route}-heading` }, link.name, ' ', badge(status)),
        items.length ? el('ul', {}, items) : el('p', { class: 'meta' }, 'No details exposed.')),
    };
  }

  async function load() {
    const links = await call('/console/links');
    const services = links.ok ? links.body.services : [];
    const states = await Promise.all(services.map(service));
    document.getElementById('services').replaceChildren(...states.map((s) => s.card));
    const models = await call('/api/predict/models');
    const champion = models.ok && models.body.champion ? models.body.champion.version : null;
    // every service reports whether it reaches the bucket (service-support's "s3" health component)
    const s3 = states.filter((s) => s.components.s3).map((s) => ({ name: s.link.name, status: s.components.s3.status }));
    const s3Down = s3.filter((s) => s.status !== 'UP');
    const s3Text = s3.length === 0 ? 'unknown (no service reported it)'
      : (s3Down.length === 0 ? 'yes' : `no (${s3Down.map((s) => `${s.name}: ${s.status}`).join(', ')})`);
    document.getElementById('overview').replaceChildren(
      el('dt', {}, 'Model loaded'), el('dd', { id: 'model-loaded' }, champion ? `yes: champion ${champion}` : 'no'),
      el('dt', {}, 'S3 reachable'), el('dd', { id: 's3-reachable' }, s3Text),
      el('dt', {}, 'Services up'), el('dd', {}, `${states.filter((s) => s.status === 'UP').length} of ${states.length}`));
    const items = services.filter((s) => s.swaggerUi).map((s) => el('li', {}, el('a', { href: s.swaggerUi }, `${s.name} Swagger UI`)));
    if (links.ok && links.body.grafana) {
      items.push(el('li', {}, el('a', { href: links.body.grafana }, 'Grafana')));
    }
    document.getElementById('links').replaceChildren(...(items.length ? items : [el('li', {}, 'No links configured.')]));
  }

  load();
})();
