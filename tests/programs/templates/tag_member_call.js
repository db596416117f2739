const lib = { html(s, ...v) { return s.raw.join("?") + "/" + v.length; } };
console.log(lib.html`<b>${1}</b>${2}`);

// expect: <b>?</b>?/2
