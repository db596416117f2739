(async () => {
  try {
    return "from try";
  } finally {
    await null;
    console.log("finally awaited");
  }
})().then(v => console.log(v));

// expect: finally awaited
// expect: from try
