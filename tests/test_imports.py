"""The corpus engine never imports torch (or spark_train): `spark data` stays light."""

from __future__ import annotations

import subprocess
import sys


def test_spark_data_does_not_import_torch():
    code = (
        "import sys\n"
        "import spark_data.cli, spark_data.pipeline, spark_data.pack, spark_data.filters\n"
        "import spark_data.code.parser, spark_data.sources.reader, spark_data.fastbpe\n"
        "heavy = [m for m in ('torch', 'transformers', 'spark_train') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
