'use strict';
// node:querystring
function qsEscape(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
function qsUnescape(s) {
  try { return decodeURIComponent(s); } catch { return unescape(s); }
}
function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}
function stringify(obj, sep = '&', eq = '=', options) {
  const encode = (options && options.encodeURIComponent) || qsEscape;
  if (obj === null || typeof obj !== 'object') return '';
  const out = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) for (const x of v) out.push(ks + encode(stringifyPrimitive(x)));
    else out.push(ks + encode(stringifyPrimitive(v)));
  }
  return out.join(sep);
}
function parse(qs, sep = '&', eq = '=', options) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const decode = (options && options.decodeURIComponent) || qsUnescape;
  const maxKeys = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
  let parts = qs.split(sep);
  if (maxKeys > 0) parts = parts.slice(0, maxKeys);
  for (const part of parts) {
    if (part.length === 0) continue;
    const idx = part.indexOf(eq);
    const k = decode((idx >= 0 ? part.slice(0, idx) : part).replace(/\+/g, ' '));
    const v = idx >= 0 ? decode(part.slice(idx + eq.length).replace(/\+/g, ' ')) : '';
    if (!(k in obj)) obj[k] = v;
    else if (Array.isArray(obj[k])) obj[k].push(v);
    else obj[k] = [obj[k], v];
  }
  return obj;
}
module.exports = { parse, stringify, escape: qsEscape, unescape: qsUnescape, decode: parse, encode: stringify };
