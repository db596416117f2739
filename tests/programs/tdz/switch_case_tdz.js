switch (1) {
  case 0:
    let y = 0;
  case 1:
    try { y; } catch (e) { console.log(e.message); }
    y = 5;
    console.log("unreachable?");
}

// expect: Cannot access 'y' before initialization
// expect-error: ReferenceError: Cannot access 'y' before initialization
