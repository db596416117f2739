console.log('start');
const p = new Promise((res) => res(1));
p.then(v => console.log('then', v));
Promise.resolve(2).then(v => { console.log('a', v); return Promise.resolve(3); }).then(v => console.log('b', v));
Promise.resolve().then(()=>console.log('t1')).then(()=>console.log('t2')).then(()=>console.log('t3')).then(()=>console.log('t4'));
async function f() { console.log('in f'); await null; console.log('after await'); return 5; }
f().then(v => console.log('f ->', v));
Promise.all([1, Promise.resolve(2), new Promise(r => r(3))]).then(v => console.log('all', v.join()));
Promise.allSettled([1, Promise.reject(2)]).then(v => console.log('settled', v.map(x=>x.status).join()));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => console.log(e.constructor.name, e.message, e.errors.join()));
Promise.race([new Promise(()=>{}), Promise.resolve('r')]).then(v => console.log('race', v));
Promise.reject(new Error('x')).finally(() => console.log('fin')).catch(e => console.log('caught', e.message));
console.log('end');
