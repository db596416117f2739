class Packet:
    __slots__ = ("link", "id", "kind", "count")

    def __init__(self, link, id, kind):
        self.link, self.id, self.kind, self.count = link, id, kind, 0

    def append(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, id, priority, work):
        self.id, self.priority, self.work = id, priority, work
        self.queue, self.waiting, self.handled = None, False, 0

    def run(self, scheduler):
        if self.queue is None:
            self.waiting = True
            return
        packet = self.queue
        self.queue = packet.link
        self.handled += 1
        packet.count += self.work
        scheduler.forward(packet, self)


class Scheduler:
    def __init__(self):
        self.tasks, self.holds, self.steps = [], 0, 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)

    def forward(self, packet, source):
        target = self.tasks[(source.id + packet.kind + 1) % len(self.tasks)]
        if target is source:
            self.holds += 1
            target = self.tasks[0]
        target.queue = packet.append(target.queue)
        target.waiting = False

    def schedule(self, limit):
        while self.steps < limit:
            ran = False
            for task in self.tasks:
                if not task.waiting:
                    task.run(self)
                    ran = True
                    self.steps += 1
                    break
            if not ran:
                break


scheduler = Scheduler()
for t in range(6):
    scheduler.add(Task(t, (t * 7) % 5, t + 1))
for k in range(12):
    task = scheduler.tasks[k % 6]
    task.queue = Packet(None, k, k % 3).append(task.queue)
scheduler.schedule(30000)
total = sum(task.handled * (j + 1) for j, task in enumerate(scheduler.tasks))
print(f"{scheduler.steps} {scheduler.holds} {total}")
