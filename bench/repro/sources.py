"""Real inputs of the reproduction: Debian packages, tarball subsets, staged source trees.

In: package names (downloaded once with apt-get download + dpkg -x by tests/debian.py,
cached under ~/.cache/spark-tests/debian/<pkg>/root) and member patterns for the tarballs
inside some of them (linux-source-6.1's 140 MB tar.xz, newlib-source's). Out: folders on
disk that a `spark data` sources manifest points at. Nothing is copied into the repository;
subsets are extracted once into the package's cache folder (a stamp file records the
patterns, so a changed subset is extracted again), and general-code trees are staged as
copies under the run directory (selected files only: `spark data` reads whole folders).

    root = package_root("avr-libc")
    linux = tar_subset("linux-source-6.1", "usr/src/linux-source-6.1.tar.xz", LINUX_TRAIN)
"""

from __future__ import annotations

import fnmatch
import hashlib
import importlib.util
import json
import shutil
import tarfile
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Linux 6.1 subsets: drivers for devices with datasheets in /work/shared/datasheets and
# the STM32 platform. Patterns are matched against member paths without the top folder.
LINUX_STM32 = (  # trained: STM32 platform drivers, Cortex-M core code, STM32 MCU device trees
    "drivers/pinctrl/stm32/*",
    "drivers/clk/clk-stm32f4.c",
    "drivers/clk/clk-stm32h7.c",
    "drivers/tty/serial/stm32-usart.*",
    "drivers/i2c/busses/i2c-stm32*",
    "drivers/spi/spi-stm32*.c",
    "drivers/dma/stm32-*.c",
    "drivers/rtc/rtc-stm32.c",
    "drivers/iio/adc/stm32-adc*",
    "drivers/clocksource/armv7m_systick.c",
    "drivers/irqchip/irq-nvic.c",
    "arch/arm/include/asm/v7m.h",
    "arch/arm/kernel/entry-v7m.S",
    "arch/arm/mm/proc-v7m.S",
    "arch/arm/boot/dts/stm32f4*",
    "arch/arm/boot/dts/stm32f7*",
    "arch/arm/boot/dts/stm32h7*",
    "arch/arm/boot/dts/stm32429i*",
    "arch/arm/boot/dts/stm32746g*",
)
LINUX_HELD_OUT = (  # held out: sensor/RTC/display drivers of the datasheets, STM32MP1 DTs
    "drivers/iio/pressure/bmp280*",
    "drivers/rtc/rtc-ds1307.c",
    "drivers/rtc/rtc-ds3232.c",
    "drivers/iio/imu/inv_mpu6050/*",
    "drivers/auxdisplay/hd44780*",
    "drivers/auxdisplay/charlcd.*",
    "arch/arm/boot/dts/stm32mp15*",
)
NEWLIB = (  # trained: Arm startup/semihosting (libgloss) and Arm assembly string routines
    "libgloss/arm/*",
    "newlib/libc/machine/arm/*",
    "newlib/libc/sys/arm/*",
)


class SourceError(RuntimeError):
    """An input that could not be had; the message says which and why."""


def _debian_module():
    """tests/debian.py, imported by path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("spark_tests_debian", REPO / "tests/debian.py")
    if spec is None or spec.loader is None:
        raise SourceError("tests/debian.py not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def package_root(name: str) -> Path:
    """The unpacked root of Debian package `name` (downloaded and unpacked once)."""
    debian = _debian_module()
    try:
        return debian.debian_package(name)
    except debian.DebianPackageError as e:
        raise SourceError(f"Debian package {name}: {e}") from e


def _matches(path: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatchcase(path, p) for p in patterns)


def tar_subset(package: str, tarball: str, patterns: tuple[str, ...], label: str) -> Path:
    """Members of `package`'s `tarball` matching `patterns` (top folder stripped), extracted
    once into <cache>/<package>/subsets/<label>; regular files only (links are skipped)."""
    root = package_root(package)
    dest = root.parent / "subsets" / label
    stamp = dest / ".patterns.json"
    key = hashlib.sha256(json.dumps([tarball, patterns]).encode()).hexdigest()
    if stamp.is_file() and json.loads(stamp.read_text()).get("key") == key:
        return dest
    tmp = dest.with_name(dest.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    n = 0
    # Streaming mode ("r|xz"): one pass over the compressed file, no index, no seeking.
    with tarfile.open(root / tarball, "r|*") as tar:
        for member in tar:
            rel = member.name.split("/", 1)[1] if "/" in member.name else ""
            if not member.isfile() or not _matches(rel, patterns) or ".." in rel.split("/"):
                continue
            out = tmp / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            src = tar.extractfile(member)
            if src is not None:
                out.write_bytes(src.read())
                n += 1
    if n == 0:
        raise SourceError(f"{package}:{tarball}: no member matches {patterns}")
    (tmp / ".patterns.json").write_text(json.dumps({"key": key, "files": n}))
    shutil.rmtree(dest, ignore_errors=True)
    tmp.rename(dest)
    return dest


def stage_files(src: Path, dest: Path, include: Iterable[str], exclude: Iterable[str] = ()) -> int:
    """Copy the files under `src` whose relative path matches `include` and not `exclude`
    into `dest` (recreated); returns how many. Symlinks and non-files are skipped. A stamp
    beside `dest` keeps a second call with the same arguments from touching the copies (their
    modification times are part of `spark data`'s input fingerprint)."""
    inc, exc, n = tuple(include), tuple(exclude), 0
    stamp = dest.with_name(dest.name + ".staged.json")
    key = json.dumps([str(src), inc, exc])
    if dest.is_dir() and stamp.is_file() and json.loads(stamp.read_text()).get("key") == key:
        return int(json.loads(stamp.read_text())["files"])
    shutil.rmtree(dest, ignore_errors=True)
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src).as_posix()
        if path.is_symlink() or not path.is_file() or "__pycache__" in rel:
            continue
        if _matches(rel, inc) and not _matches(rel, exc):
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest / rel)
            n += 1
    if n == 0:
        raise SourceError(f"{src}: no file matches {inc}")
    stamp.write_text(json.dumps({"key": key, "files": n}))
    return n


def embedded_inputs() -> dict[str, Path]:
    """Every embedded input folder/archive by name, downloading/extracting what is missing."""
    avr = package_root("avr-libc")
    sdcc = package_root("sdcc-libraries")
    arduino = package_root("arduino-core-avr")
    simavr = package_root("libsimavr-examples")
    linux_tar = "usr/src/linux-source-6.1.tar.xz"
    return {
        "avr-libc": avr / "usr/lib/avr/include",
        "sdcc-libraries": sdcc / "usr/share/sdcc",
        "arduino-core-avr": arduino / "usr/share/arduino/hardware/arduino/avr",
        "simavr-examples": simavr / "usr/share/doc/libsimavr-examples/examples/examples.tar.gz",
        "newlib-arm": tar_subset(
            "newlib-source", "usr/src/newlib/newlib-3.3.0.tar.xz", NEWLIB, "arm"
        ),
        "linux-stm32": tar_subset("linux-source-6.1", linux_tar, LINUX_STM32, "stm32"),
        "linux-sensors": tar_subset("linux-source-6.1", linux_tar, LINUX_HELD_OUT, "sensors"),
    }


if __name__ == "__main__":
    for name, path in embedded_inputs().items():
        print(f"{name:18s} {path}")
