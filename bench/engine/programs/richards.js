// A Richards-like scheduler: prioritised task control blocks exchanging packets.
function Packet(link, id, kind) { this.link = link; this.id = id; this.kind = kind; this.count = 0; }
Packet.prototype.append = function (queue) {
  this.link = null;
  if (queue === null) return this;
  var p = queue;
  while (p.link !== null) p = p.link;
  p.link = this;
  return queue;
};
function Task(id, priority, work) {
  this.id = id; this.priority = priority; this.work = work;
  this.queue = null; this.waiting = false; this.handled = 0;
}
Task.prototype.run = function (scheduler) {
  if (this.queue === null) { this.waiting = true; return; }
  var packet = this.queue;
  this.queue = packet.link;
  this.handled += 1;
  packet.count += this.work;
  scheduler.forward(packet, this);
};
function Scheduler() { this.tasks = []; this.holds = 0; this.steps = 0; }
Scheduler.prototype.add = function (task) { this.tasks.push(task); this.tasks.sort(function (a, b) { return b.priority - a.priority; }); };
Scheduler.prototype.forward = function (packet, from) {
  var target = this.tasks[(from.id + packet.kind + 1) % this.tasks.length];
  if (target === from) { this.holds += 1; target = this.tasks[0]; }
  target.queue = packet.append(target.queue);
  target.waiting = false;
};
Scheduler.prototype.schedule = function (limit) {
  while (this.steps < limit) {
    var ran = false;
    for (var i = 0; i < this.tasks.length; i++) {
      var task = this.tasks[i];
      if (!task.waiting) { task.run(this); ran = true; this.steps += 1; break; }
    }
    if (!ran) break;
  }
};
var scheduler = new Scheduler();
for (var t = 0; t < 6; t++) scheduler.add(new Task(t, (t * 7) % 5, t + 1));
for (var k = 0; k < 12; k++) {
  var task = scheduler.tasks[k % 6];
  task.queue = new Packet(null, k, k % 3).append(task.queue);
}
scheduler.schedule(30000);
var sum = 0;
for (var j = 0; j < scheduler.tasks.length; j++) sum += scheduler.tasks[j].handled * (j + 1);
console.log(scheduler.steps + " " + scheduler.holds + " " + sum);
