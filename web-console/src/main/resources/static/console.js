'use strict';
// Shared by every page: calls through the console's /api/... forwarding, problem details, small DOM helpers.
const Console = (() => {
  /** A UUID for Idempotency-Key; crypto.randomUUID exists only in secure contexts (https, localhost). */
  function uuid() {
    if (window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    const b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /**
   * Fetches JSON; never throws. The browser revalidates (no-cache): the service's ETag makes that a 304
   * when nothing changed, and a fresh answer as soon as the data version did.
   */
  async function call(url, options = {}) {
    try {
      const response = await fetch(url, {
        cache: 'no-cache',
        ...options,
        headers: { Accept: 'application/json, application/problem+json', ...(options.headers || {}) },
      });
      const text = await response.text();
      let body = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch (e) {
        body = null;
      }
      return { ok: response.ok, status: response.status, body };
    } catch (e) {
      return { ok: false, status: 0, body: null };
    }
  }

  /** A problem detail (or a failed call) as one sentence for people. */
  function problemText(result) {
    const p = result.body;
    if (p && (p.title || p.detail)) {
      return [p.title, p.detail].filter(Boolean).join(': ');
    }
    return result.status === 0 ? 'The console is not reachable.' : `The request failed (HTTP ${result.status}).`;
  }

  /** Puts each field error of an invalid-input problem next to its field; returns whether any was placed. */
  function showFieldErrors(form, problem) {
    clearFieldErrors(form);
    const errors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
    let first = null;
    for (const error of errors) {
      const input = form.querySelector(`[name="${CSS.escape(error.field)}"]`);
      const slot = input && document.getElementById(`${input.id}-error`);
      if (!slot) {
        continue;
      }
      slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
      input.setAttribute('aria-invalid', 'true');
      first = first || input;
    }
    if (first) {
      first.focus();
    }
    return first !== null;
  }

  function clearFieldErrors(form) {
    form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
    form.querySelectorAll('.field-error').forEach((slot) => { slot.textContent = ''; });
  }

  /** el('p', {class: 'x'}, 'text', child...): a small element builder that never parses HTML. */
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return node;
  }

  function percent(p) {
    return `${(p * 100).toFixed(1)}%`;
  }

  function when(instant) {
    return instant ? new Date(instant).toLocaleString() : '—';
  }

  /** An ECharts bar chart (SVG, with ECharts' generated description for screen readers). */
  function barChart(container, title, labels, values, options = {}) {
    const chart = window.echarts.getInstanceByDom(container) || window.echarts.init(container, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      animation: false,
      title: { show: false, text: title },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 45 : 0 } },
      yAxis: { type: 'value', name: options.yName || '' },
      series: [{ type: 'bar', name: title, data: values, itemStyle: { color: options.color || '#2454c5' },
        markLine: options.markLine }],
    }, true);
    window.addEventListener('resize', () => chart.resize());
    return chart;
  }

  return { uuid, call, problemText, showFieldErrors, clearFieldErrors, el, percent, when, barChart };
})();
