const seen = [];
loop: for (let i = 0; i < 5; i++) {
  switch (i) {
    case 1: continue loop;
    case 3: break loop;
    default: seen.push(i);
  }
}
console.log(seen.join());

// expect: 0,2
