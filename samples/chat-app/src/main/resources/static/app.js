/*
 * The chat sample page: sends the conversation to POST /api/chat and appends the streamed text deltas (server-sent
 * events read from the fetch body), offers follow-up questions from POST /api/suggestions, and polls GET /api/metrics
 * once a second to chart the client's meters.
 */
'use strict';

const CIRCUIT_STATES = ['closed', 'half_open', 'open'];
const WINDOW_MS = 10000;

const conversation = [];
const snapshots = [];
const clients = new Map();
let client = 'default';

const charts = {
  requests: new LineChart(document.getElementById('chart-requests'), {
    series: [{ label: 'calls', color: '#2f6fde' }, { label: 'failed', color: '#d64545' },
      { label: 'cancelled', color: '#8a8f98' }],
    format: (v) => trim(v) + '/s'
  }),
  latency: new LineChart(document.getElementById('chart-latency'), {
    series: [{ label: 'p50', color: '#1f9d55' }, { label: 'p95', color: '#c98a00' }],
    format: seconds, minMax: 0.5
  }),
  tokens: new LineChart(document.getElementById('chart-tokens'), {
    series: [{ label: 'input', color: '#7b4fd6' }, { label: 'output', color: '#2f6fde' }],
    format: (v) => trim(v) + '/s'
  }),
  retries: new LineChart(document.getElementById('chart-retries'), {
    series: [{ label: 'retries', color: '#c98a00' }],
    format: (v) => trim(v) + '/s'
  }),
  circuit: new LineChart(document.getElementById('chart-circuit'), {
    series: [{ label: 'state', color: '#d64545' }],
    categories: ['closed', 'half-open', 'open'], step: true
  }),
  ttfc: new LineChart(document.getElementById('chart-ttfc'), {
    series: [{ label: 'mean (10 s)', color: '#0f8a8a' }],
    format: seconds, minMax: 0.5
  })
};

// ---- chat ------------------------------------------------------------------------------------------------------

const messages = document.getElementById('messages');
const form = document.getElementById('composer');
const prompt = document.getElementById('prompt');
const send = document.getElementById('send');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = prompt.value.trim();
  if (text && !send.disabled) {
    prompt.value = '';
    ask(text);
  }
});

prompt.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});

async function ask(text) {
  messages.querySelector('.hint')?.remove();
  conversation.push({ role: 'user', content: text });
  bubble('user').querySelector('.text').textContent = text;
  const reply = bubble('assistant');
  reply.dataset.state = 'streaming';
  const target = reply.querySelector('.text');
  const started = performance.now();
  send.disabled = true;
  try {
    const response = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
      body: JSON.stringify({ messages: conversation, client: client })
    });
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    await readEvents(response.body, (event, data) => {
      if (event === 'delta') {
        target.textContent += data.text;
        messages.scrollTop = messages.scrollHeight;
      } else if (event === 'done') {
        finish(reply, data, performance.now() - started);
      } else if (event === 'error') {
        fail(reply, data.type + ': ' + (data.message || 'the call failed'));
      }
    });
    if (reply.dataset.state === 'streaming') {
      fail(reply, 'the stream ended early');
    }
  } catch (error) {
    fail(reply, error.message);
  } finally {
    if (reply.dataset.state === 'done') {
      conversation.push({ role: 'assistant', content: target.textContent });
      suggest(reply);
    } else {
      conversation.pop();
    }
    send.disabled = false;
    prompt.focus();
  }
}

// Follow-up questions come from POST /api/suggestions, a typed record through Structured Outputs
// (ChatCompletionService.createAsync(request, FollowUpQuestions.class)); a click asks one.
async function suggest(reply) {
  document.querySelectorAll('.suggestions').forEach((old) => old.remove());
  try {
    const response = await fetch('/api/suggestions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ messages: conversation, client: client })
    });
    if (!response.ok) {
      return;
    }
    const { questions } = await response.json();
    if (!questions.length) {
      return;
    }
    const list = document.createElement('div');
    list.className = 'suggestions';
    for (const question of questions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = question;
      button.addEventListener('click', () => {
        if (!send.disabled) {
          list.remove();
          ask(question);
        }
      });
      list.appendChild(button);
    }
    reply.after(list);
    messages.scrollTop = messages.scrollHeight;
  } catch (error) {
    // suggestions are optional: the chat works without them
  }
}

function finish(reply, done, elapsedMs) {
  reply.dataset.state = 'done';
  const parts = [done.client + ': ' + (done.model || 'model'), (elapsedMs / 1000).toFixed(1) + ' s'];
  if (done.outputTokens !== null && done.outputTokens !== undefined) {
    parts.push(done.inputTokens + ' in / ' + done.outputTokens + ' out tokens');
  }
  if (done.finishReason && done.finishReason !== 'stop') {
    parts.push('finish: ' + done.finishReason);
  }
  meta(reply, parts.join(' · '));
}

function fail(reply, message) {
  reply.dataset.state = 'error';
  meta(reply, message);
}

function meta(reply, text) {
  const line = document.createElement('span');
  line.className = 'meta';
  line.textContent = text;
  reply.appendChild(line);
}

function bubble(role) {
  const element = document.createElement('div');
  element.className = 'msg ' + role;
  const text = document.createElement('span');
  text.className = 'text';
  element.appendChild(text);
  messages.appendChild(element);
  messages.scrollTop = messages.scrollHeight;
  return element;
}

/** Reads a text/event-stream body, calling onEvent(name, parsedJsonData) for each event. */
async function readEvents(body, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      break;
    }
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) {
          event = line.slice(6).trim();
        } else if (line.startsWith('data:')) {
          data.push(line.slice(5).replace(/^ /, ''));
        }
      }
      if (data.length) {
        onEvent(event, JSON.parse(data.join('\n')));
      }
    }
  }
}

// ---- dashboard -------------------------------------------------------------------------------------------------

async function loadInfo() {
  try {
    const info = await (await fetch('/api/info')).json();
    const mode = document.getElementById('mode');
    mode.textContent = info.mode === 'demo' ? 'demo mode' : 'live';
    mode.className = 'badge ' + info.mode;
    const select = document.getElementById('client');
    for (const each of info.clients) {
      clients.set(each.name, each);
      select.add(new Option(each.name, each.name));
    }
    select.value = client;
    select.addEventListener('change', () => switchTo(select.value, info.mode));
    showTarget(info.mode);
  } catch (error) {
    setTimeout(loadInfo, 2000);
  }
}

/** Answers come from another client from now on; the dashboard shows that client's meters. */
function switchTo(name, mode) {
  client = name;
  snapshots.length = 0;
  showTarget(mode);
}

function showTarget(mode) {
  const target = document.getElementById('target');
  const info = clients.get(client);
  target.textContent = info.model + ' via ' + info.host
    + (mode === 'demo' ? ' (embedded demo backend; set OPENAI_API_KEY for the real API)' : '');
  target.dataset.client = client;
}

async function poll() {
  try {
    const asked = client;
    const snapshot = await (await fetch('/api/metrics?client=' + encodeURIComponent(asked))).json();
    if (asked !== client) {
      setTimeout(poll, 0);
      return;
    }
    snapshots.push(snapshot);
    while (snapshots.length && snapshots[0].timestamp < snapshot.timestamp - 70000) {
      snapshots.shift();
    }
    update(snapshot);
  } catch (error) {
    // the app is restarting or gone; keep polling
  }
  setTimeout(poll, 1000);
}

/** The calls that did not succeed, failures apart from cancellations (a client that went away is no failure). */
function callNotes(now) {
  const notes = [];
  if (now.failedCalls) {
    notes.push(trim(now.failedCalls) + ' failed');
  }
  if (now.cancelledCalls) {
    notes.push(trim(now.cancelledCalls) + ' cancelled');
  }
  return notes.length ? ' (' + notes.join(', ') + ')' : '';
}

function update(now) {
  const previous = snapshots.length > 1 ? snapshots[snapshots.length - 2] : null;
  const windowStart = snapshots.find((s) => s.timestamp >= now.timestamp - WINDOW_MS) || now;
  if (previous) {
    const dt = (now.timestamp - previous.timestamp) / 1000;
    const rate = (key) => Math.max(0, (now[key] - previous[key]) / dt);
    charts.requests.push(now.timestamp, [rate('calls'), rate('failedCalls'), rate('cancelledCalls')]);
    charts.tokens.push(now.timestamp, [rate('inputTokens'), rate('outputTokens')]);
    charts.retries.push(now.timestamp, [rate('retries')]);
  }
  const latency = windowStart !== now ? quantiles(windowStart, now) : { p50: null, p95: null };
  charts.latency.push(now.timestamp, [latency.p50, latency.p95]);
  const streams = now.firstChunkCount - windowStart.firstChunkCount;
  charts.ttfc.push(now.timestamp, [streams > 0 ? (now.firstChunkSeconds - windowStart.firstChunkSeconds) / streams : null]);
  const state = CIRCUIT_STATES.indexOf(now.circuitState);
  charts.circuit.push(now.timestamp, [state >= 0 ? state : null]);
  for (const chart of Object.values(charts)) {
    chart.draw(now.timestamp);
  }

  text('stat-calls', trim(now.calls) + callNotes(now));
  const overall = quantiles(null, now);
  text('stat-p95', overall.p95 === null ? '–' : seconds(overall.p95));
  text('stat-tokens', trim(now.inputTokens) + ' / ' + trim(now.outputTokens));
  text('stat-retries', trim(now.retries));
  const circuit = document.getElementById('stat-circuit');
  circuit.textContent = (now.circuitState || '–').replace('_', '-');
  circuit.className = 'value state ' + (now.circuitState || '');
  text('stat-ratelimit', now.remainingRequests === null ? '–'
    : trim(now.remainingRequests) + ' · ' + compact(now.remainingTokens));
}

/** p50 and p95 of the calls between two snapshots (from the start when from is null), like histogram_quantile. */
function quantiles(from, to) {
  const bounds = Object.keys(to.durationBuckets).map(Number).sort((a, b) => a - b);
  const count = (snapshot, bound) => snapshot ? (snapshot.durationBuckets[String(bound)] || 0) : 0;
  const total = to.durationCount - (from ? from.durationCount : 0);
  const quantile = (q) => {
    if (total <= 0 || !bounds.length) {
      return null;
    }
    const rank = q * total;
    let lower = 0;
    let below = 0;
    for (const bound of bounds) {
      const cumulative = count(to, bound) - count(from, bound);
      if (cumulative >= rank) {
        return lower + (bound - lower) * ((rank - below) / Math.max(cumulative - below, 1e-9));
      }
      lower = bound;
      below = cumulative;
    }
    return bounds[bounds.length - 1];
  };
  return { p50: quantile(0.5), p95: quantile(0.95) };
}

function text(id, value) {
  document.getElementById(id).textContent = value;
}

function trim(value) {
  return value >= 100 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(value >= 10 ? 1 : 2);
}

function compact(value) {
  return value === null ? '–' : value >= 1000 ? (value / 1000).toFixed(value >= 100000 ? 0 : 1) + 'k' : trim(value);
}

function seconds(value) {
  return value < 1 ? Math.round(value * 1000) + ' ms' : value.toFixed(value < 10 ? 2 : 1) + ' s';
}

loadInfo();
poll();
