class ValidationError extends Error {
  constructor(field) {
    super(`Invalid field: ${field}`);
    this.name = "ValidationError";
    this.field = field;
  }
}
try { throw new ValidationError("email"); }
catch (e) { console.log(e.name, e.message, e.field, e instanceof ValidationError, e instanceof Error); }
throw new ValidationError("uncaught");

// expect: ValidationError Invalid field: email email true true
// expect-error: ValidationError: Invalid field: uncaught
