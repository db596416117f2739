function tag(s) { return s[0] === undefined ? "cooked undefined, raw=" + s.raw[0] : s[0]; }
console.log(tag`\unicode`);

// expect: cooked undefined, raw=\unicode
