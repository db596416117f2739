"""scopejs.runtime.abstract_ops: the spec's abstract operations, one module per clause.

Everything is re-exported here: ``from scopejs.runtime.abstract_ops import ToNumber, Get``.
"""
from scopejs.runtime.abstract_ops.numeric_types import *  # noqa: F401,F403
from scopejs.runtime.abstract_ops.type_conversion import *  # noqa: F401,F403
from scopejs.runtime.abstract_ops.testing_comparison import *  # noqa: F401,F403
from scopejs.runtime.abstract_ops.object_operations import *  # noqa: F401,F403
from scopejs.runtime.abstract_ops.function_operations import *  # noqa: F401,F403
from scopejs.runtime.abstract_ops.iterator_operations import *  # noqa: F401,F403
from scopejs.runtime.abstract_ops.operators import *  # noqa: F401,F403
