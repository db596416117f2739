'use strict';
// node:string_decoder — decodes Buffers to strings keeping incomplete multi-byte characters.
const { Buffer } = require('buffer');

class StringDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = String(encoding).toLowerCase().replace('-', '');
    if (this.encoding === 'ucs2' || this.encoding === 'utf16le') this.encoding = 'utf16le';
    if (!Buffer.isEncoding(this.encoding)) {
      const err = new TypeError(`Unknown encoding: ${encoding}`);
      err.code = 'ERR_UNKNOWN_ENCODING';
      throw err;
    }
    this._pending = [];
  }
  write(buf) {
    if (typeof buf === 'string') return buf;
    const bytes = this._pending.concat(Array.from(buf));
    let end = bytes.length;
    if (this.encoding === 'utf8') {
      // keep an incomplete trailing sequence
      for (let back = 1; back <= Math.min(3, bytes.length); back++) {
        const b = bytes[bytes.length - back];
        if ((b & 0xc0) === 0x80) continue;
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        if (need > back) end = bytes.length - back;
        break;
      }
    } else if (this.encoding === 'utf16le') {
      end = bytes.length - (bytes.length % 2);
    } else if (this.encoding === 'base64') {
      end = bytes.length - (bytes.length % 3);
    }
    this._pending = bytes.slice(end);
    return Buffer.from(bytes.slice(0, end)).toString(this.encoding);
  }
  end(buf) {
    let s = buf === undefined ? '' : this.write(buf);
    if (this._pending.length) {
      s += this.encoding === 'utf8' ? '\ufffd' : Buffer.from(this._pending).toString(this.encoding);
      this._pending = [];
    }
    return s;
  }
}
module.exports = { StringDecoder };
