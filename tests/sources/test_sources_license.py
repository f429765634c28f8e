"""Licence identification: SPDX headers, notices, LICENSE files (and real licence texts)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spark_data.sources.license import (
    classify_license_text,
    license_from_header,
    repo_license,
    spdx_from_header,
)

MIT = """Copyright (c) 2020 Someone

Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, ... The above copyright notice and this permission notice shall be
included in all copies or substantial portions of the Software."""

BSD2 = """Redistribution and use in source and binary forms, with or without modification, are
permitted provided that the following conditions are met:
1. Redistributions of source code must retain the above copyright notice.
2. Redistributions in binary form must reproduce the above copyright notice."""

BSD3 = (
    BSD2
    + """
3. Neither the name of STMicroelectronics nor the names of its contributors may be used to
   endorse or promote products derived from this software without specific prior written
   permission."""
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/* SPDX-License-Identifier: BSD-3-Clause */\n", "BSD-3-Clause"),
        ("// SPDX-License-Identifier: Apache-2.0\n", "Apache-2.0"),
        (
            "# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause\n",
            "GPL-2.0-only OR BSD-2-Clause",
        ),
        ("/*\n * SPDX-License-Identifier:   (GPL-2.0+ OR MIT)\n */\n", "(GPL-2.0+ OR MIT)"),
        ("<!-- SPDX-License-Identifier: CC0-1.0 -->\n", "CC0-1.0"),
        ("# SPDX-License-Identifier: MIT  # see LICENSE\n", "MIT"),
        ('const char *l = "SPDX-License-Identifier: Zlib";\n', "Zlib"),
        ("/* SPDX-License-Identifier: LicenseRef-Proprietary*/", "LicenseRef-Proprietary"),
        ("// SPDX-License-Identifier:\n", None),
        ("int x;\n" * 60 + "// SPDX-License-Identifier: MIT\n", None),  # past the header
        ("no tag here\n", None),
    ],
)
def test_spdx_from_header(text: str, expected: str | None):
    assert spdx_from_header(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MIT, "MIT"),
        (BSD2, "BSD-2-Clause"),
        (BSD3, "BSD-3-Clause"),
        (BSD3 + "\n4. All advertising materials mentioning features", "BSD-4-Clause"),
        ('Licensed under the Apache License, Version 2.0 (the "License");', "Apache-2.0"),
        (
            "This program is free software; you can redistribute it and/or modify it under the "
            "terms of the GNU General Public License as published by the Free Software "
            "Foundation; either version 2 of the License, or (at your option) any later version.",
            "GPL-2.0-or-later",
        ),
        (
            "under the terms and conditions of the GNU General Public License,\n * version 2, "
            "as published by the Free Software Foundation.",
            "GPL-2.0-only",
        ),
        ("GNU General Public License as published by the FSF, either version 3", "GPL-3.0-only"),
        (
            "GNU Lesser General Public License as published by the Free Software Foundation; "
            "either version 2.1 of the License, or (at your option) any later version.",
            "LGPL-2.1-or-later",
        ),
        (
            "This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0.",
            "MPL-2.0",
        ),
        (
            "Permission to use, copy, modify, and/or distribute this software for any purpose "
            "with or without fee is hereby granted",
            "ISC",
        ),
        (
            "This software is provided 'as-is', without any express or implied warranty. ... "
            "2. Altered source versions must be plainly marked as such",
            "Zlib",
        ),
        ("Boost Software License - Version 1.0 - August 17th, 2003", "BSL-1.0"),
        ("This is free and unencumbered software released into the public domain.", "Unlicense"),
        ("Creative Commons Legal Code\n\nCC0 1.0 Universal", "CC0-1.0"),
        ("Eclipse Public License - v 2.0", "EPL-2.0"),
        # ST's current headers point at a LICENSE file: not a licence by themselves.
        (
            "This software is licensed under terms that can be found in the LICENSE file in the "
            "root directory of this software component. If no LICENSE file comes with this "
            "software, it is provided AS-IS.",
            None,
        ),
        ("Copyright (c) 2021 ACME. All rights reserved.", None),
        ("Licensed under the GPL v2", None),  # no GNU licence named: not a guess
    ],
)
def test_classify_license_text(text: str, expected: str | None):
    assert classify_license_text(text) == expected


# Debian's copies of the full licence texts, where this machine has them.
COMMON = Path("/usr/share/common-licenses")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Apache-2.0", "Apache-2.0"),
        ("BSD", "BSD-3-Clause"),
        ("CC0-1.0", "CC0-1.0"),
        ("GPL-2", "GPL-2.0-only"),  # the GPL text mentions the LGPL: still the GPL
        ("GPL-3", "GPL-3.0-only"),
        ("LGPL-2", "LGPL-2.0-only"),
        ("LGPL-2.1", "LGPL-2.1-only"),
        ("LGPL-3", "LGPL-3.0-only"),
        ("MPL-2.0", "MPL-2.0"),
        ("Artistic", None),
        ("GFDL-1.3", None),
    ],
)
def test_real_full_licence_texts(name: str, expected: str | None):
    path = COMMON / name
    if not path.is_file():
        pytest.skip(f"{path} not on this machine")
    assert classify_license_text(path.read_text(errors="replace")) == expected


def test_license_from_header_sources():
    assert license_from_header("// SPDX-License-Identifier: MIT\nint x;") == ("MIT", "spdx_header")
    assert license_from_header("/*\n" + BSD3 + "\n*/\nint x;") == ("BSD-3-Clause", "file_header")
    assert license_from_header("int x;\n") == (None, None)


def test_repo_license_picks_root_licence_files(tmp_path: Path):
    assert repo_license(tmp_path) is None
    (tmp_path / "COPYING").write_text("Some proprietary terms")
    assert repo_license(tmp_path) is None
    (tmp_path / "License.md").write_text(MIT)  # matched case-insensitively
    assert repo_license(tmp_path) == "MIT"
    (tmp_path / "LICENSE").write_text("SPDX-License-Identifier: Apache-2.0\n")
    assert repo_license(tmp_path) == "Apache-2.0"  # LICENSE comes first
    assert repo_license(tmp_path / "missing") is None


def test_repo_license_ignores_symlinks_and_fifos(tmp_path: Path):
    outside = tmp_path / "outside.txt"
    outside.write_text(MIT)
    root = tmp_path / "repo"
    root.mkdir()
    (root / "LICENSE").symlink_to(outside)
    os.mkfifo(root / "COPYING")  # reading it would block forever
    assert repo_license(root) is None
