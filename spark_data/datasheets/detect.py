"""What a datasheet is: title, part numbers, manufacturer and language, from its first pages.

In: the PDF's metadata title and the text of its first pages. Out: a title, a list of
part numbers (families matched by pattern: STM32F411, ATtiny13, nRF24L01, BME280, ...),
a manufacturer (the manifest's hint when the sources row has one, else the first known
name found in the text) and an ISO 639-1 language guess from the script and stop words.
"""

from __future__ import annotations

import re
from collections import Counter

# Part-number families seen on embedded datasheets; a token must match one of them.
_PARTS = re.compile(
    r"\b(?:STM32[A-Z]\d{3}[A-Z0-9]*(?:x[A-Z0-9]*)?|STM8[A-Z]\d{2,3}[A-Z0-9]*|"
    r"AT(?:tiny|mega|xmega)\d+[A-Z0-9]*|ATSAM[A-Z0-9]+|PIC\d{2}[A-Z]+\d+[A-Z0-9]*|"
    r"nRF\d{2}[A-Z]?\d{2,3}[A-Z0-9+]*|ESP32(?:-[A-Z0-9]+)?|ESP8266|MSP430[A-Z]{1,2}\d{3,4}[A-Z0-9]*|"
    r"BM[EPI]\d{3}|DS\d{4}[A-Z]?|MPU-?\d{4}[A-Z]?|HD44780[A-Z]?|LM3S\d{3,4}|LM4F\d{3}|"
    r"TM4C\d{3,4}[A-Z0-9]*|Cortex-M\d{1,2}\+?|RP2040|GD32[A-Z]\d{3}[A-Z0-9]*|"
    r"[A-Z]{2,4}\d{3,5}[A-Z]{0,3}\d{0,2})\b"
)
_NOT_PARTS = re.compile(r"^(?:ISO|IEC|JESD|AEC|RS|UM|DS\d{5}|AN|RM|DUI|ANSI|IEEE|EN|FCC|CE)")

MANUFACTURERS = (
    ("STMicroelectronics", ("STMicroelectronics", "www.st.com")),
    ("Microchip", ("Microchip", "Atmel")),
    ("Nordic Semiconductor", ("Nordic Semiconductor", "nordicsemi")),
    ("Espressif", ("Espressif",)),
    ("Texas Instruments", ("Texas Instruments", "www.ti.com", "德州仪器")),
    ("Bosch Sensortec", ("Bosch Sensortec", "Bosch")),
    ("Maxim Integrated", ("Maxim Integrated", "maximintegrated", "Analog Devices")),
    ("InvenSense", ("InvenSense", "TDK")),
    ("Arm", ("Arm Limited", "ARM Limited", "Arm®", "ARM®")),
    ("NXP", ("NXP", "Freescale")),
    ("Hitachi", ("Hitachi", "Renesas")),
    ("Silicon Labs", ("Silicon Labs", "Silicon Laboratories")),
    ("Infineon", ("Infineon", "Cypress")),
    ("Raspberry Pi", ("Raspberry Pi",)),
    ("GigaDevice", ("GigaDevice",)),
)

_STOP = {
    "en": ("the", "and", "of", "to", "is", "for", "with"),
    "de": ("der", "die", "und", "das", "mit", "für", "ist"),
    "fr": ("le", "la", "les", "et", "des", "pour", "est"),
}


def guess_language(text: str) -> str | None:
    """zh/ja/ko from the script's share of letters, else the stop words that win."""
    letters = sum(ch.isalpha() for ch in text)
    if not letters:
        return None
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    kana = len(re.findall(r"[\u3040-\u30ff]", text))
    hangul = len(re.findall(r"[\uac00-\ud7af]", text))
    if kana > 0.05 * letters:
        return "ja"
    if hangul > 0.05 * letters:
        return "ko"
    if han > 0.05 * letters:
        return "zh"
    words = Counter(re.findall(r"[a-zäöüéèà]+", text.lower()))
    scores = {lang: sum(words[w] for w in ws) for lang, ws in _STOP.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] else "en"


def detect_parts(title: str, text: str, limit: int = 12) -> list[str]:
    """Part numbers in the title and first pages, most frequent first (title first)."""
    counts: Counter[str] = Counter()
    for m in _PARTS.finditer(title or ""):
        counts[m.group(0)] += 100
    for m in _PARTS.finditer(text):
        counts[m.group(0)] += 1
    parts = [
        p
        for p, n in counts.most_common()
        if not _NOT_PARTS.match(p) and (n >= 2 or _is_family(p)) and re.search(r"\d", p)
    ]
    return parts[:limit]


def _is_family(p: str) -> bool:
    return not re.fullmatch(r"[A-Z]{2,4}\d{3,5}[A-Z]{0,3}\d{0,2}", p)


def detect_manufacturer(text: str, hint: str | None = None) -> str | None:
    """The manifest's hint, else the known name found earliest in the text (Arm only
    when no chip vendor is named: every Cortex-M datasheet mentions Arm)."""
    if hint:
        return hint
    low = text.lower()
    found: list[tuple[int, str]] = []
    for name, needles in MANUFACTURERS:
        hits = [low.find(n.lower()) if len(n) > 4 else text.find(n) for n in needles]
        hits = [i for i in hits if i >= 0]
        if hits:
            found.append((min(hits) + (10**9 if name == "Arm" else 0), name))
    return min(found)[1] if found else None


def pick_title(meta_title: str | None, first_page: str) -> str | None:
    """The metadata title when it reads as one (two words or more), else the first line
    of page 1 that does."""
    t = (meta_title or "").strip()
    if len(t.split()) >= 2 or _PARTS.fullmatch(t):
        return t
    for ln in first_page.splitlines():
        ln = ln.strip().lstrip("•·-– ").strip()
        if len(ln.split()) >= 2 and sum(ch.isalpha() for ch in ln) >= 6:
            return ln[:200]
    return t or None
