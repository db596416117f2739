outer: for (let i = 0; i < 2; i++) {
  try {
    for (;;) {
      try { break outer; }
      finally { console.log("inner finally", i); }
    }
  } finally {
    console.log("outer finally", i);
  }
}
console.log("done");

// expect: inner finally 0
// expect: outer finally 0
// expect: done
