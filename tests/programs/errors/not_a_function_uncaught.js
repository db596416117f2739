const config = {};
config.init();

// expect-error: TypeError: config.init is not a function
