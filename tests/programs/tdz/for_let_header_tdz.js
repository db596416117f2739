try {
  for (let i = i; i < 1; i++) {}
} catch (e) {
  console.log(e.message);
}

// expect: Cannot access 'i' before initialization
