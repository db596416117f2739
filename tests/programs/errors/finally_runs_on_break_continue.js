const log = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i === 0) continue;
    if (i === 2) break;
    log.push("body " + i);
  } finally {
    log.push("finally " + i);
  }
}
console.log(log.join(", "));

// expect: finally 0, body 1, finally 1, finally 2
