// A CDP client on the npm package `ws` (a real third-party WebSocket client): drives one
// debugging session against `scopejs --inspect-brk` or `node --inspect-brk` and prints, one per
// line, the events it sees and, at each pause, the call stack with each frame's scope chain.
//
//   node cdp_client.js WS_URL MAIN_URL PLAN_JSON
//
// PLAN_JSON: {"breakpoints": [{"line": 9, "column": 0, "condition": "..."}],
//             "actions": ["stepOver", "stepOut", ...]   (after that: resume),
//             "evaluate": ["expr", ...]                  (on the top frame at each pause),
//             "pauseOnExceptions": "none" | "uncaught" | "all",
//             "frames": 1                                (frames described per pause)}
'use strict';
const WebSocket = require('ws');
const [wsUrl, mainUrl, planText] = process.argv.slice(2);
const plan = JSON.parse(planText || '{}');
const actions = (plan.actions || []).slice();
const ws = new WebSocket(wsUrl);
let nextId = 1;
const pending = new Map();
let mainScriptId = null;
const out = [];

function send(method, params = {}) {
  const id = nextId++;
  ws.send(JSON.stringify({ id, method, params }));
  return new Promise((resolve) => pending.set(id, resolve));
}

function describe(remote) {
  if (!remote) return '?';
  if (remote.type === 'string') return JSON.stringify(remote.value);
  if (remote.type === 'undefined') return 'undefined';
  if ('value' in remote) return String(remote.value);
  if (remote.unserializableValue) return remote.unserializableValue;
  if (remote.type === 'function') return 'function';
  return remote.description || remote.type;
}

async function scopeText(scope) {
  const label = scope.type + (scope.name ? ` (${scope.name})` : '');
  if (scope.type === 'global') return label;
  const { result } = await send('Runtime.getProperties',
    { objectId: scope.object.objectId, ownProperties: false, generatePreview: true });
  const props = result.map((p) => `${p.name}: ${describe(p.value)}`);
  return `${label} {${props.join(', ')}}`;
}

function where(location) {
  return `${location.lineNumber}:${location.columnNumber}`;
}

async function onPaused(params) {
  const top = params.callFrames[0];
  out.push(`paused reason=${params.reason} hit=${(params.hitBreakpoints || []).length} ` +
           `at ${top.functionName || '(anonymous)'} ${where(top.location)}` +
           (params.data ? ` data=${describe(params.data)}` : ''));
  const frames = params.callFrames.slice(0, plan.frames || 1);
  for (const frame of frames) {
    out.push(`  frame ${frame.functionName || '(anonymous)'} ${where(frame.location)}`);
    for (const scope of frame.scopeChain) out.push(`    ${await scopeText(scope)}`);
  }
  for (const expression of plan.evaluate || []) {
    const r = await send('Debugger.evaluateOnCallFrame',
      { callFrameId: top.callFrameId, expression });
    out.push(`  eval ${expression} = ${describe(r.result)}${r.exceptionDetails ? ' (threw)' : ''}`);
  }
  const action = actions.length ? actions.shift() : 'resume';
  out.push(`  -> ${action}`);
  await send('Debugger.' + action);
}

ws.on('message', async (data) => {
  const msg = JSON.parse(data);
  if (msg.id !== undefined) {
    const resolve = pending.get(msg.id);
    pending.delete(msg.id);
    if (resolve) resolve(msg.result || { error: msg.error });
    return;
  }
  const { method, params } = msg;
  if (method === 'Debugger.scriptParsed') {
    if (params.url === mainUrl) {
      mainScriptId = params.scriptId;
      out.push('event Debugger.scriptParsed (main)');
    }
  } else if (method === 'Debugger.paused') {
    out.push('event Debugger.paused');
    await onPaused(params);
  } else if (method === 'Debugger.resumed') {
    out.push('event Debugger.resumed');
  } else if (method === 'Runtime.consoleAPICalled') {
    out.push(`event Runtime.consoleAPICalled ${params.type} ` +
             params.args.map(describe).join(' '));
  } else if (method === 'Runtime.exceptionThrown') {
    out.push(`event Runtime.exceptionThrown ${describe(params.exceptionDetails.exception)}`);
  } else if (method === 'NodeRuntime.waitingForDisconnect') {
    out.push('event NodeRuntime.waitingForDisconnect');
    ws.close();
  } else if (method === 'Runtime.executionContextCreated') {
    out.push('event Runtime.executionContextCreated');
  }
});

ws.on('open', async () => {
  await send('NodeRuntime.notifyWhenWaitingForDisconnect', { enabled: true });
  await send('Runtime.enable');
  await send('Debugger.enable');
  if (plan.pauseOnExceptions) {
    await send('Debugger.setPauseOnExceptions', { state: plan.pauseOnExceptions });
  }
  for (const bp of plan.breakpoints || []) {
    const r = await send('Debugger.setBreakpointByUrl', {
      url: mainUrl, lineNumber: bp.line, columnNumber: bp.column || 0,
      condition: bp.condition || '' });
    out.push(`breakpoint ${bp.line} -> ${r.locations.map(where).join(',')}`);
  }
  await send('Runtime.runIfWaitingForDebugger');
});

ws.on('close', () => {
  console.log(out.join('\n'));
  process.exit(0);
});
setTimeout(() => { console.log(out.join('\n') + '\nTIMEOUT'); process.exit(1); }, 20000);
