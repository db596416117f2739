let handler = null;
handler();

// expect-error: TypeError: handler is not a function
