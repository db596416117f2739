const o = { get bad() { throw new Error("getter threw"); } };
try { o.bad; } catch (e) { console.log(e.message); }
try { JSON.stringify(o); } catch (e) { console.log("via stringify:", e.message); }

// expect: getter threw
// expect: via stringify: getter threw
