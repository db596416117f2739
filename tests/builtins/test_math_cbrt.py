"""Math.cbrt gives node's digits (V8's fdlibm algorithm), not glibc's: cbrt(27) is exactly 3."""
import json
import random
import subprocess

from scopejs.builtins.math import _fdlibm_cbrt


def test_cbrt_of_perfect_cubes_is_exact():
    for n in range(-50, 51):
        if n:
            assert _fdlibm_cbrt(float(n) ** 3) == float(n)


def test_cbrt_matches_node_bit_for_bit(node_path):
    rng = random.Random(7)
    values = [2.0, 3.0, 0.001, 5e-324, 1e-310, 1e300, -123456.789]
    values += [rng.uniform(-1e6, 1e6) for _ in range(400)]
    values += [2.0 ** rng.randint(-1070, 1020) * rng.random() for _ in range(400)]
    script = ("const v = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "console.log(JSON.stringify(v.map(x => Math.cbrt(x).toString())));")
    out = subprocess.run([node_path, "-e", script], input=json.dumps(values),
                         capture_output=True, text=True, check=True).stdout
    expected = json.loads(out)
    from scopejs.runtime.abstract_ops import ToString
    got = [ToString(_fdlibm_cbrt(v)) for v in values]
    assert got == expected
