try {
  [1, 2, 3].map(x => { if (x === 2) throw new Error("at " + x); return x; });
} catch (e) {
  console.log(e.message);
}

// expect: at 2
